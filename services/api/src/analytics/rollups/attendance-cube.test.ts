import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { Role } from '../../access/viewer.js';
import { Programme } from '../../modules/programme/programme.entity.js';
import { loadAnalyticsReferenceDataset } from '../../test-support/analytics-reference-dataset.js';
import { importLines } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { normaliseFilter } from '../analytics-filter.js';
import { Dimension } from '../semantic/dimension.js';
import { cubeChoiceFor } from './attendance-cube.js';
import { refreshAnalyticsRollups } from './refresh-rollups.js';

/**
 * The attendance cube: which queries it may answer (only where summing its cells is exact), what the
 * refresh puts in it (worked out by hand from test-support/analytics-reference-dataset.ts), that answers
 * really come from it, and that imports keep it exact (attendance, and participant attributes).
 */

const AGGREGATE = `query ($programme: String!, $measure: Measure!, $groupBy: [Dimension!]!, $filter: AnalyticsFilter) {
  aggregate(programme: $programme, measure: $measure, groupBy: $groupBy, filter: $filter) { keys { code } value suppressed }
}`;

async function cells(testHub: TestHub, measure: string, groupBy: string[] = [], filter?: Record<string, unknown>) {
  const result = await testHub.hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null }[] }>(
    AGGREGATE,
    { programme: 'RDR-PLOCK-2011', measure, groupBy, filter },
    viewerFor(Role.ADMIN),
  );
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(result.data!.aggregate.map((row) => [row.keys.map((key) => key.code).join('|') || 'total', row.value]));
}

describe('which queries the cube answers', () => {
  const choice = (groupBy: Dimension[], filter: Record<string, unknown> = {}, wholeMonths = true) =>
    cubeChoiceFor(groupBy, normaliseFilter(filter), { wholeMonths });

  it('group-bys over one activity level, month and participant attributes, filtered on attributes', () => {
    expect(choice([Dimension.MONTH])).toEqual({ level: 'ALL', monthly: true, allAttributes: true });
    expect(choice([Dimension.PARTNER, Dimension.MONTH])).toEqual({ level: 'PARTNER', monthly: true, allAttributes: true });
    expect(choice([Dimension.ACTIVITY])).toEqual({ level: 'ACTIVITY', monthly: false, allAttributes: true });
    expect(choice([Dimension.SEX, Dimension.AGE_BAND], { educations: ['ISCED_3_4'] })).toEqual({ level: 'ALL', monthly: false, allAttributes: false });
    expect(choice([Dimension.TASK], { tasks: ['RS', 'RSA'] })).toEqual({ level: 'TASK', monthly: false, allAttributes: true });
    // Every activity filter is a property of an ACTIVITY cell.
    expect(choice([Dimension.PARTNER, Dimension.ACTIVITY], { activityKinds: ['WORKSHOP'] })).toEqual({ level: 'ACTIVITY', monthly: false, allAttributes: true });
    // One partner (task, kind, activity) alone is a single cell of its level.
    expect(choice([], { partners: ['ZDZ'], sexes: ['MALE'] })).toEqual({ level: 'PARTNER', monthly: false, allAttributes: false });
    expect(choice([Dimension.MONTH], { from: '2011-10-01', to: '2011-11-30' })).toEqual({ level: 'ALL', monthly: true, allAttributes: true });
  });

  it('nothing where distinct participants would be counted twice or dates cut months', () => {
    expect(choice([], { partners: ['MOPS', 'CISI'] })).toBeNull(); // one participant in both
    expect(choice([Dimension.PARTNER], { activityKinds: ['WORKSHOP'] })).toBeNull();
    expect(choice([Dimension.PARTNER, Dimension.TASK])).toBeNull();
    expect(choice([], { from: '2011-10-01', to: '2011-11-30' })).toBeNull(); // months do not add up
    expect(choice([Dimension.MONTH], { from: '2011-10-15' }, false)).toBeNull();
    expect(choice([Dimension.ACTIVITY, Dimension.MONTH])).toBeNull(); // per-participant rollup pam serves it
    expect(choice([Dimension.RESULT_TYPE])).toBeNull();
    expect(choice([Dimension.SEX], { supportKinds: ['STROJ'] })).toBeNull();
  });
});

describe('the attendance cube on the reference dataset', () => {
  let testHub: TestHub;
  let programmeId: number;
  const refresh = () => testHub.database.orm.em.fork().transactional((tx) => refreshAnalyticsRollups(tx, { programmeId, force: true }));

  beforeAll(async () => {
    testHub = await createTestHub();
    await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
    programmeId = (await testHub.database.orm.em.fork().findOneOrFail(Programme, { code: 'RDR-PLOCK-2011' })).id;
    await refresh();
  });
  afterAll(async () => {
    await testHub?.close();
  });

  it('holds per-cell sums and distinct participants', async () => {
    const rows = await runSql(
      testHub.database.orm.em.fork(),
      sql`select coalesce(pt.code, '') as partner, c.records::int, c.present::int, (c.present_minutes / 60)::float8 as hours, c.participants, c.active
        from analytics_attendance_cube c left join partner pt on pt.id = c.partner_id
        where c.programme_id = ${programmeId} and c.level in ('ALL', 'PARTNER') and not c.monthly and c.all_attributes order by c.level, pt.id`,
    );
    expect(rows).toEqual([
      // Everyone: 27 records, 20 present; all eight present somewhere. Several partners: no single partner.
      { partner: '', records: 27, present: 20, hours: 57.5, participants: 8, active: 8 },
      // MOPS-W1: P1–P5 with records, all five present at least once; S1 2×3 h + S2 3×3 h + S3 4×2.5 h.
      { partner: 'MOPS', records: 12, present: 9, hours: 25, participants: 5, active: 5 },
      // CISI: P1 P2 P6 P7; S4 P2 P6, S5 P2 P7, S6 P1 P6 present.
      { partner: 'CISI', records: 8, present: 6, hours: 10, participants: 4, active: 4 },
      // ZDZ-K01: P2 P3 P7 P8 with records, P3 never present.
      { partner: 'ZDZ', records: 7, present: 5, hours: 22.5, participants: 4, active: 3 },
    ]);
  });

  it('answers attribute splits by summing cells (distinct participants per partner and sex)', async () => {
    // MOPS: F P1 P3 P4, M P2 P5; CISI: F P1 P6, M P2 P7; ZDZ: F P8 (P3 only absent), M P2 P7.
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['PARTNER', 'SEX'])).toEqual({
      'MOPS|FEMALE': 3, 'MOPS|MALE': 2, 'CISI|FEMALE': 2, 'CISI|MALE': 2, 'ZDZ|FEMALE': 1, 'ZDZ|MALE': 2,
    });
    // Oct: P1 P2 P3 P4 P6 present; Nov: P1 P2 P4 P5. P1 P5 inactive, P4 employed, the rest unemployed.
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['MONTH', 'LABOUR_STATUS'], { from: '2011-10-01', to: '2011-11-30' })).toEqual({
      '2011-10|UNEMPLOYED': 3, '2011-10|INACTIVE': 1, '2011-10|EMPLOYED': 1,
      '2011-11|UNEMPLOYED': 1, '2011-11|INACTIVE': 2, '2011-11|EMPLOYED': 1,
    });
    // Not a cube query: MOPS ∪ CISI present is P1–P7 = 7, not 5 + 4.
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', [], { partners: ['MOPS', 'CISI'] })).toEqual({ total: 7 });
  });

  it('is what a fresh programme\'s answers are read from', async () => {
    const em = testHub.database.orm.em.fork();
    // A mark only the cube carries: if the answer shows it, the answer came from the cube.
    await runSql(em, sql`update analytics_attendance_cube set active = active + 100 where programme_id = ${programmeId} and level = 'PARTNER' and not monthly`);
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['PARTNER'])).toEqual({ MOPS: 105, CISI: 104, ZDZ: 103 });
    await refresh();
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['PARTNER'])).toEqual({ MOPS: 5, CISI: 4, ZDZ: 3 });
  });

  it('is dirtied by a change of a participant\'s attributes or an activity\'s partner, task or kind', async () => {
    const em = testHub.database.orm.em.fork();
    const dirty = async () =>
      (await runSql<{ dirty: boolean }>(em, sql`select dirty from analytics_rollup_state where programme_id = ${programmeId}`))[0]?.dirty;
    expect(await dirty()).toBe(false);
    await runSql(em, sql`update participant set updated_at = now() where programme_id = ${programmeId}`);
    expect(await dirty()).toBe(false); // nothing a cell depends on
    await runSql(em, sql`update participant set labour_status = 'EMPLOYED' where code = 'RDR-005' and programme_id = ${programmeId}`);
    expect(await dirty()).toBe(true);
    // Read from the base tables meanwhile: P4 and now P5 employed, both present at MOPS.
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['LABOUR_STATUS'], { partners: ['MOPS'] })).toEqual({ UNEMPLOYED: 2, INACTIVE: 1, EMPLOYED: 2 });
    await refresh();
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['LABOUR_STATUS'], { partners: ['MOPS'] })).toEqual({ UNEMPLOYED: 2, INACTIVE: 1, EMPLOYED: 2 });
    await runSql(em, sql`update participant set labour_status = 'INACTIVE' where code = 'RDR-005' and programme_id = ${programmeId}`);
    await refresh();

    await runSql(em, sql`update activity set kind = kind where code = 'ZDZ-K01' and programme_id = ${programmeId}`);
    expect(await dirty()).toBe(false);
    await runSql(em, sql`update activity set kind = 'WORKSHOP' where code = 'ZDZ-K01' and programme_id = ${programmeId}`);
    expect(await dirty()).toBe(true);
    await refresh();
    // WORKSHOP: MOPS-W1 (P1–P5) and now ZDZ-K01 (P2 P7 P8 present): P1–P5, P7, P8.
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['ACTIVITY_KIND'])).toEqual({ WORKSHOP: 7, ANIMATION_CLASS: 4 });
    await runSql(em, sql`update activity set kind = 'VOCATIONAL_COURSE' where code = 'ZDZ-K01' and programme_id = ${programmeId}`);
    await refresh();
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['ACTIVITY_KIND'])).toEqual({ WORKSHOP: 5, ANIMATION_CLASS: 4, VOCATIONAL_COURSE: 3 });
  });
});

describe('the attendance cube after imports', () => {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await createTestHub();
  });
  afterAll(async () => {
    await testHub?.close();
  });

  const REGISTER_HEADER = 'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie';
  const state = async () =>
    (await runSql<{ dirty: boolean }>(testHub.database.orm.em.fork(), sql`select dirty from analytics_rollup_state`)).map((row) => row.dirty);

  it('stays exact through attendance and register imports', async () => {
    // RDR-001: PESEL 85031501234, a man born 1985-03-15, 26 at entry; RDR-002: 92112304569, a woman born 1992-11-23, 18.
    await importLines(testHub.database.orm, 'mops-register', [
      REGISTER_HEADER,
      'RDR-001;85031501234;2011-09-05;;;BEZROBOTNY;PODSTAWOWE',
      'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
    ]);
    const zdz = await importLines(
      testHub.database.orm,
      'zdz-attendance',
      ['pesel;nazwisko;imie;kurs;data;godz_lekcyjne;obecnosc', '85031501234;Wójcik;Łukasz;K07;2012-02-06;6;1', '92112304569;Gręś;Żaneta;K07;2012-02-06;6;0'],
      { encoding: 'windows-1250' },
    );
    expect(zdz.outcome).toBe('SUCCEEDED');
    expect(await state()).toEqual([false]); // refreshed after the import: answers below read the cube
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: 0, MALE: 1 });
    expect(await cells(testHub, 'ATTENDANCE_RATE', ['LABOUR_STATUS'])).toEqual({ UNEMPLOYED: 1, INACTIVE: 0 });
    expect(await cells(testHub, 'ATTENDANCE_HOURS', ['PARTNER', 'AGE_BAND'])).toEqual({ 'ZDZ|AGE_18_24': 0, 'ZDZ|AGE_25_29': 4.5 });

    // RDR-002's status corrected in the register: her records move to UNEMPLOYED.
    await importLines(testHub.database.orm, 'mops-register', [
      REGISTER_HEADER,
      'RDR-001;85031501234;2011-09-05;;;BEZROBOTNY;PODSTAWOWE',
      'RDR-002;92112304569;2011-09-12;;;BEZROBOTNY;PONADGIMNAZJALNE',
    ]);
    expect(await state()).toEqual([false]);
    expect(await cells(testHub, 'ATTENDANCE_RATE', ['LABOUR_STATUS'])).toEqual({ UNEMPLOYED: 0.5 });

    // More attendance elsewhere: CISI, three 50-minute sessions of RDR-002's.
    await importLines(testHub.database.orm, 'cisi-attendance', [
      'uczestnik,zajecia,data,czas_min,obecny',
      'RDR-002,CISI-FILM,03.10.2011,50,T',
      'RDR-002,CISI-FILM,10.10.2011,50,T',
      'RDR-002,CISI-FILM,17.10.2011,50,N',
    ]);
    expect(await state()).toEqual([false]);
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS', ['PARTNER', 'SEX'])).toEqual({
      'CISI|FEMALE': 1, 'ZDZ|FEMALE': 0, 'ZDZ|MALE': 1,
    });
    expect(await cells(testHub, 'ATTENDANCE_HOURS', ['SEX'])).toEqual({ FEMALE: 100 / 60, MALE: 4.5 });
    expect(await cells(testHub, 'ACTIVE_PARTICIPANTS')).toEqual({ total: 2 });
  });
});
