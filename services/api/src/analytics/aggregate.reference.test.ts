import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { refreshAnalyticsRollups } from './rollups/refresh-rollups.js';

/**
 * Every expected value below is worked out by hand from the tables in
 * test-support/analytics-reference-dataset.ts (the comments show the sums); none comes from the code
 * under test. Each case runs twice: reading the base tables (rollups dirty) and reading the rollups.
 */

const PROGRAMME = 'RDR-PLOCK-2011';
const AGGREGATE = `query ($programme: String!, $measure: Measure!, $groupBy: [Dimension!]!, $filter: AnalyticsFilter) {
  aggregate(programme: $programme, measure: $measure, groupBy: $groupBy, filter: $filter) {
    keys { dimension code label } value suppressed
  }
}`;

interface Row {
  keys: { dimension: string; code: string; label: string }[];
  value: number | null;
  suppressed: boolean;
}

let testHub: TestHub;

async function aggregate(measure: string, groupBy: string[] = [], filter?: Record<string, unknown>): Promise<Row[]> {
  const result = await testHub.hub.execute<{ aggregate: Row[] }>(
    AGGREGATE,
    { programme: PROGRAMME, measure, groupBy, filter },
    viewerFor(Role.ADMIN),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.aggregate;
}

/** The answer as { "code|code": value }. */
async function cells(measure: string, groupBy: string[] = [], filter?: Record<string, unknown>): Promise<Record<string, number | null>> {
  const rows = await aggregate(measure, groupBy, filter);
  return Object.fromEntries(rows.map((row) => [row.keys.map((key) => key.code).join('|'), row.value]));
}

async function total(measure: string, filter?: Record<string, unknown>): Promise<number | null> {
  const rows = await aggregate(measure, [], filter);
  expect(rows).toHaveLength(1);
  return rows[0]!.value;
}

/** The 15 months of the pilot, 2011-09 … 2012-11. */
const PILOT_MONTHS = [
  '2011-09', '2011-10', '2011-11', '2011-12', '2012-01', '2012-02', '2012-03', '2012-04',
  '2012-05', '2012-06', '2012-07', '2012-08', '2012-09', '2012-10', '2012-11',
];
const series = (values: Record<string, number | null>, empty: number | null = 0) =>
  Object.fromEntries(PILOT_MONTHS.map((month) => [month, month in values ? values[month]! : empty]));

beforeAll(async () => {
  testHub = await createTestHub();
  await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
});

afterAll(async () => {
  await testHub?.close();
});

describe.each([
  { state: 'read from the base tables while the rollups are dirty', fresh: false },
  { state: 'read from the rollups', fresh: true },
])('aggregate on the reference dataset, $state', ({ fresh }) => {
  beforeAll(async () => {
    const em = testHub.database.orm.em.fork();
    const programme = await em.findOneOrFail(Programme, { code: PROGRAMME });
    if (fresh) {
      await em.transactional((tx) => refreshAnalyticsRollups(tx, { programmeId: programme.id }));
    } else {
      await em.getConnection().execute('update analytics_rollup_state set dirty = true');
    }
    const [state] = await em.getConnection().execute<{ dirty: boolean }[]>('select dirty from analytics_rollup_state where programme_id = ?', [programme.id]);
    expect(state?.dirty ?? true).toBe(!fresh);
  });

  describe('PARTICIPANTS', () => {
    it('counts the register, by entry month, with every month of the programme', async () => {
      expect(await total('PARTICIPANTS')).toBe(8);
      // Entries: Sep P1 P2 P3; Oct P4 P5 P6 P7; Nov P8.
      expect(await cells('PARTICIPANTS', ['MONTH'])).toEqual(series({ '2011-09': 3, '2011-10': 4, '2011-11': 1 }));
    });

    it('groups by participant attributes; additive over each to the total', async () => {
      expect(await cells('PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: 5, MALE: 3 });
      // P6 turns 19 on her entry day; P7 is 23, turning 24 the next day; P8 was born on 29 February.
      expect(await cells('PARTICIPANTS', ['AGE_BAND'])).toEqual({ UNDER_18: 1, AGE_18_24: 3, AGE_25_29: 1, AGE_30_54: 2, AGE_55_PLUS: 1 });
      expect(await cells('PARTICIPANTS', ['LABOUR_STATUS'])).toEqual({ UNEMPLOYED: 5, INACTIVE: 2, EMPLOYED: 1 });
      expect(await cells('PARTICIPANTS', ['EDUCATION'])).toEqual({ ISCED_0_2: 3, ISCED_3_4: 4, ISCED_5_8: 1 });
      expect(await cells('PARTICIPANTS', ['SEX', 'AGE_BAND'])).toEqual({
        'FEMALE|UNDER_18': 1, 'FEMALE|AGE_18_24': 1, 'FEMALE|AGE_25_29': 1, 'FEMALE|AGE_30_54': 2,
        'MALE|AGE_18_24': 2, 'MALE|AGE_55_PLUS': 1,
      });
    });

    it('with activity keys counts those with any attendance record there (absent included)', async () => {
      // MOPS-W1: P1–P5; CISI: SPORT P2 P6 P7, FOTO P6 P1; ZDZ-K01: P2 P7 P8 and P3 (absent only).
      expect(await cells('PARTICIPANTS', ['PARTNER'])).toEqual({ MOPS: 5, CISI: 4, ZDZ: 4 });
      expect(await cells('PARTICIPANTS', ['ACTIVITY'])).toEqual({ 'MOPS-W1': 5, 'CISI-SPORT': 3, 'CISI-FOTO': 2, 'ZDZ-K01': 4 });
      expect(await cells('PARTICIPANTS', ['TASK'])).toEqual({ RS: 5, RSA: 4, RSZ: 4 });
      expect(await cells('PARTICIPANTS', ['ACTIVITY_KIND'])).toEqual({ WORKSHOP: 5, ANIMATION_CLASS: 4, VOCATIONAL_COURSE: 4 });
      expect(await total('PARTICIPANTS', { partners: ['ZDZ'] })).toBe(4);
      expect(await total('PARTICIPANTS', { partners: ['CISI', 'ZDZ'] })).toBe(6); // P1 P2 P3 P6 P7 P8
    });

    it('filters by sex, period of entry and results received', async () => {
      expect(await total('PARTICIPANTS', { sexes: ['MALE'] })).toBe(3);
      expect(await total('PARTICIPANTS', { from: '2011-09-12', to: '2011-10-03' })).toBe(6); // P2 … P7
      expect(await total('PARTICIPANTS', { resultTypes: ['JOB_SEEKING'] })).toBe(2); // P2 P3
      // Participant-set dimension: P2 has two result types and counts under both.
      expect(await cells('PARTICIPANTS', ['RESULT_TYPE'])).toEqual({ EMPLOYED: 1, SELF_EMPLOYED: 1, IN_EDUCATION: 1, JOB_SEEKING: 2 });
      expect(await cells('PARTICIPANTS', ['SUPPORT_KIND'])).toEqual({ SPRZET_SPORTOWY: 2, BADANIE_LEKARSKIE: 2, APARAT_FOTOGRAFICZNY: 1 });
    });
  });

  describe('attendance measures', () => {
    it('ACTIVE_PARTICIPANTS counts distinct present participants per cell (not additive over months)', async () => {
      expect(await total('ACTIVE_PARTICIPANTS')).toBe(8);
      expect(await cells('ACTIVE_PARTICIPANTS', ['PARTNER'])).toEqual({ MOPS: 5, CISI: 4, ZDZ: 3 });
      // Oct: S1 P1 P2, S2 P1 P3 P4, S4 P2 P6; Nov: S3 P1 P2 P4 P5; Dec: S5 P2 P7, S6 P6 P1; Feb: P2 P7 P8.
      expect(await cells('ACTIVE_PARTICIPANTS', ['MONTH'])).toEqual(series({ '2011-10': 5, '2011-11': 4, '2011-12': 4, '2012-02': 3 }));
      expect(await total('ACTIVE_PARTICIPANTS', { activities: ['ZDZ-K01'], sexes: ['FEMALE'] })).toBe(1); // P8 (P3 only absent)
    });

    it('SESSIONS counts distinct sessions of matching activities', async () => {
      expect(await total('SESSIONS')).toBe(8);
      expect(await cells('SESSIONS', ['PARTNER'])).toEqual({ MOPS: 3, CISI: 3, ZDZ: 2 });
      expect(await cells('SESSIONS', ['MONTH'])).toEqual(series({ '2011-10': 3, '2011-11': 1, '2011-12': 2, '2012-02': 2 }));
      expect(await total('SESSIONS', { activityKinds: ['ANIMATION_CLASS'] })).toBe(3);
    });

    it('SESSIONS with participant filters or keys counts sessions with a record of a matching participant', async () => {
      // Men P2 P5 P7 have records at every session but S6 (P6, P1).
      expect(await total('SESSIONS', { sexes: ['MALE'] })).toBe(7);
      expect(await cells('SESSIONS', ['SEX'])).toEqual({ FEMALE: 8, MALE: 7 });
    });

    it('ATTENDANCES counts present records; additive over partner, month and sex', async () => {
      expect(await total('ATTENDANCES')).toBe(20);
      // MOPS 2+3+4, CISI 2+2+2, ZDZ 3+2.
      expect(await cells('ATTENDANCES', ['PARTNER'])).toEqual({ MOPS: 9, CISI: 6, ZDZ: 5 });
      expect(await cells('ATTENDANCES', ['MONTH'])).toEqual(series({ '2011-10': 7, '2011-11': 4, '2011-12': 4, '2012-02': 5 }));
      expect(await cells('ATTENDANCES', ['SEX'])).toEqual({ FEMALE: 11, MALE: 9 });
      // P2 (S1 S3 S4 S5 S7 S8) and P3 (S2) have a JOB_SEEKING result.
      expect(await total('ATTENDANCES', { resultTypes: ['JOB_SEEKING'] })).toBe(7);
    });

    it('from/to count on the session date, inside a month as well as on whole months', async () => {
      expect(await total('ATTENDANCES', { from: '2011-10-15', to: '2011-12-07' })).toBe(9); // S2 3, S3 4, S5 2
      expect(await total('ATTENDANCES', { from: '2011-10-01', to: '2011-11-30' })).toBe(11); // Oct 7, Nov 4
      expect(await cells('ATTENDANCES', ['MONTH'], { from: '2011-10-15', to: '2011-12-07' })).toEqual({ '2011-10': 3, '2011-11': 4, '2011-12': 2 });
    });

    it('ATTENDANCE_RECORDS counts every status', async () => {
      expect(await total('ATTENDANCE_RECORDS')).toBe(27);
      expect(await cells('ATTENDANCE_RECORDS', ['PARTNER'])).toEqual({ MOPS: 12, CISI: 8, ZDZ: 7 });
    });

    it('ATTENDANCE_HOURS sums session hours over present records', async () => {
      // S1 2×3, S2 3×3, S3 4×2.5, S4 2×1.5, S5 2×2, S6 2×1.5, S7 3×4.5, S8 2×4.5.
      expect(await total('ATTENDANCE_HOURS')).toBe(57.5);
      expect(await cells('ATTENDANCE_HOURS', ['PARTNER'])).toEqual({ MOPS: 25, CISI: 10, ZDZ: 22.5 });
      expect(await cells('ATTENDANCE_HOURS', ['MONTH'])).toEqual(series({ '2011-10': 18, '2011-11': 10, '2011-12': 7, '2012-02': 22.5 }));
      expect(await total('ATTENDANCE_HOURS', { tasks: ['RSZ'] })).toBe(22.5);
    });

    it('ATTENDANCE_RATE is present ÷ all records, exact, null for months without records', async () => {
      expect(await total('ATTENDANCE_RATE')).toBe(20 / 27);
      expect(await cells('ATTENDANCE_RATE', ['PARTNER'])).toEqual({ MOPS: 9 / 12, CISI: 6 / 8, ZDZ: 5 / 7 });
      // Oct 7 of 11, Nov 4 of 4, Dec 4 of 5, Feb 5 of 7.
      expect(await cells('ATTENDANCE_RATE', ['MONTH'])).toEqual(series({ '2011-10': 7 / 11, '2011-11': 1, '2011-12': 4 / 5, '2012-02': 5 / 7 }, null));
      expect(await total('ATTENDANCE_RATE', { partners: ['ZDZ'], sexes: ['MALE'] })).toBe(3 / 4); // P2 P P, P7 P A
    });

    it('two dimensions at once: every partner gets the whole month series', async () => {
      const answer = await cells('ATTENDANCES', ['PARTNER', 'MONTH']);
      expect(Object.keys(answer)).toHaveLength(3 * 15);
      expect(answer['MOPS|2011-10']).toBe(5);
      expect(answer['MOPS|2011-11']).toBe(4);
      expect(answer['CISI|2011-10']).toBe(2);
      expect(answer['CISI|2011-12']).toBe(4);
      expect(answer['ZDZ|2012-02']).toBe(5);
      expect(answer['ZDZ|2011-10']).toBe(0);
      const sum = Object.values(answer).reduce((acc: number, value) => acc + (value ?? 0), 0);
      expect(sum).toBe(20);
    });
  });

  describe('exams, exits, results, childcare, support', () => {
    it('CERTIFICATES counts passed exams of matching courses, by exam month', async () => {
      expect(await total('CERTIFICATES')).toBe(3);
      expect(await cells('CERTIFICATES', ['ACTIVITY'])).toEqual({ 'ZDZ-K01': 2, 'ZDZ-K02': 1 });
      expect(await total('CERTIFICATES', { activities: ['ZDZ-K01'] })).toBe(2);
      expect(await cells('CERTIFICATES', ['MONTH'])).toEqual(series({ '2012-02': 2, '2012-03': 1 }));
    });

    it('CERTIFIED_PARTICIPANTS counts distinct certificate holders', async () => {
      expect(await total('CERTIFIED_PARTICIPANTS')).toBe(2);
      expect(await cells('CERTIFIED_PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: 1, MALE: 1 });
      expect(await total('CERTIFIED_PARTICIPANTS', { from: '2012-03-01' })).toBe(1);
    });

    it('COMPLETIONS and DROPOUTS count exits by reason, by exit month, through attended activities', async () => {
      expect(await total('COMPLETIONS')).toBe(5);
      expect(await total('DROPOUTS')).toBe(2);
      expect(await cells('COMPLETIONS', ['MONTH'])).toEqual(series({ '2012-11': 5 }));
      expect(await cells('DROPOUTS', ['MONTH'])).toEqual(series({ '2012-02': 1, '2012-03': 1 }));
      // MOPS-W1 P1–P5 minus dropout P3; CISI P1 P2 P6 P7 minus P6; ZDZ P2 P3 P7 P8: P2 P7 completed, P8 still in.
      expect(await cells('COMPLETIONS', ['PARTNER'])).toEqual({ MOPS: 4, CISI: 3, ZDZ: 2 });
      expect(await cells('DROPOUTS', ['PARTNER'])).toEqual({ MOPS: 1, CISI: 1, ZDZ: 1 });
      expect(await total('DROPOUTS', { sexes: ['FEMALE'] })).toBe(2);
      expect(await total('COMPLETIONS', { labourStatuses: ['INACTIVE'] })).toBe(2); // P1 P5
    });

    it('RESULTS counts distinct participants with a result of the type; months run past the programme\'s end', async () => {
      expect(await total('RESULTS')).toBe(4); // P1 P2 P3 P4
      expect(await cells('RESULTS', ['RESULT_TYPE'])).toEqual({ EMPLOYED: 1, SELF_EMPLOYED: 1, IN_EDUCATION: 1, JOB_SEEKING: 2 });
      expect(await total('RESULTS', { resultTypes: ['EMPLOYED', 'SELF_EMPLOYED'] })).toBe(2);
      // Mar 2012 P3; Dec 2012 P2 (two results) and P1; Jan 2013 P4 — the series ends with the last data month.
      expect(await cells('RESULTS', ['MONTH'])).toEqual({ ...series({ '2012-03': 1 }), '2012-12': 2, '2013-01': 1 });
      expect(await cells('RESULTS', ['PARTNER'])).toEqual({ MOPS: 4, CISI: 2, ZDZ: 2 });
      expect(await cells('RESULTS', ['SUPPORT_KIND'])).toEqual({ SPRZET_SPORTOWY: 1, BADANIE_LEKARSKIE: 1, APARAT_FOTOGRAFICZNY: 1 });
    });

    it('CHILDCARE_HOURS sums hours of care', async () => {
      expect(await total('CHILDCARE_HOURS')).toBe(7);
      expect(await cells('CHILDCARE_HOURS', ['MONTH'])).toEqual(series({ '2011-10': 5.5, '2011-11': 1.5 }));
      expect(await cells('CHILDCARE_HOURS', ['PARTNER'])).toEqual({ MOPS: 7 });
      expect(await total('CHILDCARE_HOURS', { partners: ['CISI'] })).toBe(0);
      expect(await cells('CHILDCARE_HOURS', ['AGE_BAND'])).toEqual({ AGE_25_29: 1.5, AGE_30_54: 5.5 });
    });

    it('SUPPORT_ITEMS sums quantities given, by kind, activity and participant', async () => {
      expect(await total('SUPPORT_ITEMS')).toBe(8);
      expect(await cells('SUPPORT_ITEMS', ['SUPPORT_KIND'])).toEqual({ SPRZET_SPORTOWY: 5, BADANIE_LEKARSKIE: 2, APARAT_FOTOGRAFICZNY: 1 });
      expect(await cells('SUPPORT_ITEMS', ['ACTIVITY'])).toEqual({ 'CISI-SPORT': 7, 'CISI-FOTO': 1 });
      expect(await total('SUPPORT_ITEMS', { sexes: ['MALE'] })).toBe(3);
      expect(await total('SUPPORT_ITEMS', { supportKinds: ['SPRZET_SPORTOWY'] })).toBe(5);
      expect(await cells('SUPPORT_ITEMS', ['MONTH'])).toEqual(series({ '2011-10': 7, '2011-12': 1 }));
    });
  });
});

describe('aggregate: labels, order and every combination', () => {
  it('labels keys in Polish and keeps codes stable, rows in a fixed order', async () => {
    const rows = await aggregate('PARTICIPANTS', ['PARTNER', 'SEX']);
    expect(rows.map((row) => row.keys.map((key) => key.code).join('|'))).toEqual([
      'MOPS|FEMALE', 'MOPS|MALE', 'CISI|FEMALE', 'CISI|MALE', 'ZDZ|FEMALE', 'ZDZ|MALE',
    ]);
    expect(rows[0]!.keys).toEqual([
      { dimension: 'PARTNER', code: 'MOPS', label: 'Miejski Ośrodek Pomocy Społecznej w Płocku' },
      { dimension: 'SEX', code: 'FEMALE', label: 'Kobiety' },
    ]);
    const months = await aggregate('SESSIONS', ['MONTH']);
    expect(months[0]!.keys[0]).toEqual({ dimension: 'MONTH', code: '2011-09', label: 'wrzesień 2011' });
  });

  it('answers every measure by every dimension without an error', async () => {
    const measures = ['PARTICIPANTS', 'ACTIVE_PARTICIPANTS', 'SESSIONS', 'ATTENDANCES', 'ATTENDANCE_RECORDS', 'ATTENDANCE_HOURS',
      'ATTENDANCE_RATE', 'CERTIFICATES', 'CERTIFIED_PARTICIPANTS', 'COMPLETIONS', 'DROPOUTS', 'RESULTS', 'CHILDCARE_HOURS', 'SUPPORT_ITEMS'];
    const dimensions = ['PARTNER', 'TASK', 'ACTIVITY', 'ACTIVITY_KIND', 'MONTH', 'SEX', 'AGE_BAND', 'LABOUR_STATUS', 'EDUCATION', 'RESULT_TYPE', 'SUPPORT_KIND'];
    const everyFilter = {
      partners: ['MOPS', 'CISI', 'ZDZ'], tasks: ['RS', 'RSA', 'RSZ'], activityKinds: ['WORKSHOP', 'ANIMATION_CLASS', 'VOCATIONAL_COURSE', 'COMMUNITY_CENTRE'],
      sexes: ['FEMALE', 'MALE'], from: '2011-09-01', to: '2013-06-30',
    };
    for (const measure of measures) {
      for (const dimension of dimensions) {
        const result = await testHub.hub.execute(AGGREGATE, { programme: PROGRAMME, measure, groupBy: [dimension, 'SEX'].filter((d, i, all) => all.indexOf(d) === i), filter: everyFilter }, viewerFor(Role.ADMIN));
        expect(result.errors, `${measure} by ${dimension}`).toBeUndefined();
      }
    }
  });
});
