import type { EntityManager } from '@mikro-orm/postgresql';
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
