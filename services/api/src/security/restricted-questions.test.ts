import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/viewer.js';
import { metricsRegistry } from '../observability/metrics.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { RESTRICTED_ANALYTICS_LIMITS } from '../config/query-limits.js';
import { RestrictedQuestionVolume } from './restricted-questions.plugin.js';

/** A query with `count` aliased aggregate fields (and one of them through a fragment). */
function manyAggregates(count: number): string {
  const fields = Array.from({ length: count - 1 }, (_, index) => `a${index}: aggregate(programme: "RDR-PLOCK-2011", measure: PARTICIPANTS) { value }`);
  return `query { ${fields.join('\n')} ...More }
    fragment More on Query { last: aggregate(programme: "RDR-PLOCK-2011", measure: SESSIONS) { value } }`;
}

describe('restricted analytics questions', () => {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await createTestHub();
  });
  afterAll(async () => {
    await testHub.close();
  });

  it(`caps aggregate fields per request at ${RESTRICTED_ANALYTICS_LIMITS.maxFieldsPerRequest} for EVALUATOR and PARTNER, not for ADMIN or STEERING`, async () => {
    const limit = RESTRICTED_ANALYTICS_LIMITS.maxFieldsPerRequest;
    for (const viewer of [viewerFor(Role.EVALUATOR), viewerFor(Role.PARTNER, 'CISI')]) {
      const refused = await testHub.hub.execute(manyAggregates(limit + 1), {}, viewer);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toBe(
        `A ${viewer.role} request may ask at most ${limit} aggregate/indicators fields; this one asks ${limit + 1}. Split it into several requests.`,
      );
      expect((await testHub.hub.execute(manyAggregates(limit), {}, viewer)).errors).toBeUndefined();
    }
    for (const role of [Role.ADMIN, Role.STEERING]) expect((await testHub.hub.execute(manyAggregates(limit + 1), {}, viewerFor(role))).errors).toBeUndefined();
  });

  it('reports a restricted caller\'s unusual volume once per hour to the audit log and the metrics', async () => {
    const em = testHub.database.orm.em.fork();
    const volume = new RestrictedQuestionVolume(5);
    const evaluator = { ...viewerFor(Role.EVALUATOR), name: 'volume-test-evaluator' };
    const hour = Date.UTC(2026, 10, 30, 1);
    const audited = async () =>
      (await em.getConnection().execute<{ details: { questions: number; role: string } }[]>(
        `select details from audit_entry where action = 'analytics.unusual-volume' and actor = 'volume-test-evaluator' order by id`,
      )).map((row) => row.details);
    await volume.note(em, evaluator, 5, hour);
    await volume.note(em, { ...viewerFor(Role.ADMIN), name: 'volume-test-evaluator' }, 50, hour);
    expect(await audited()).toEqual([]);
    await volume.note(em, evaluator, 2, hour + 60_000);
    await volume.note(em, evaluator, 9, hour + 120_000);
    expect(await audited()).toMatchObject([{ questions: 7, role: 'EVALUATOR' }]);
    await volume.note(em, evaluator, 6, hour + 3_600_000);
    expect(await audited()).toMatchObject([{ questions: 7 }, { questions: 6 }]);
    const metrics = await metricsRegistry.getMetricsAsJSON();
    const unusual = metrics.find((metric) => metric.name === 'razem_hub_analytics_unusual_volume_total') as { values: { labels: { role?: string }; value: number }[] };
    expect(unusual.values.find((value) => value.labels.role === 'EVALUATOR')?.value).toBeGreaterThanOrEqual(2);
  });
});
