import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../database/pg-array.js';
import { runSql, sql } from '../../database/sql-fragment.js';

/** The report code of a change refused because its month is approved. */
export const PERIOD_LOCKED = 'PERIOD_LOCKED';

/** A change touches months the steering committee has approved for the partner: nothing of it may be stored. */
export class PeriodLockedError extends Error {
  constructor(
    readonly partnerCode: string,
    readonly months: readonly string[],
  ) {
    super(
      `${months.length === 1 ? `The month ${months[0]} is` : `The months ${months.join(', ')} are`} approved for ${partnerCode}: ` +
        'its records dated there cannot change until the month is reopened (hub period reopen).',
    );
  }
}

/** The months (YYYY-MM, sorted) approved — and so locked — for one partner of a programme. */
export async function approvedMonths(em: EntityManager, options: { programmeId: number; partnerId: number }): Promise<string[]> {
  const rows = await runSql<{ month: string }>(
    em,
    sql`select month from period_approval where programme_id = ${options.programmeId} and partner_id = ${options.partnerId} order by month`,
  );
  return rows.map((row) => row.month);
}

/**
 * THE period lock: every path that changes a partner's records (import, replace, withdrawal,
 * erasure) passes it inside its own transaction, before it commits (modules/imports/data-change.ts),
 * with the months of every record it would insert, change or delete — the old month and the new one
 * for a moved date. It throws PeriodLockedError naming the approved months among them (the caller
 * refuses the change whole), or returns when all are open. `partnerId` null (an erasure touches every
 * partner's records) checks every partner's approvals. Approval and reopening take the programme's
 * import lock (period.service.ts), so a caller holding that lock sees a stable answer until it commits.
 * `months`: YYYY-MM strings or YYYY-MM-DD dates, in any order, repeats allowed.
 */
export async function assertMonthsOpen(
  em: EntityManager,
  options: { programmeId: number; partnerId: number | null; months: Iterable<string> },
): Promise<void> {
  const months = [...new Set([...options.months].map((month) => month.slice(0, 7)))];
  if (months.length === 0) return;
  const rows = await runSql<{ partner: string; month: string }>(
    em,
    sql`select pa.code as partner, ap.month from period_approval ap join partner pa on pa.id = ap.partner_id
        where ap.programme_id = ${options.programmeId} and (${options.partnerId}::int is null or ap.partner_id = ${options.partnerId}::int)
          and ap.month = any(${pgArray(months)}::text[])
        order by ap.month, pa.code`,
  );
  if (rows.length) {
    throw new PeriodLockedError([...new Set(rows.map((row) => row.partner))].join(', '), [...new Set(rows.map((row) => row.month))]);
  }
}
