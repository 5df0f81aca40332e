import type { MikroORM } from '@mikro-orm/postgresql';
import { runSql, sql } from '../database/sql-fragment.js';
import type { ImportReport } from '../modules/imports/import-report.js';

/** What importing the synthetic pilot's eight files reports: kind, outcome, rows read, inserted, updated, unchanged. */
export const PILOT_IMPORT_REPORTS = [
  ['mops-register', 'SUCCEEDED', 100, 100, 0, 0],
  ['mops-workshops', 'SUCCEEDED', 10_852, 10_852, 0, 0],
  ['mops-childcare', 'SUCCEEDED', 886, 886, 0, 0],
  ['mops-results', 'SUCCEEDED', 81, 81, 0, 0],
  ['cisi-attendance', 'SUCCEEDED', 8_715, 8_715, 0, 0],
  ['cisi-support', 'SUCCEEDED', 179, 179, 0, 0],
  ['zdz-attendance', 'SUCCEEDED', 1_129, 1_129, 0, 0],
  ['zdz-exams', 'SUCCEEDED', 68, 68, 0, 0],
] as const;

/** The reports in the shape of PILOT_IMPORT_REPORTS. */
export const pilotReportRows = (reports: readonly ImportReport[]) =>
  reports.map((report) => [report.kind, report.outcome, report.rowsRead, report.inserted, report.updated, report.unchanged]);

/** What the pilot's files store: 100 participants, 20,696 attendance records in 679 sessions. */
export const PILOT_STORED_COUNTS = { participants: 100, attendance: 20_696, sessions: 679 } as const;

export async function storedPilotCounts(orm: MikroORM): Promise<Record<keyof typeof PILOT_STORED_COUNTS, number>> {
  const [counts] = await runSql<Record<keyof typeof PILOT_STORED_COUNTS, number>>(
    orm.em.fork(),
    sql`select (select count(*) from participant)::int as participants, (select count(*) from attendance)::int as attendance,
               (select count(*) from session)::int as sessions`,
  );
  return counts!;
}
