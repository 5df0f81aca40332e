import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql } from './sql-fragment.js';

/**
 * Whether this connection's role may write without PostgreSQL's per-row foreign-key triggers
 * (`session_replication_role = replica` needs a superuser, as the embedded server's role is).
 */
export async function mayWriteInBulkMode(em: EntityManager): Promise<boolean> {
  const [role] = await runSql<{ superuser: boolean }>(em, sql`select rolsuper as superuser from pg_roles where rolname = current_user`);
  return role?.superuser === true;
}

/**
 * Runs `work` in the caller's transaction without the per-row foreign-key triggers when the role
 * may; otherwise the triggers simply run (slower, same result). Only for writes whose every
 * reference was just resolved from the database in the same transaction: constraints guard all
 * else. Triggers that must see bulk writes (data version, rollup dirty marks) are ENABLE ALWAYS.
 */
export async function inBulkMode<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  if (!(await mayWriteInBulkMode(em))) return work();
  await runSql(em, sql`set local session_replication_role = replica`);
  const result = await work();
  // Only after success: a failed statement aborts the transaction, and any statement sent then would
  // fail with "current transaction is aborted" (25P02), hiding the real error (a full disk, say).
  // The rollback undoes the SET LOCAL anyway.
  await runSql(em, sql`set local session_replication_role = origin`);
  return result;
}
