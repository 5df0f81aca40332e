import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isDatabaseUnavailable } from '../database/database-errors.js';

/**
 * The hub's Prometheus metrics, one registry per process (the CLI and the server are separate
 * processes). Labels carry routes, operation names, codes and file kinds — never personal data.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'razem_hub_' });

export const httpRequestDuration = new Histogram({
  name: 'razem_hub_http_request_duration_seconds',
  help: 'HTTP requests by route, method and status.',
  labelNames: ['route', 'method', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const graphqlOperationDuration = new Histogram({
  name: 'razem_hub_graphql_operation_duration_seconds',
  help: 'GraphQL operations by operation name and outcome (ok or error).',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'razem_hub_graphql_errors_total',
  help: 'GraphQL errors by code (BAD_USER_INPUT, FORBIDDEN, DATABASE_UNAVAILABLE, INTERNAL_SERVER_ERROR …).',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

export const importedRows = new Counter({
  name: 'razem_hub_import_rows_total',
  help: 'Rows read from partner files, by file kind and outcome (accepted, rejected).',
  labelNames: ['kind', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const importFiles = new Counter({
  name: 'razem_hub_import_files_total',
  help: 'Partner files imported, by file kind and outcome (accepted, rejected, failed).',
  labelNames: ['kind', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const analyticsAnswers = new Counter({
  name: 'razem_hub_analytics_answers_total',
  help: 'aggregate and indicators answers by source: response-cache (a whole HTTP response reused), cache (answer reused), computed or uncacheable (no data version yet).',
  labelNames: ['source'] as const,
  registers: [metricsRegistry],
});

interface PoolStats {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** Reports the ORM's connection pool (used, free, waiting) at every scrape. */
export function watchDatabasePool(orm: MikroORM): void {
  const name = 'razem_hub_db_pool_connections';
  metricsRegistry.removeSingleMetric(name);
  new Gauge({
    name,
    help: 'Database connections of the pool: used, free, and acquisitions waiting.',
    labelNames: ['state'] as const,
    registers: [metricsRegistry],
    collect() {
      const pool = (orm.em.getConnection().getKnex().client as { pool?: PoolStats }).pool;
      if (!pool) return;
      this.set({ state: 'used' }, pool.numUsed());
      this.set({ state: 'free' }, pool.numFree());
      this.set({ state: 'pending' }, pool.numPendingAcquires());
    },
  });
}

/** Times every GraphQL operation and counts its errors by code. */
export function graphqlMetricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const end = graphqlOperationDuration.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          end({ operation: operationName ?? 'anonymous', outcome: errors?.length ? 'error' : 'ok' });
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code ?? (isDatabaseUnavailable(error.originalError) ? 'DATABASE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR');
            graphqlErrors.inc({ code: String(code) });
          }
        },
      };
    },
  };
}
