import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '../modules/auth/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { refreshAnalyticsRollups } from './rollups/refresh-rollups.js';
import { runAggregate } from './run-aggregate.js';
import { Dimension } from './semantic/dimension.js';
import { Measure } from './semantic/measure.js';

/** Suppression by role on the reference dataset (counts by hand in test-support/analytics-reference-dataset.ts). */

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

/** Same, straight through the service with another K. */
async function viewWithK(k: number, measure: Measure, groupBy: Dimension[], viewer: Viewer = viewerFor(Role.EVALUATOR)) {
  const answer = await runAggregate(testHub.database.orm.em.fork(), { programmeCode: PROGRAMME, measure, groupBy, viewer, k });
  return Object.fromEntries(answer.rows.map((row) => [row.keys.map((key) => key.code).join('|'), row.suppressed ? '<K' : row.value]));
}

describe.each([
  { state: 'read from the base tables while the rollups are dirty', fresh: false },
  { state: 'read from the rollups and cubes', fresh: true },
])('suppression by role, $state', ({ fresh }) => {
  beforeAll(async () => {
    const em = testHub.database.orm.em.fork();
    const programme = await em.findOneOrFail(Programme, { code: PROGRAMME });
    if (fresh) await em.transactional((tx) => refreshAnalyticsRollups(tx, { programmeId: programme.id }));
    else await em.getConnection().execute('update analytics_rollup_state set dirty = true');
  });

  it('ADMIN and STEERING see exact values', async () => {
    for (const role of [Role.ADMIN, Role.STEERING]) {
      expect(await view(viewerFor(role), 'PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: 5, MALE: 3 });
      expect(await view(viewerFor(role), 'DROPOUTS')).toEqual({ total: 2 });
    }
  });

  it('EVALUATOR: a total on 1…K−1 participants is hidden; 0 and ≥ K are shown', async () => {
    const evaluator = viewerFor(Role.EVALUATOR);
    expect(await view(evaluator, 'DROPOUTS')).toEqual({ total: '<K' });
    expect(await view(evaluator, 'PARTICIPANTS')).toEqual({ total: 8 });
    expect(await view(evaluator, 'CHILDCARE_HOURS', [], { partners: ['CISI'] })).toEqual({ total: 0 });
  });

  it('EVALUATOR, 1-D: primary (MALE 3) and complementary (FEMALE 5, else MALE = 8 − 5)', async () => {
    expect(await view(viewerFor(Role.EVALUATOR), 'PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: '<K', MALE: '<K' });
  });

  it('contributors, not the value, decide: 9 MOPS attendances rest on 5 participants, 5 ZDZ ones on 3', async () => {
    // MOPS 9 (P1–P5 present), CISI 6 (P1 P2 P6 P7), ZDZ 5 (P2 P7 P8): CISI and ZDZ are small.
    expect(await view(viewerFor(Role.EVALUATOR), 'ATTENDANCES', ['PARTNER'])).toEqual({ MOPS: 9, CISI: '<K', ZDZ: '<K' });
  });

  it('1-D complementary with K = 2: EMPLOYED (1) takes INACTIVE (2, the smallest) with it', async () => {
    expect(await viewWithK(2, Measure.PARTICIPANTS, [Dimension.LABOUR_STATUS])).toEqual({ UNEMPLOYED: 5, INACTIVE: '<K', EMPLOYED: '<K' });
  });

  it('MONTH series: a lone small month is not left recoverable from the total', async () => {
    // Entries with K = 2: Sep 3, Oct 4, Nov 1 → Nov hidden, then the smallest non-empty other month (Sep).
    const answer = await viewWithK(2, Measure.PARTICIPANTS, [Dimension.MONTH]);
    expect(answer['2011-11']).toBe('<K');
    expect(answer['2011-09']).toBe('<K');
    expect(answer['2011-10']).toBe(4);
    expect(answer['2012-01']).toBe(0);
  });

  it('2-D complementary along rows and columns (K = 2, sex × labour status)', async () => {
    // F: INACTIVE 1 (P1), UNEMPLOYED 3 (P3 P6 P8), EMPLOYED 1 (P4); M: INACTIVE 1 (P5), UNEMPLOYED 2 (P2 P7).
    // Primary: F|INACTIVE, F|EMPLOYED, M|INACTIVE. Row M then needs M|UNEMPLOYED, and the UNEMPLOYED column F|UNEMPLOYED.
    expect(await viewWithK(2, Measure.PARTICIPANTS, [Dimension.SEX, Dimension.LABOUR_STATUS])).toEqual({
      'FEMALE|UNEMPLOYED': '<K', 'FEMALE|INACTIVE': '<K', 'FEMALE|EMPLOYED': '<K',
      'MALE|UNEMPLOYED': '<K', 'MALE|INACTIVE': '<K',
    });
    // K = 2 on attendances by partner × sex: MOPS F 6 (P1 P3 P4) M 3 (P2 P5); CISI F 3 (P1 P6) M 3 (P2 P7);
    // ZDZ F 2 (P8 alone) M 3 (P2 P7). Only ZDZ|FEMALE is primary; row ZDZ takes ZDZ|MALE; column FEMALE takes
    // CISI|FEMALE (2 participants, fewer than MOPS's 3); row CISI then takes CISI|MALE; column MALE is even (2 hidden).
    expect(await viewWithK(2, Measure.ATTENDANCES, [Dimension.PARTNER, Dimension.SEX])).toEqual({
      'MOPS|FEMALE': 6, 'MOPS|MALE': 3, 'CISI|FEMALE': '<K', 'CISI|MALE': '<K', 'ZDZ|FEMALE': '<K', 'ZDZ|MALE': '<K',
    });
  });

  it('PARTNER sees its own activities exactly and others\' suppressed', async () => {
    const cisi = viewerFor(Role.PARTNER, 'CISI');
    // Participants by partner: MOPS 5, CISI 4 (own), ZDZ 4 (hidden) → complement: MOPS, not CISI (which CISI knows anyway).
    expect(await view(cisi, 'PARTICIPANTS', ['PARTNER'])).toEqual({ MOPS: '<K', CISI: 4, ZDZ: '<K' });
    expect(await view(cisi, 'SUPPORT_ITEMS', [], { partners: ['CISI'] })).toEqual({ total: 8 });
    expect(await view(cisi, 'ACTIVE_PARTICIPANTS', [], { partners: ['ZDZ'] })).toEqual({ total: '<K' });
    // The register is MOPS's: CISI sees sex counts suppressed, MOPS (the leader) exactly.
    expect(await view(cisi, 'PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: '<K', MALE: '<K' });
    expect(await view(viewerFor(Role.PARTNER, 'MOPS'), 'PARTICIPANTS', ['SEX'])).toEqual({ FEMALE: 5, MALE: 3 });
    // MOPS's childcare (3 participants) is its own; its attendance at CISI is not.
    expect(await view(viewerFor(Role.PARTNER, 'MOPS'), 'CHILDCARE_HOURS')).toEqual({ total: 7 });
    expect(await view(viewerFor(Role.PARTNER, 'MOPS'), 'ATTENDANCES', ['PARTNER'])).toEqual({ MOPS: 9, CISI: '<K', ZDZ: '<K' });
  });

  it('a service call without a viewer is treated as EVALUATOR', async () => {
    const answer = await runAggregate(testHub.database.orm.em.fork(), { programmeCode: PROGRAMME, measure: Measure.DROPOUTS, viewer: null, k: 5 });
    expect(answer.role).toBe(Role.EVALUATOR);
    expect(answer.rows).toEqual([{ keys: [], value: null, suppressed: true }]);
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

  it('refuses anonymous callers', async () => {
    const anonymous = await errorOf({ measure: 'SESSIONS', groupBy: [] }, AGGREGATE, null);
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
