import type { EntityManager } from '@mikro-orm/postgresql';
import { monthsBetween } from '../../analytics/index.js';
import { runSql, sql } from '../../database/sql-fragment.js';
import { loadFileLayouts } from '../imports/file-layouts.js';
import { Programme } from '../programme/programme.entity.js';

/** A month's submission state: per file kind, and for the partner's whole month. */
export enum SubmissionStatus {
  APPROVED = 'APPROVED',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSING = 'MISSING',
  NOT_DUE = 'NOT_DUE',
}

export interface KindSubmission {
  kind: string;
  status: SubmissionStatus;
  /** The accepted batch that delivered the month (the first submitted after it ended); null when none has. */
  batchId: number | null;
  submittedAt: Date | null;
}

export interface SubmissionCell {
  partner: string;
  month: string;
  /** APPROVED when the month is approved for the partner; else the worst of its kinds (MISSING, LATE, NOT_DUE, ON_TIME). */
  status: SubmissionStatus;
  /** The day the month's files were due (YYYY-MM-DD). */
  dueOn: string;
  kinds: KindSubmission[];
}

export interface SubmissionsCalendar {
  programmeCode: string;
  dueDay: number;
  months: string[];
  cells: SubmissionCell[];
}

/** Unknown programme. */
export class SubmissionsRequestError extends Error {}

const WORST_FIRST = [SubmissionStatus.MISSING, SubmissionStatus.LATE, SubmissionStatus.NOT_DUE, SubmissionStatus.ON_TIME];

function nextMonth(month: string): string {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * The partner × month grid of the programme's period. A partner owes each of its file kinds for every
 * month: the export made after the month ended, by the programme's due day of the following month.
 * Partner files are cumulative exports, so the month is delivered by the first accepted batch of the
 * kind submitted on or after the first day of the next month: ON_TIME if by the due day (UTC date),
 * else LATE; MISSING once the due day has passed without one, NOT_DUE before. An approved month reads
 * APPROVED whatever its files. `partnerCode` limits the grid to one partner (a PARTNER's own).
 */
export async function submissionsCalendar(
  em: EntityManager,
  options: { programmeCode: string; partnerCode?: string | null; now?: Date },
): Promise<SubmissionsCalendar> {
  const programme = await em.findOne(Programme, { code: options.programmeCode });
  if (!programme) throw new SubmissionsRequestError(`There is no programme with the code ${JSON.stringify(options.programmeCode)}.`);
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const months = monthsBetween(programme.startDate.slice(0, 7), programme.endDate.slice(0, 7));
  const partners = await runSql<{ id: number; code: string }>(
    em,
    sql`select id, code from partner where programme_id = ${programme.id} ${options.partnerCode ? sql`and code = ${options.partnerCode}` : sql``} order by code`,
  );
  const batches = await runSql<{ id: number; partner_id: number; kind: string; started_at: string | Date; day: string }>(
    em,
    sql`select id, partner_id, kind, started_at, to_char(started_at at time zone 'UTC', 'YYYY-MM-DD') as day from import_batch where programme_id = ${programme.id} and status = 'SUCCEEDED' order by started_at, id`,
  );
  const approved = new Set(
    (await runSql<{ partner_id: number; month: string }>(em, sql`select partner_id, month from period_approval where programme_id = ${programme.id}`)).map(
      (row) => `${row.partner_id} ${row.month}`,
    ),
  );
  const layouts = await loadFileLayouts(em, programme.id);
  const day = String(programme.submissionDueDay).padStart(2, '0');

  const cells = partners.flatMap((partner) => {
    const kinds = layouts.filter((layout) => layout.partner === partner.code).map((layout) => layout.kind);
    return months.map((month): SubmissionCell => {
      const opens = `${nextMonth(month)}-01`;
      const dueOn = `${nextMonth(month)}-${day}`;
      const submissions = kinds.map((kind): KindSubmission => {
        const batch = batches.find(
          (candidate) => candidate.partner_id === partner.id && candidate.kind === kind && candidate.day >= opens,
        );
        if (!batch) return { kind, status: today > dueOn ? SubmissionStatus.MISSING : SubmissionStatus.NOT_DUE, batchId: null, submittedAt: null };
        const onTime = batch.day <= dueOn;
        return { kind, status: onTime ? SubmissionStatus.ON_TIME : SubmissionStatus.LATE, batchId: batch.id, submittedAt: new Date(batch.started_at) };
      });
      const status = approved.has(`${partner.id} ${month}`)
        ? SubmissionStatus.APPROVED
        : WORST_FIRST.find((candidate) => submissions.some((submission) => submission.status === candidate)) ?? SubmissionStatus.ON_TIME;
      return { partner: partner.code, month, status, dueOn, kinds: submissions };
    });
  });
  return { programmeCode: programme.code, dueDay: programme.submissionDueDay, months, cells };
}
