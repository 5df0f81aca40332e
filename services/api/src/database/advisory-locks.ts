import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql, type SqlFragment } from './sql-fragment.js';

/**
 * Every advisory lock the hub takes, in one place: PostgreSQL has one advisory-lock space per
 * database, so two uses sharing a namespace would block (or, worse, exclude) each other by accident.
 * Each is a transaction-level two-key lock (namespace, id): released with its transaction, so a
 * killed process never leaves one behind. `advisory-locks.test.ts` proves the namespaces distinct.
 */
export const ADVISORY_LOCK = {
  /** Imports into one programme, and every other change to its partner data, run one at a time (id: programme). */
  programmeChanges: 7_001,
  /** Held by a running import for its batch: the lock's absence proves the importer died (id: batch). */
  runningImport: 7_002,
  /** Rollup refreshes of one programme queue instead of writing over each other (id: programme; "RZAN"). */
  rollupRefresh: 0x525a414e,
  /** Restores run one at a time: two would drop each other's tables mid-COPY (id: always 0; "RZBK"). */
  restore: 0x525a424b,
} as const satisfies Record<string, number>;

export type AdvisoryLock = keyof typeof ADVISORY_LOCK;

/** Waits for the lock, then holds it until the transaction ends. */
export async function lockForTransaction(em: EntityManager, lock: AdvisoryLock, id: number): Promise<void> {
  await runSql(em, sql`select pg_advisory_xact_lock(${ADVISORY_LOCK[lock]}::int, ${id}::int)`);
}

/**
 * A condition that takes the lock for the transaction if it is free and says whether it did
 * (`pg_try_advisory_xact_lock`), for use inside a statement; `id` is usually a column.
 */
export function tryLockForTransaction(lock: AdvisoryLock, id: SqlFragment): SqlFragment {
  return sql`pg_try_advisory_xact_lock(${ADVISORY_LOCK[lock]}::int, ${id})`;
}
