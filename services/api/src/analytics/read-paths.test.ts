import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS, MEASURES } from '@razem/contract';
import { runSql, sql } from '../database/sql-fragment.js';
import { Role } from '../modules/auth/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { refreshAnalyticsRollups, runAggregate, type AnalyticsFilterValues } from './index.js';

/**
 * The same question answered from the base tables (rollups dirty) and from the rollups and cubes
 * (fresh) must give the same numbers, cell for cell: every measure by every dimension under a set
 * of filters, and by every pair of dimensions. Values are compared exactly, as ADMIN sees them.
 */
const FILTERS: Record<string, AnalyticsFilterValues> = {
  none: {},
  'one partner': { partners: ['MOPS'] },
  'one activity kind, whole months': { activityKinds: ['ANIMATION_CLASS'], from: '2011-10-01', to: '2011-11-30' },
  'attributes, days inside months': { sexes: ['FEMALE'], labourStatuses: ['UNEMPLOYED', 'INACTIVE'], from: '2011-10-05', to: '2012-01-20' },
};

const pairs = DIMENSIONS.flatMap((first, index) => DIMENSIONS.slice(index + 1).map((second) => [first, second]));
const questions = MEASURES.flatMap((measure) => [
  ...DIMENSIONS.flatMap((dimension) => Object.entries(FILTERS).map(([name, filter]) => ({ measure, groupBy: [dimension], name, filter }))),
  ...pairs.map((groupBy) => ({ measure, groupBy, name: 'none', filter: {} })),
]);

describe('the three read paths', () => {
  let testHub: TestHub;
  let programmeId: number;
  const fresh = async () =>
    (await runSql<{ fresh: boolean }>(testHub.database.orm.em.fork(), sql`select not dirty as fresh from analytics_rollup_state where programme_id = ${programmeId}`))[0]?.fresh;

  /** Every question's cells as "code|code=value", in the answer's order. */
  async function answers(): Promise<Map<string, string[]>> {
    const viewer = viewerFor(Role.ADMIN);
    const result = new Map<string, string[]>();
    const em = testHub.database.orm.em.fork();
    for (const { measure, groupBy, name, filter } of questions) {
      const answer = await runAggregate(em, { programmeCode: 'RDR-PLOCK-2011', measure, groupBy, filter, viewer, k: 1 });
      result.set(
        `${measure} by ${groupBy.join('×') || 'nothing'} (${name})`,
        answer.rows.map((row) => `${row.keys.map((key) => key.code).join('|')}=${row.value}`),
      );
    }
    return result;
  }

  beforeAll(async () => {
    testHub = await createTestHub();
    await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
    programmeId = (await testHub.database.orm.em.fork().findOneOrFail(Programme, { code: 'RDR-PLOCK-2011' })).id;
  });
  afterAll(async () => {
    await testHub?.close();
  });

  it(`agree on ${questions.length} questions over the reference dataset`, async () => {
    expect(await fresh()).toBe(false);
    const fromBase = await answers();
    await testHub.database.orm.em.fork().transactional((tx) => refreshAnalyticsRollups(tx, { programmeId, force: true }));
    expect(await fresh()).toBe(true);
    const fromRollups = await answers();
    const differing = [...fromBase].filter(([question, cells]) => JSON.stringify(cells) !== JSON.stringify(fromRollups.get(question)));
    expect(differing.map(([question, cells]) => ({ question, base: cells, rollups: fromRollups.get(question) }))).toEqual([]);
    // Not a vacuous agreement: most questions have non-zero cells.
    const withData = [...fromBase.values()].filter((cells) => cells.some((cell) => !/=(0|null)$/.test(cell)));
    expect(withData.length).toBeGreaterThan(questions.length / 2);
  });
});
