import { parseProgrammeDefinition, pilotProgramme, type ProgrammeDefinitionCheck } from '@razem/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../../database/sql-fragment.js';
import { fingerprintParticipantData } from '../../../test-support/import-files.js';
import { loadScopingFixture } from '../../../test-support/participant-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.js';
import { Activity } from '../../activity/activity.entity.js';
import { AuditEntry } from '../../audit/audit-entry.entity.js';
import { ProgrammeEvent } from '../../event/programme-event.entity.js';
import { Indicator } from '../../indicator/indicator.entity.js';
import { Partner } from '../../partner/partner.entity.js';
import { ProgrammeSupportKind } from '../../support/support-kind.entity.js';
import { SupportKindActivity } from '../../support/support-kind-activity.entity.js';
import { applyProgrammeDefinition, DefinitionApplyRefusedError } from './programme-definition.service.js';

type Definition = NonNullable<ProgrammeDefinitionCheck['definition']>;
type Checked = ProgrammeDefinitionCheck & { definition: Definition };

/** The pilot as a definition file holds it, as plain data to edit. */
function pilotAsFileData(): Record<string, unknown> & Definition {
  return structuredClone(pilotProgramme) as Record<string, unknown> & Definition;
}

/** Checks edited definition data as `hub programme apply` checks a file (JSON is a definition file format too). */
function checked(data: unknown): Checked {
  const check = parseProgrammeDefinition({ text: JSON.stringify(data), source: 'edited.json' });
  expect(check.problems).toEqual([]);
  return check as Checked;
}

function pilotEdited(edit: (data: ReturnType<typeof pilotAsFileData>) => void): Checked {
  const data = pilotAsFileData();
  edit(data);
  return checked(data);
}

const byCode = <T extends { code: string }>(items: T[], code: string): T => items.find((item) => item.code === code)!;
const without = <T extends { code: string }>(items: T[], ...codes: string[]): T[] => items.filter((item) => !codes.includes(item.code));
const layout = (data: ReturnType<typeof pilotAsFileData>, kind: string) => data.fileLayouts.find((item) => item.kind === kind)!;

describe('applying a programme definition', () => {
  let database: TestDatabase;
  const apply = (loaded: Checked) =>
    applyProgrammeDefinition({ em: database.orm.em.fork(), loaded, actor: 'admin@test' });
  const auditEntries = () => database.orm.em.fork().find(AuditEntry, { action: 'programme.definition.apply' }, { orderBy: { id: 'asc' } });

  beforeAll(async () => {
    database = await createTestDatabase({ template: 'pilot' });
    // Stored records across the partners: MOPS-W1, CISI-SPORT (with a support item), ZDZ-K01 (with an exam), childcare.
    await loadScopingFixture(database.orm.em.fork());
  });
  afterAll(() => database?.destroy());

  it('is idempotent: the shipped pilot over the pilot (as the template loaded it) changes nothing and leaves no audit entry', async () => {
    const pilot = pilotEdited(() => undefined);
    expect(await apply(pilot)).toEqual({ programme: 'RDR-PLOCK-2011', created: 0, updated: 0, removed: 0, unchanged: 57, sha256: pilot.sha256 });
    expect(await auditEntries()).toEqual([]);
  });

  it('applies changed names, targets, plans and venues and new parts without touching stored records, audited once', async () => {
    const before = await fingerprintParticipantData(database.orm);
    const changed = pilotEdited((data) => {
      Object.assign(byCode(data.activities, 'MOPS-W1'), { name: 'Postawa pro-aktywna (nowa nazwa)', venue: 'Dom Kultury' });
      Object.assign(byCode(data.indicators, 'PARTICIPANTS'), { target: 120, plan: { illustrative: false, even: { from: '2011-09', to: '2012-03' } } });
      data.activities.push({ code: 'MOPS-W5', fileCode: 'MOPS-W5', name: 'Warsztaty finansowe', kind: 'WORKSHOP', partner: 'MOPS', task: 'RS', venue: 'Płock', organiser: 'MOPS' });
      data.events.push({ code: 'PIKNIK', name: 'Piknik', date: '2012-06-01', venue: 'Stary Rynek', description: '', audience: 150, audienceIllustrative: true });
    });
    expect(await apply(changed)).toEqual({ programme: 'RDR-PLOCK-2011', created: 2, updated: 2, removed: 0, unchanged: 55, sha256: changed.sha256 });

    expect(await fingerprintParticipantData(database.orm)).toEqual(before);
    const em = database.orm.em.fork();
    expect(await em.findOneOrFail(Activity, { code: 'MOPS-W1' })).toMatchObject({ name: 'Postawa pro-aktywna (nowa nazwa)', venue: 'Dom Kultury' });
    const participants = await em.findOneOrFail(Indicator, { code: 'PARTICIPANTS' });
    expect([participants.target, participants.plan?.points.at(-1), participants.plan?.illustrative]).toEqual([120, { month: '2012-03', planned: 120 }, false]);
    expect(await em.count(ProgrammeEvent, { code: 'PIKNIK' })).toBe(1);
    const [entry, ...more] = await auditEntries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actor: 'admin@test',
      programmeCode: 'RDR-PLOCK-2011',
      details: { created: 2, updated: 2, removed: 0, unchanged: 55, sha256: changed.sha256 },
    });
    expect(await apply(changed)).toMatchObject({ created: 0, updated: 0, removed: 0 });
  });

  it('refuses a definition that drops parts stored records belong to, listing each with counts, and applies nothing', async () => {
    const before = await fingerprintParticipantData(database.orm);
    const structureBefore = await database.orm.em.fork().count(Activity, {});
    // ZDZ's October approved by the steering committee: a partner's history, deleted with it.
    await runSql(database.orm.em.fork(), sql`insert into period_approval (programme_id, partner_id, month, approved_by)
      select programme_id, id, '2011-10', 'steering@test' from partner where code = 'ZDZ'`);
    const definition = pilotEdited((data) => {
      data.name = 'Renamed, but this must not be applied';
      // CISI-SPORT has a session, its attendance and a support item; SPRZET_SPORTOWY that support item.
      data.activities = without(data.activities, 'CISI-SPORT');
      data.supportKinds = data.supportKinds.filter((kind) => kind.activity !== 'CISI-SPORT');
      layout(data, 'cisi-support').codes.supportKind = Object.fromEntries(data.supportKinds.map((kind) => [kind.code, kind.code]));
      // And ZDZ whole: its task, its courses (ZDZ-K01 has attendance and an exam) and its layouts.
      data.partners = without(data.partners, 'ZDZ');
      data.tasks = without(data.tasks, 'RSZ');
      data.activities = data.activities.filter((activity) => activity.partner !== 'ZDZ');
      data.fileLayouts = data.fileLayouts.filter((item) => item.partner !== 'ZDZ');
    });

    const refusal = await apply(definition).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DefinitionApplyRefusedError);
    expect((refusal as DefinitionApplyRefusedError).orphans).toEqual([
      { kind: 'activity', code: 'CISI-SPORT', records: { sessions: 1, 'attendance records': 1, 'support items': 1 } },
      { kind: 'activity', code: 'ZDZ-K01', records: { sessions: 1, 'attendance records': 2, 'exam results': 1 } },
      { kind: 'partner', code: 'ZDZ', records: { 'approved months': 1 }, activities: ['ZDZ-K01'] },
      { kind: 'task', code: 'RSZ', records: {}, activities: ['ZDZ-K01'] },
      { kind: 'support kind', code: 'SPRZET_SPORTOWY', records: { 'support items': 1 } },
    ]);
    expect((refusal as Error).message).toContain('activity ZDZ-K01: sessions 1, attendance records 2, exam results 1');

    const em = database.orm.em.fork();
    expect(await fingerprintParticipantData(database.orm)).toEqual(before);
    expect(await em.count(Activity, {})).toBe(structureBefore);
    expect(await em.count(Partner, { code: 'ZDZ' })).toBe(1);
    expect((await em.findOneOrFail(Activity, { code: 'MOPS-W1' })).name).toBe('Postawa pro-aktywna (nowa nazwa)');
    expect(await auditEntries()).toHaveLength(1);
  });

  it('removes what the definition drops when no record belongs to it', async () => {
    const before = await fingerprintParticipantData(database.orm);
    const definition = pilotEdited((data) => {
      data.activities = without(data.activities, 'CISI-FILM');
      data.supportKinds = without(data.supportKinds, 'OBUWIE');
      delete layout(data, 'cisi-support').codes.supportKind!.OBUWIE;
      data.sites = without(data.sites, 'MIEJSCE-4');
    });
    // The pilot's events and MOPS-W5 from the earlier test are gone too: the pilot's file does not have them.
    // Updated too: the cisi-support layout, whose code map lost OBUWIE, and APARAT_FOTOGRAFICZNY, now listed one place earlier.
    expect(await apply(definition)).toMatchObject({ created: 0, updated: 4, removed: 5 });
    const em = database.orm.em.fork();
    expect(await em.count(Activity, { code: { $in: ['CISI-FILM', 'MOPS-W5'] } })).toBe(0);
    expect((await em.find(SupportKindActivity, {})).map((mapping) => mapping.kind).sort()).toEqual(['APARAT_FOTOGRAFICZNY', 'BADANIE_LEKARSKIE', 'SPRZET_SPORTOWY', 'STROJ']);
    expect((await em.find(ProgrammeSupportKind, {}, { orderBy: { position: 'asc' } })).map((kind) => kind.code)).toEqual(['SPRZET_SPORTOWY', 'BADANIE_LEKARSKIE', 'STROJ', 'APARAT_FOTOGRAFICZNY']);
    expect(await em.count(ProgrammeEvent, { code: 'PIKNIK' })).toBe(0);
    expect(await fingerprintParticipantData(database.orm)).toEqual(before);
  });
});
