import { pilotProgramme } from '@razem/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { loadProgrammeStructure } from './programme-structure.service.js';

const PILOT_QUERY = /* GraphQL */ `
  query Pilot($code: String!) {
    programme(code: $code) {
      code
      name
      startDate
      endDate
      targetParticipants
      syntheticParticipants
      partners { code role tasks { code } activities { code kind } }
      tasks { code name partner { code } }
      activities { code fileCode kind partner { code } task { code } venue organiser }
      events { code name date venue }
      sites { code }
      mediaMentions { outlet title }
      indicatorDefinitions { code target targetIllustrative unit formula numerator { measure filter } denominator { measure } }
    }
  }
`;

interface PilotAnswer {
  programme: {
    code: string;
    startDate: string;
    endDate: string;
    targetParticipants: number;
    syntheticParticipants: boolean;
    partners: { code: string; role: string; tasks: { code: string }[]; activities: { code: string; kind: string }[] }[];
    tasks: { code: string; name: string; partner: { code: string } }[];
    activities: { code: string; fileCode: string; kind: string; partner: { code: string }; task: { code: string } }[];
    events: { code: string; name: string; date: string; venue: string }[];
    sites: { code: string }[];
    mediaMentions: { outlet: string; title: string }[];
    indicatorDefinitions: { code: string; target: number | null; targetIllustrative: boolean; formula: string }[];
  } | null;
}

describe('the pilot programme through GraphQL', () => {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await createTestHub();
  });
  afterAll(() => testHub.close());

  it('returns the period, the target, 3 partners, 3 tasks and the 20 activities with the contract codes', async () => {
    const { data, errors } = await testHub.hub.execute<PilotAnswer>(PILOT_QUERY, { code: 'RDR-PLOCK-2011' });
    expect(errors).toBeUndefined();
    const programme = data!.programme!;
    expect(programme.code).toBe('RDR-PLOCK-2011');
    expect(programme.startDate).toBe('2011-09-01');
    expect(programme.endDate).toBe('2012-11-30');
    expect(programme.targetParticipants).toBe(100);
    expect(programme.syntheticParticipants).toBe(true);
    expect(programme.partners.map((partner) => [partner.code, partner.role])).toEqual([
      ['CISI', 'PARTNER'],
      ['MOPS', 'LEADER'],
      ['ZDZ', 'PARTNER'],
    ]);
    expect(programme.tasks.map((task) => [task.code, task.name, task.partner.code])).toEqual([
      ['RS', 'Reintegracja Społeczna', 'MOPS'],
      ['RSA', 'Reintegracja Społeczno-Animacyjna', 'CISI'],
      ['RSZ', 'Reintegracja Społeczno-Zawodowa', 'ZDZ'],
    ]);
    expect(programme.activities.map((activity) => activity.code)).toEqual([
      'CISI-FILM', 'CISI-FOTO', 'CISI-PLASTYKA', 'CISI-SPORT', 'CISI-TANIEC',
      'MOPS-SWIETLICA', 'MOPS-W1', 'MOPS-W2', 'MOPS-W3', 'MOPS-W4',
      'ZDZ-K01', 'ZDZ-K02', 'ZDZ-K03', 'ZDZ-K04', 'ZDZ-K05', 'ZDZ-K06', 'ZDZ-K07', 'ZDZ-K08', 'ZDZ-K09', 'ZDZ-K10',
    ]);
    const k08 = programme.activities.find((activity) => activity.code === 'ZDZ-K08')!;
    expect(k08).toMatchObject({ fileCode: 'K08', kind: 'VOCATIONAL_COURSE', partner: { code: 'ZDZ' }, task: { code: 'RSZ' } });
    expect(programme.partners.find((partner) => partner.code === 'MOPS')!.activities.map((activity) => activity.kind)).toEqual([
      'COMMUNITY_CENTRE', 'WORKSHOP', 'WORKSHOP', 'WORKSHOP', 'WORKSHOP',
    ]);
    expect(programme.events).toEqual([
      { code: 'GALA-FINALOWA', name: 'Gala Finałowa Projektu', date: '2012-11-23', venue: 'Kino Przedwiośnie w Płocku' },
    ]);
    expect(programme.sites).toHaveLength(4);
    expect(programme.mediaMentions.map((mention) => mention.outlet)).toEqual([
      'Gazeta Wyborcza',
      'Aktualności Urzędu Miasta Płocka',
    ]);
    const indicators = Object.fromEntries(programme.indicatorDefinitions.map((indicator) => [indicator.code, indicator]));
    expect(Object.keys(indicators)).toEqual([
      'PARTICIPANTS', 'YOUTH_PARTICIPANTS', 'COMPLETION_RATE', 'DROPOUT_RATE', 'ATTENDANCE_RATE',
      'CERTIFIED_PARTICIPANTS', 'EMPLOYED_AFTER', 'SITES_REDEVELOPED', 'EVENTS', 'MEDIA_MENTIONS',
    ]);
    expect(indicators.PARTICIPANTS).toMatchObject({ target: 100, targetIllustrative: false });
    expect(indicators.SITES_REDEVELOPED).toMatchObject({ target: 4, targetIllustrative: false });
    expect(indicators.COMPLETION_RATE).toMatchObject({ targetIllustrative: true, formula: 'COMPLETIONS ÷ PARTICIPANTS' });
  });

  it('answers null for an unknown programme code', async () => {
    const { data, errors } = await testHub.hub.execute<PilotAnswer>(PILOT_QUERY, { code: 'NO-SUCH' });
    expect(errors).toBeUndefined();
    expect(data!.programme).toBeNull();
  });

  it('loading the same structure again changes nothing', async () => {
    const summary = await loadProgrammeStructure({ em: testHub.database.orm.em.fork(), definition: pilotProgramme, actor: 'test' });
    expect(summary).toEqual({ programme: 'RDR-PLOCK-2011', created: 0, updated: 0, unchanged: 1 + 3 + 3 + 20 + 5 + 8 + 1 + 4 + 2 + 10 });
  });

  it('loading a changed definition updates only what changed', async () => {
    const renamed = {
      ...pilotProgramme,
      activities: pilotProgramme.activities.map((activity) =>
        activity.code === 'CISI-FOTO' ? { ...activity, venue: 'Stare Miasto i Wzgórze Tumskie' } : activity,
      ),
    };
    const summary = await loadProgrammeStructure({ em: testHub.database.orm.em.fork(), definition: renamed, actor: 'test' });
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    const { data } = await testHub.hub.execute<PilotAnswer>(PILOT_QUERY, { code: 'RDR-PLOCK-2011' });
    expect(data!.programme!.activities.find((activity) => activity.code === 'CISI-FOTO')).toMatchObject({
      venue: 'Stare Miasto i Wzgórze Tumskie',
    });
  });

  it('stores each file layout with the programme, in the definition’s order, and updates a changed one', async () => {
    const changed = {
      ...pilotProgramme,
      fileLayouts: pilotProgramme.fileLayouts.map((layout) => (layout.kind === 'cisi-attendance' ? { ...layout, codes: { status: { T: 'PRESENT', N: 'ABSENT', U: 'EXCUSED' } } } : layout)),
    } as typeof pilotProgramme;
    await loadProgrammeStructure({ em: testHub.database.orm.em.fork(), definition: pilotProgramme, actor: 'test' });
    const summary = await loadProgrammeStructure({ em: testHub.database.orm.em.fork(), definition: changed, actor: 'test' });
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    const stored = await runSql<{ kind: string; partner: string; record: string; status: unknown }>(
      testHub.database.orm.em.fork(),
      sql`select l.kind, p.code as partner, l.record, l.layout->'codes'->'status' as status from partner_file_layout l
          join partner p on p.id = l.partner_id join programme pr on pr.id = l.programme_id where pr.code = 'RDR-PLOCK-2011' order by l.position`,
    );
    expect(stored.map(({ kind, partner, record }) => `${partner} ${kind} ${record}`)).toEqual(
      pilotProgramme.fileLayouts.map((layout) => `${layout.partner} ${layout.kind} ${layout.record}`),
    );
    expect(stored.find((row) => row.kind === 'cisi-attendance')!.status).toEqual({ T: 'PRESENT', N: 'ABSENT', U: 'EXCUSED' });
  });
});
