import type { EntityManager } from '@mikro-orm/postgresql';
import { joinSql, rawSql, runSql, sql, type SqlFragment } from '../../database/sql-fragment.js';
import { assertMonthsOpen } from '../period/period-lock.js';
import { quoted, RESTORE_ORDER } from './row-changes.js';

/** A change to stored partner data about to commit: an import (merge or replace), a withdrawal, an erasure. */
export interface DataChange {
  programmeId: number;
  /** The partner whose data it is; null for an erasure (every partner's). */
  partnerId: number | null;
  action: 'import' | 'withdraw' | 'erase';
  /** A select of one date column `d`: the dates of every row written, restored or deleted. */
  dates: SqlFragment;
  /**
   * The dates the approved-period rule checks, when not all of `dates` (an import checks its inserted
   * and updated rows line by line first, so only the old dates of what it changed or deleted are left).
   */
  guardedDates?: SqlFragment;
}

/**
 * The one place every change to stored partner data passes inside its transaction, just before it
 * commits: it works out the calendar months (YYYY-MM) the change touches, which callers keep in
 * their audit entries. Rules that refuse changes by month belong here: a change touching a month
 * approved for its partner (for an erasure, for any partner) throws PeriodLockedError, which rolls the
 * whole change back (docs/interfaces.md §9).
 */
export async function checkDataChange(em: EntityManager, change: DataChange): Promise<string[]> {
  const rows = await runSql<{ month: string }>(
    em,
    sql`select distinct to_char(x.d, 'YYYY-MM') as month from (${change.dates}) x(d) where x.d is not null order by 1`,
  );
  const months = rows.map((row) => row.month);
  const guarded = change.guardedDates
    ? (await runSql<{ month: string }>(em, sql`select distinct to_char(x.d, 'YYYY-MM') as month from (${change.guardedDates}) x(d) where x.d is not null`)).map(
        (row) => row.month,
      )
    : months;
  await assertMonthsOpen(em, { programmeId: change.programmeId, partnerId: change.partnerId, months: guarded });
  return months;
}

/** The dates of the rows a batch updated or deleted (or only those of `operation`), as they were (its before-images). */
export function datesOfChanges(batchId: number, operation?: 'UPDATE' | 'DELETE'): SqlFragment {
  const ofOperation = operation ? sql` and c.operation = ${operation}` : rawSql('');
  const parts = RESTORE_ORDER.filter((table) => table.dateColumn).map(
    (table) =>
      sql`select (c.before->>${table.dateColumn})::date from import_row_change c where c.batch_id = ${batchId}::int and c.table_name = ${table.table}${ofOperation}`,
  );
  // Attendance is dated by its session (a deleted session is among the before-images too).
  parts.push(sql`select se.date from import_row_change c join session se on se.id = (c.before->>'session_id')::int
      where c.batch_id = ${batchId}::int and c.table_name = 'attendance'${ofOperation}`);
  return joinSql(parts, ' union ');
}

/** The dates of the rows a batch wrote (as they are now) and of the rows it changed (as they were). */
export function datesOfBatch(batchId: number): SqlFragment {
  const parts = RESTORE_ORDER.filter((table) => table.dateColumn).map((table) => {
    const date = rawSql(`"${table.dateColumn}"`);
    return sql`select t.${date} from ${quoted(table.table)} t where t.import_batch_id = ${batchId}::int`;
  });
  parts.push(sql`select se.date from attendance t join session se on se.id = t.session_id where t.import_batch_id = ${batchId}::int`);
  parts.push(datesOfChanges(batchId));
  return joinSql(parts, ' union ');
}
