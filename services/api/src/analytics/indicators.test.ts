import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '../access/viewer.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';

/** The pilot's indicators on the reference dataset; values by hand (test-support/analytics-reference-dataset.ts). */

const INDICATORS = `query ($filter: AnalyticsFilter) {
  indicators(programme: "RDR-PLOCK-2011", filter: $filter) { code name value target numerator denominator suppressed unit formula }
}`;

interface IndicatorRow {
  code: string;
  name: string;
  value: number | null;
  target: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}

let testHub: TestHub;

beforeAll(async () => {
  testHub = await createTestHub();
  await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
});
afterAll(async () => {
  await testHub?.close();
});

async function indicators(viewer: Viewer, filter?: Record<string, unknown>): Promise<Record<string, IndicatorRow>> {
  const result = await testHub.hub.execute<{ indicators: IndicatorRow[] }>(INDICATORS, { filter }, viewer);
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(result.data!.indicators.map((row) => [row.code, row]));
}

const pick = ({ value, numerator, denominator, suppressed }: IndicatorRow) => ({ value, numerator, denominator, suppressed });

describe('indicators', () => {
  it('ADMIN: the pilot\'s ten indicators, exact, with targets', async () => {
    const all = await indicators(viewerFor(Role.ADMIN));
    expect(Object.keys(all)).toEqual([
      'PARTICIPANTS', 'YOUTH_PARTICIPANTS', 'COMPLETION_RATE', 'DROPOUT_RATE', 'ATTENDANCE_RATE',
      'CERTIFIED_PARTICIPANTS', 'EMPLOYED_AFTER', 'SITES_REDEVELOPED', 'EVENTS', 'MEDIA_MENTIONS',
    ]);
    expect(pick(all.PARTICIPANTS!)).toEqual({ value: 8, numerator: 8, denominator: null, suppressed: false });
    expect(all.PARTICIPANTS!.target).toBe(100);
    // Under 25 at entry: P1 (16), P2 (21), P6 (19), P7 (23).
    expect(pick(all.YOUTH_PARTICIPANTS!)).toEqual({ value: 4, numerator: 4, denominator: null, suppressed: false });
    expect(pick(all.COMPLETION_RATE!)).toEqual({ value: 5 / 8, numerator: 5, denominator: 8, suppressed: false });
    expect(pick(all.DROPOUT_RATE!)).toEqual({ value: 2 / 8, numerator: 2, denominator: 8, suppressed: false });
    expect(pick(all.ATTENDANCE_RATE!)).toEqual({ value: 20 / 27, numerator: 20, denominator: 27, suppressed: false });
    expect(pick(all.CERTIFIED_PARTICIPANTS!)).toEqual({ value: 2, numerator: 2, denominator: null, suppressed: false });
    // EMPLOYED or SELF_EMPLOYED: P2, P4.
    expect(pick(all.EMPLOYED_AFTER!)).toEqual({ value: 2, numerator: 2, denominator: null, suppressed: false });
    expect(pick(all.SITES_REDEVELOPED!)).toEqual({ value: 4, numerator: 4, denominator: null, suppressed: false });
    expect(all.SITES_REDEVELOPED!.target).toBe(4);
    expect(all.EVENTS!.value).toBe(1);
    expect(all.MEDIA_MENTIONS!.value).toBe(2);
  });

  it('STEERING sees the same exact values', async () => {
    const all = await indicators(viewerFor(Role.STEERING));
    expect(all.DROPOUT_RATE!.value).toBe(0.25);
    expect(all.YOUTH_PARTICIPANTS!.value).toBe(4);
  });

  it('EVALUATOR: each term is the perturbed aggregate of its measure and filter; structure counts stay exact', async () => {
    const evaluator = viewerFor(Role.EVALUATOR);
    const all = await indicators(evaluator);
    const total = async (measure: string, filter?: Record<string, unknown>) => {
      const result = await testHub.hub.execute<{ aggregate: { value: number | null; suppressed: boolean }[] }>(
        `query ($filter: AnalyticsFilter) { aggregate(programme: "RDR-PLOCK-2011", measure: ${measure}, filter: $filter) { value suppressed } }`,
        { filter },
        evaluator,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.aggregate[0]!;
    };
    const ratio = (numerator: { value: number | null; suppressed: boolean }, denominator: { value: number | null; suppressed: boolean }) =>
      numerator.suppressed || denominator.suppressed
        ? { value: null, numerator: null, denominator: null, suppressed: true }
        : { value: denominator.value ? numerator.value! / denominator.value : null, numerator: numerator.value, denominator: denominator.value, suppressed: false };
    const participants = await total('PARTICIPANTS');
    expect(pick(all.PARTICIPANTS!)).toEqual({ value: participants.value, numerator: participants.value, denominator: null, suppressed: participants.suppressed });
    expect(pick(all.COMPLETION_RATE!)).toEqual(ratio(await total('COMPLETIONS'), participants));
    // A rate is hidden whole: any two of value, numerator and denominator give the third.
    expect(pick(all.DROPOUT_RATE!)).toEqual(ratio(await total('DROPOUTS'), participants));
    const youth = await total('PARTICIPANTS', { ageBands: ['UNDER_18', 'AGE_18_24'] });
    expect(all.YOUTH_PARTICIPANTS!.value).toBe(youth.value);
    expect(pick(all.SITES_REDEVELOPED!)).toEqual({ value: 4, numerator: 4, denominator: null, suppressed: false });
    expect(all.EVENTS!.suppressed).toBe(false);
    // Asking again gives the same figures.
    expect(await indicators(evaluator)).toEqual(all);
  });

  it('the caller\'s filter applies within each indicator\'s own', async () => {
    const women = await indicators(viewerFor(Role.ADMIN), { sexes: ['FEMALE'] });
    // Women: P1 P3 P4 P6 P8; under 25: P1 P6; completed P1 P4; dropped out P3 P6.
    expect(women.PARTICIPANTS!.value).toBe(5);
    expect(women.YOUTH_PARTICIPANTS!.value).toBe(2);
    expect(pick(women.COMPLETION_RATE!)).toEqual({ value: 2 / 5, numerator: 2, denominator: 5, suppressed: false });
    expect(women.EMPLOYED_AFTER!.value).toBe(1); // P4 self-employed
    // An age filter disjoint from YOUTH's own gives an empty intersection: 0, not everyone.
    const older = await indicators(viewerFor(Role.ADMIN), { ageBands: ['AGE_30_54'] });
    expect(older.YOUTH_PARTICIPANTS!.value).toBe(0);
    expect(older.PARTICIPANTS!.value).toBe(2);
  });

  it('a PARTNER sees indicators on its own activities exactly', async () => {
    const zdz = await indicators(viewerFor(Role.PARTNER, 'ZDZ'), { partners: ['ZDZ'] });
    // ZDZ attendees P2 P3 P7 P8; certificates P2 P8 — all ZDZ's own.
    expect(zdz.PARTICIPANTS!.value).toBe(4);
    expect(zdz.CERTIFIED_PARTICIPANTS!.value).toBe(2);
    const cisi = await indicators(viewerFor(Role.PARTNER, 'CISI'), { partners: ['ZDZ'] });
    expect(cisi.CERTIFIED_PARTICIPANTS!.suppressed).toBe(true);
  });

  it('an unknown programme is BAD_USER_INPUT', async () => {
    const result = await testHub.hub.execute('{ indicators(programme: "NOPE") { code } }', {}, viewerFor(Role.ADMIN));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const OUTLOOK = `query ($filter: AnalyticsFilter) {
  indicators(programme: "RDR-PLOCK-2011", filter: $filter) {
    code value suppressed forecast status planIllustrative direction trajectory { month planned actual }
  }
}`;

interface OutlookRow {
  code: string;
  value: number | null;
  suppressed: boolean;
  forecast: number | null;
  status: string | null;
  planIllustrative: boolean | null;
  direction: string;
  trajectory: { month: string; planned: number | null; actual: number | null }[];
}

async function outlooks(viewer: Viewer, filter?: Record<string, unknown>): Promise<Record<string, OutlookRow>> {
  const result = await testHub.hub.execute<{ indicators: OutlookRow[] }>(OUTLOOK, { filter }, viewer);
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(result.data!.indicators.map((row) => [row.code, row]));
}

/** 2011-09 … 2013-01: the programme's months and the two after it that hold results (P2's, P4's). */
const MONTHS = [
  '2011-09', '2011-10', '2011-11', '2011-12', '2012-01', '2012-02', '2012-03', '2012-04', '2012-05', '2012-06',
  '2012-07', '2012-08', '2012-09', '2012-10', '2012-11', '2012-12', '2013-01',
];
const column = (row: OutlookRow, field: 'planned' | 'actual') => row.trajectory.map((point) => point[field]);

describe('indicators over time: trajectory, forecast, status', () => {
  it('ADMIN: every month to the last data month, cumulative actuals by hand, the last equal to the value', async () => {
    const all = await outlooks(viewerFor(Role.ADMIN));
    for (const row of Object.values(all)) {
      expect(row.trajectory.map((point) => point.month)).toEqual(MONTHS);
      expect(row.trajectory.at(-1)!.actual).toBe(row.value);
    }
    // Entries: 3 in September (P1–P3), 4 in October (P4–P7), P8 in November.
    expect(column(all.PARTICIPANTS!, 'actual')).toEqual([3, 7, ...Array(15).fill(8)]);
    // The illustrative plan: 100 evenly over 2011-09 … 2012-02, then held.
    expect(column(all.PARTICIPANTS!, 'planned')).toEqual([17, 33, 50, 67, 83, ...Array(12).fill(100)]);
    expect(all.PARTICIPANTS!.planIllustrative).toBe(true);
    // Dropouts P3 (2012-02) and P6 (2012-03) over the participants entered by then.
    expect(column(all.DROPOUT_RATE!, 'actual')).toEqual([0, 0, 0, 0, 0, 1 / 8, ...Array(11).fill(2 / 8)]);
    expect(column(all.DROPOUT_RATE!, 'planned')).toEqual(Array(17).fill(null));
    expect(all.DROPOUT_RATE!.direction).toBe('AT_MOST');
    // All five completions are dated 2012-11.
    expect(column(all.COMPLETION_RATE!, 'actual')).toEqual([0, 0, ...Array(12).fill(0), 5 / 8, 5 / 8, 5 / 8]);
    // P2 EMPLOYED 2012-12-10, P4 SELF_EMPLOYED 2013-01-15.
    expect(column(all.EMPLOYED_AFTER!, 'actual')).toEqual([...Array(15).fill(0), 1, 2]);
    // The gala, 2012-11-23.
    expect(column(all.EVENTS!, 'actual')).toEqual([...Array(14).fill(0), 1, 1, 1]);
    expect(column(all.EVENTS!, 'planned')).toEqual([...Array(14).fill(0), 1, 1, 1]);
    // The period is over: the forecast is the value, and a target is met or missed.
    expect(all.PARTICIPANTS!.forecast).toBe(8);
    expect(all.PARTICIPANTS!.status).toBe('OFF_TRACK');
    expect(all.DROPOUT_RATE!.status).toBe('OFF_TRACK'); // 25 % over a 20 % ceiling
    expect(all.SITES_REDEVELOPED!.status).toBe('ACHIEVED');
    expect(all.EVENTS!.status).toBe('ACHIEVED');
    expect(all.YOUTH_PARTICIPANTS!.status).toBeNull(); // no target
    expect(all.YOUTH_PARTICIPANTS!.planIllustrative).toBeNull();
  });

  it('as of a month mid-way: later months have no actual; forecast by the three-month trend; status by the thresholds', async () => {
    const november = await outlooks(viewerFor(Role.ADMIN), { to: '2011-11-30' });
    expect(november.PARTICIPANTS!.trajectory.map((point) => point.month)).toEqual(MONTHS);
    expect(column(november.PARTICIPANTS!, 'actual')).toEqual([3, 7, 8, ...Array(14).fill(null)]);
    // Two months of history: (8 − 3) / 2 = 2.5 a month, 12 months to 2012-11 → 8 + 30 = 38; short of 100 by over 10 %.
    expect(november.PARTICIPANTS!.forecast).toBe(38);
    expect(november.PARTICIPANTS!.status).toBe('OFF_TRACK');

    const february = await outlooks(viewerFor(Role.ADMIN), { to: '2012-02-29' });
    // Certified: P2, P8 on 2012-02-08; three months back (2011-11) 0 → 2/3 a month, 9 months to go → 2 + 6 = 8.
    expect(february.CERTIFIED_PARTICIPANTS!.forecast).toBeCloseTo(8, 10);
    expect(february.CERTIFIED_PARTICIPANTS!.status).toBe('OFF_TRACK');
    // Dropout rate 1/8, three months back 0 → 1/24 a month × 9 → 0.5, over the 20 % ceiling by more than 10 %.
    expect(february.DROPOUT_RATE!.forecast).toBeCloseTo(0.5, 10);
    expect(february.DROPOUT_RATE!.status).toBe('OFF_TRACK');

    const january = await outlooks(viewerFor(Role.ADMIN), { to: '2012-01-31' });
    // No dropout yet and none in the trend: heading for 0, under the ceiling, but not ACHIEVED before the end.
    expect(january.DROPOUT_RATE!.forecast).toBe(0);
    expect(january.DROPOUT_RATE!.status).toBe('ON_TRACK');
    expect(january.SITES_REDEVELOPED!.status).toBe('ACHIEVED');
  });

  it('EVALUATOR: every month protected like the value itself (each point is that month\'s published indicator)', async () => {
    const all = await outlooks(viewerFor(Role.EVALUATOR));
    const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    for (const [index, month] of MONTHS.entries()) {
      const asOf = await indicators(viewerFor(Role.EVALUATOR), { to: lastDay(month) });
      for (const [code, row] of Object.entries(all)) {
        expect([code, month, row.trajectory[index]!.actual]).toEqual([code, month, asOf[code]!.value]);
      }
    }
    // Youth: 2 people in September — a count of 1 or 2 never publishes at K = 5 or above (D = 3).
    expect(column(all.YOUTH_PARTICIPANTS!, 'actual')[0]).toBeNull();
    for (const row of Object.values(all)) expect(row.trajectory.at(-1)!.actual).toBe(row.value);
  });

  it('within the caller\'s filter: women only', async () => {
    const women = await outlooks(viewerFor(Role.ADMIN), { sexes: ['FEMALE'] });
    // P1, P3 in September; P4, P6 in October; P8 in November.
    expect(column(women.PARTICIPANTS!, 'actual')).toEqual([2, 4, ...Array(15).fill(5)]);
    expect(women.PARTICIPANTS!.trajectory.at(-1)!.actual).toBe(women.PARTICIPANTS!.value);
  });
});
