import type { EntityManager } from '@mikro-orm/postgresql';
import { refreshAnalyticsRollups } from '../../analytics/index.js';
import { runSql, runSqlCount, sql } from '../../database/sql-fragment.js';

/** Advisory-lock namespaces (first key of PostgreSQL's two-key advisory locks). */
const PROGRAMME_IMPORT_LOCK = 7_001;
const RUNNING_BATCH_LOCK = 7_002;

/**
 * Held for the whole import transaction: imports into one programme run one at a time (no duplicate
 * sessions, no deadlocks between files), and a batch's lock proves its importer is still alive.
 */
export async function lockForImport(em: EntityManager, options: { programmeId: number; batchId: number }): Promise<void> {
  await runSql(em, sql`select pg_advisory_xact_lock(${RUNNING_BATCH_LOCK}::int, ${options.batchId}::int)`);
  await runSql(em, sql`select pg_advisory_xact_lock(${PROGRAMME_IMPORT_LOCK}::int, ${options.programmeId}::int)`);
}

/**
 * Waits for the programme's running import to finish and keeps the next one from starting until the
 * caller's transaction ends: approving or reopening a month must not slip between an import's period
 * check and its commit.
 */
export async function lockProgrammeImports(em: EntityManager, programmeId: number): Promise<void> {
  await runSql(em, sql`select pg_advisory_xact_lock(${PROGRAMME_IMPORT_LOCK}::int, ${programmeId}::int)`);
}

/**
 * Rebuilds a programme's analytics rollups in a transaction of its own, holding the programme's
 * import lock so that no import commits mid-rebuild (which would leave rollups marked fresh yet
 * missing its rows). Until it runs, triggers keep the rollups marked dirty and analytics read the
 * base tables: answers are exact either way, only slower in between.
 */
export async function refreshRollupsUnderImportLock(em: EntityManager, programmeId: number): Promise<void> {
  await em.transactional(async (trx) => {
    await runSql(trx, sql`set local statement_timeout = 0`);
    await runSql(trx, sql`select pg_advisory_xact_lock(${PROGRAMME_IMPORT_LOCK}::int, ${programmeId}::int)`);
    await refreshAnalyticsRollups(trx, { programmeId });
  });
}

/**
 * Marks RUNNING batches whose importer died (its transaction, and with it the batch lock, is gone —
 * e.g. the process was killed) as INTERRUPTED. Nothing of them was stored: their transaction never
 * committed. Returns how many were marked.
 */
export async function markInterruptedImports(em: EntityManager): Promise<number> {
  return em.transactional((trx) =>
    runSqlCount(
      trx,
      sql`update import_batch set status = 'INTERRUPTED', finished_at = now(),
            report = jsonb_build_object('error', 'the import stopped before it finished (process ended); nothing was stored')
          where status = 'RUNNING' and pg_try_advisory_xact_lock(${RUNNING_BATCH_LOCK}::int, id)`,
    ),
  );
}
