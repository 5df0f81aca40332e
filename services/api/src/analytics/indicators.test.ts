import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '../modules/auth/viewer.js';
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
