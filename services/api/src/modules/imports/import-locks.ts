import type { EntityManager } from '@mikro-orm/postgresql';
import { refreshAnalyticsRollups, type RollupRefreshSummary } from '../../analytics/index.js';
import { lockForTransaction, tryLockForTransaction } from '../../database/advisory-locks.js';
import { rawSql, runSql, runSqlCount, sql } from '../../database/sql-fragment.js';

/**
 * Held for the whole import transaction: imports into one programme run one at a time (no duplicate
 * sessions, no deadlocks between files), and a batch's lock proves its importer is still alive.
 */
export async function lockForImport(em: EntityManager, options: { programmeId: number; batchId: number }): Promise<void> {
  await lockForTransaction(em, 'runningImport', options.batchId);
  await lockForTransaction(em, 'programmeChanges', options.programmeId);
}

/**
 * Held by every other change to a programme's partner data (withdrawals, erasures) and by approving or
 * reopening a month, for the whole transaction: they queue with imports, so the rows they check cannot
 * change under them and an approval cannot slip between an import's period check and its commit.
 */
export async function lockProgrammeForChanges(em: EntityManager, programmeId: number): Promise<void> {
  await lockForTransaction(em, 'programmeChanges', programmeId);
}

/**
 * Brings a programme's analytics rollups up to date in a transaction of its own, holding the
 * programme's import lock so that no import commits mid-refresh. The entry point for any writer that
 * did not refresh inside its own transaction (and for seeding, after many files): it recomputes only
 * what the writes since the last refresh touched (analytics/rollups/refresh-rollups.ts); `force`
 * rebuilds everything (`hub analytics rebuild`). Until it runs,
 * analytics read the base tables: answers are exact either way, only slower in between.
 */
export async function refreshRollupsUnderImportLock(
  em: EntityManager,
  programmeId: number,
  options: { force?: boolean } = {},
): Promise<RollupRefreshSummary> {
  return em.transactional(async (trx) => {
    await runSql(trx, sql`set local statement_timeout = 0`);
    await lockForTransaction(trx, 'programmeChanges', programmeId);
    return refreshAnalyticsRollups(trx, { programmeId, force: options.force });
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
            report = jsonb_build_object('error', 'the import stopped before it finished (its process or the database stopped); nothing was stored')
          where status = 'RUNNING' and ${tryLockForTransaction('runningImport', rawSql('id'))}`,
    ),
  );
}

/**
 * Rebuilds the rollups of every programme a crash left marked dirty (e.g. a kill -9 during the
 * rebuild that follows an import): answers were exact meanwhile, but read the base tables, slowly.
 * Returns the codes of the programmes rebuilt.
 */
export async function refreshStaleRollups(em: EntityManager): Promise<string[]> {
  const stale = await runSql<{ id: number; code: string }>(
    em,
    sql`select p.id, p.code from analytics_rollup_state s join programme p on p.id = s.programme_id where s.dirty order by p.code`,
  );
  for (const { id } of stale) await refreshRollupsUnderImportLock(em.fork(), id);
  return stale.map(({ code }) => code);
}
