import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../modules/auth/viewer.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { runAggregate } from './run-aggregate.js';
import { Dimension } from './semantic/dimension.js';
import { Measure } from './semantic/measure.js';

/**
 * HUB_MAX_ANSWER_CELLS: an `aggregate` answer of more cells than the cap is refused with ANSWER_TOO_LARGE
 * (how many cells, the cap, what to ask instead); one of exactly as many is given whole. On the reference
 * dataset, per activity × month (every activity's every month, gaps filled) is 60 cells, and per activity
 * × month × sex 105.
 */
const PILOT = 'RDR-PLOCK-2011';
const CAP = 60;
const AGGREGATE = `query ($groupBy: [Dimension!]!) {
  aggregate(programme: "${PILOT}", measure: ATTENDANCE_HOURS, groupBy: $groupBy) { keys { code } value suppressed }
}`;
const refusal = (cells: number, cap: number, dimensions: string) =>
  `This answer would have ${cells} cells (${dimensions}); one answer has at most ${cap}. Ask for less: a shorter period ` +
  '(filter.from/filter.to), fewer groupBy dimensions, or fewer activities, partners or tasks in the filter; or download ' +
  'the whole table as an export (/exports), which has no such limit.';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await createTestHub({ config: { HUB_MAX_ANSWER_CELLS: String(CAP) } });
  await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
});
afterAll(async () => {
  await testHub?.close();
});

const ask = (groupBy: string[]) =>
  testHub.hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null }[] }>(AGGREGATE, { groupBy }, viewerFor(Role.STEERING, null));

describe('the cap on cells per aggregate answer', () => {
  it('gives an answer of exactly HUB_MAX_ANSWER_CELLS cells whole', async () => {
    const result = await ask(['ACTIVITY', 'MONTH']);
    expect(result.errors).toBeUndefined();
    expect(result.data!.aggregate).toHaveLength(CAP);
    expect(new Set(result.data!.aggregate.map((row) => row.keys.map((key) => key.code).join(' '))).size).toBe(CAP);
  });

  it('refuses a larger one over GraphQL, saying how many cells, the limit and what to ask instead', async () => {
    const result = await ask(['ACTIVITY', 'MONTH', 'SEX']);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.message).toBe(refusal(105, CAP, 'ACTIVITY × MONTH × SEX'));
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'ANSWER_TOO_LARGE', argument: 'groupBy', cells: 105, maxCells: CAP });
  });

  it('draws the line at the cap exactly: one cell over is refused, as many given', async () => {
    const question = (maxCells: number) =>
      runAggregate(testHub.database.orm.em.fork(), {
        programmeCode: PILOT,
        measure: Measure.ATTENDANCE_HOURS,
        groupBy: [Dimension.ACTIVITY, Dimension.MONTH],
        viewer: viewerFor(Role.STEERING, null),
        k: 5,
        maxCells,
      });
    expect((await question(60)).rows).toHaveLength(60);
    await expect(question(59)).rejects.toThrow(refusal(60, 59, 'ACTIVITY × MONTH'));
  });
});
