import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '../access/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { refreshAnalyticsRollups } from './rollups/refresh-rollups.js';
import { runAggregate } from './run-aggregate.js';
import { publishKeyedCell } from './perturbation/publish-cell.js';
import { Measure } from './semantic/measure.js';

/** Suppression and perturbation by role on the reference dataset (counts by hand in test-support/analytics-reference-dataset.ts). */

const PROGRAMME = 'RDR-PLOCK-2011';
const AGGREGATE = `query ($measure: Measure!, $groupBy: [Dimension!]!, $filter: AnalyticsFilter) {
  aggregate(programme: "${PROGRAMME}", measure: $measure, groupBy: $groupBy, filter: $filter) { keys { code } value suppressed }
}`;

let testHub: TestHub;

beforeAll(async () => {
  testHub = await createTestHub();
  await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
});
afterAll(async () => {
  await testHub?.close();
});

/** The answer as { "code|code": value, or "<K" when suppressed }, through GraphQL (K = 5, the default). */
async function view(viewer: Viewer | null, measure: string, groupBy: string[] = [], filter?: Record<string, unknown>) {
  const result = await testHub.hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null; suppressed: boolean }[] }>(
    AGGREGATE,
    { measure, groupBy, filter },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(
    result.data!.aggregate.map((row) => {
      expect(row.suppressed ? row.value === null : true).toBe(true);
      return [row.keys.map((key) => key.code).join('|') || 'total', row.suppressed ? '<K' : row.value];
    }),
  );
}

/**
 * Fixed record keys (P_i gets i × 0x1F3A5C7), so the published values below are fixed; the oracle sums
 * them itself over the participants a cell rests on, independently of the analytics SQL.
 */
async function fixRecordKeys(): Promise<void> {
  await testHub.database.orm.em.getConnection().execute(
    `update participant set record_key = (substr(code, 5)::bigint * ${0x1f3a5c7}) % 4294967296`,
  );
}

/** What a restricted role must see of a participant count resting on the participants `where` selects. */
async function expectedCount(where: string): Promise<number | '<K'> {
  const [row] = await testHub.database.orm.em.getConnection().execute<{ n: number; keys: string }[]>(
    `select count(*)::int as n, coalesce(sum(record_key), 0)::text as keys from participant p where ${where}`,
  );
  const published = publishKeyedCell('count', { value: row!.n, contributors: row!.n, keySum: Number(row!.keys) }, 5);
  return published.suppressed ? '<K' : published.value!;
}

describe.each([
  { state: 'read from the base tables while the rollups are dirty', fresh: false },
  { state: 'read from the rollups and cubes', fresh: true },
])('perturbation by role, $state', ({ fresh }) => {
  beforeAll(async () => {
    await fixRecordKeys();
    const em = testHub.database.orm.em.fork();
    const programme = await em.findOneOrFail(Programme, { code: PROGRAMME });
    // The cube keeps key sums, so it is rebuilt after the keys change.
    if (fresh) await em.transactional((tx) => refreshAnalyticsRollups(tx, { programmeId: programme.id, force: true }));
    else await em.getConnection().execute('update analytics_rollup_state set dirty = true');
  });

  it('ADMIN and STEERING see exact values', async () => {
    for (const role of [Role.ADMIN, Role.STEERING]) {
      expect(await view(viewerFor(role), 'PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: 5, MALE: 3 });
      expect(await view(viewerFor(role), 'DROPOUTS')).toEqual({ total: 2 });
    }
  });

  it('EVALUATOR: each cell is its exact count moved by the ptable under the key sum of exactly its participants', async () => {
    const evaluator = viewerFor(Role.EVALUATOR);
    expect(await view(evaluator, 'PARTICIPANTS', ['SEX'])).toEqual({
      FEMALE: await expectedCount(`sex = 'FEMALE'`),
      MALE: await expectedCount(`sex = 'MALE'`),
    });
    expect(await view(evaluator, 'PARTICIPANTS', ['LABOUR_STATUS'])).toEqual({
      UNEMPLOYED: await expectedCount(`labour_status = 'UNEMPLOYED'`),
      INACTIVE: await expectedCount(`labour_status = 'INACTIVE'`),
      EMPLOYED: await expectedCount(`labour_status = 'EMPLOYED'`),
    });
    expect(await view(evaluator, 'PARTICIPANTS')).toEqual({ total: await expectedCount('true') });
    expect(await view(evaluator, 'DROPOUTS')).toEqual({ total: await expectedCount(`exit_reason = 'DROPPED_OUT'`) });
  });

  it('EVALUATOR: an empty cell reads "<K", like a small one', async () => {
    const evaluator = viewerFor(Role.EVALUATOR);
    expect(await view(evaluator, 'CHILDCARE_HOURS', [], { partners: ['CISI'] })).toEqual({ total: '<K' });
    // One person (P5, the only inactive man) is always "<K": 1 + D = 4 < K.
    expect(await view(evaluator, 'PARTICIPANTS', [], { sexes: ['MALE'], labourStatuses: ['INACTIVE'] })).toEqual({ total: '<K' });
  });

  it('EVALUATOR: the same participants give the same value by any route, every time', async () => {
    const evaluator = viewerFor(Role.EVALUATOR);
    const bySex = await view(evaluator, 'PARTICIPANTS', ['SEX']);
    expect(await view(evaluator, 'PARTICIPANTS', [], { sexes: ['FEMALE'] })).toEqual({ total: bySex.FEMALE });
    expect(await view(evaluator, 'PARTICIPANTS', ['SEX'], { sexes: ['FEMALE', 'MALE'] })).toEqual(bySex);
    // A rate is the perturbed numerator (ATTENDANCES' cell) over the perturbed denominator (ATTENDANCE_RECORDS').
    const [present, records, rate] = await Promise.all(
      ['ATTENDANCES', 'ATTENDANCE_RECORDS', 'ATTENDANCE_RATE'].map((measure) => view(evaluator, measure, ['PARTNER'])),
    );
    for (const partner of ['MOPS', 'CISI', 'ZDZ']) {
      if (records![partner] === '<K') expect(rate![partner]).toBe('<K');
      else expect(rate![partner]).toBeCloseTo(Math.min(1, Number(present![partner]) / Number(records![partner])), 12);
    }
  });

  it('PARTNER sees its own activities exactly and others\' cells perturbed', async () => {
    const cisi = viewerFor(Role.PARTNER, 'CISI');
    const byPartner = await view(cisi, 'PARTICIPANTS', ['PARTNER']);
    expect(byPartner.CISI).toBe(4);
    // Others' cells: as EVALUATOR sees them.
    const evaluatorView = await view(viewerFor(Role.EVALUATOR), 'PARTICIPANTS', ['PARTNER']);
    expect(byPartner.MOPS).toEqual(evaluatorView.MOPS);
    expect(byPartner.ZDZ).toEqual(evaluatorView.ZDZ);
    expect(await view(cisi, 'SUPPORT_ITEMS', [], { partners: ['CISI'] })).toEqual({ total: 8 });
    // The register is MOPS's: CISI sees the sex counts perturbed, MOPS (the leader) exactly.
    expect(await view(cisi, 'PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: await expectedCount(`sex = 'FEMALE'`), MALE: await expectedCount(`sex = 'MALE'`) });
    expect(await view(viewerFor(Role.PARTNER, 'MOPS'), 'PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: 5, MALE: 3 });
    expect(await view(viewerFor(Role.PARTNER, 'MOPS'), 'CHILDCARE_HOURS')).toEqual({ total: 7 });
  });

  it('a service call without a viewer is treated as EVALUATOR', async () => {
    const answer = await runAggregate(testHub.database.orm.em.fork(), { programmeCode: PROGRAMME, measure: Measure.DROPOUTS, viewer: null, k: 5 });
    expect(answer.role).toBe(Role.EVALUATOR);
    const expected = await expectedCount(`exit_reason = 'DROPPED_OUT'`);
    expect(answer.rows).toEqual([{ keys: [], value: expected === '<K' ? null : expected, suppressed: expected === '<K' }]);
  });
});

describe('aggregate input errors', () => {
  const errorOf = async (variables: Record<string, unknown>, query = AGGREGATE, viewer: Viewer | null = viewerFor(Role.ADMIN)) => {
    const result = await testHub.hub.execute(query, variables, viewer);
    expect(result.errors).toHaveLength(1);
    return result.errors![0]!;
  };

  it('rejects an unknown programme, a reversed period, too many or repeated dimensions with BAD_USER_INPUT', async () => {
    const unknown = await errorOf(
      { measure: 'SESSIONS', groupBy: [] },
      'query ($measure: Measure!, $groupBy: [Dimension!]!) { aggregate(programme: "NOPE", measure: $measure, groupBy: $groupBy) { value } }',
    );
    expect(unknown.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.message).toContain('NOPE');
    const reversed = await errorOf({ measure: 'SESSIONS', groupBy: [], filter: { from: '2012-05-01', to: '2012-04-30' } });
    expect(reversed.extensions?.code).toBe('BAD_USER_INPUT');
    const many = await errorOf({ measure: 'SESSIONS', groupBy: ['PARTNER', 'MONTH', 'SEX', 'AGE_BAND'] });
    expect(many.extensions?.code).toBe('BAD_USER_INPUT');
    const repeated = await errorOf({ measure: 'SESSIONS', groupBy: ['SEX', 'SEX'] });
    expect(repeated.extensions?.code).toBe('BAD_USER_INPUT');
    expect(repeated.message).not.toMatch(/select|from/i);
  });

  it('rejects a malformed date and an unknown measure before any resolver runs', async () => {
    // The query-cost check reads the variables first and currently reports their errors under its own
    // code (QUERY_TOO_COSTLY); what matters here is a clear message and never an internal error.
    const date = await errorOf({ measure: 'SESSIONS', groupBy: [], filter: { from: '2012-02-30' } });
    expect(date.message).toContain('YYYY-MM-DD');
    expect(date.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    const measure = await errorOf({ measure: 'HEADCOUNT', groupBy: [] });
    expect(measure.message).toContain('HEADCOUNT');
    expect(measure.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('asks restricted roles for whole months: a day inside a month is BAD_USER_INPUT naming the rule', async () => {
    for (const viewer of [viewerFor(Role.EVALUATOR), viewerFor(Role.PARTNER, 'CISI')]) {
      const from = await errorOf({ measure: 'PARTICIPANTS', groupBy: [], filter: { from: '2011-10-15' } }, AGGREGATE, viewer);
      expect(from.extensions?.code).toBe('BAD_USER_INPUT');
      expect(from.message).toContain('filter.from (2011-10-15) must be the first day of a month');
      const to = await errorOf({ measure: 'PARTICIPANTS', groupBy: [], filter: { to: '2011-10-30' } }, AGGREGATE, viewer);
      expect(to.message).toContain('filter.to (2011-10-30) must be the last day of a month');
    }
    const months = await testHub.hub.execute(AGGREGATE, { measure: 'PARTICIPANTS', groupBy: [], filter: { from: '2011-10-01', to: '2012-02-29' } }, viewerFor(Role.EVALUATOR));
    expect(months.errors).toBeUndefined();
    const admin = await testHub.hub.execute(AGGREGATE, { measure: 'PARTICIPANTS', groupBy: [], filter: { from: '2011-10-15' } }, viewerFor(Role.ADMIN));
    expect(admin.errors).toBeUndefined();
  });

  it('refuses anonymous callers', async () => {
    const anonymous = await errorOf({ measure: 'SESSIONS', groupBy: [] }, AGGREGATE, null);
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
