import { stringify } from 'csv-stringify/sync';
import type { SubmissionsCalendar } from './submissions.service.js';

/**
 * The submissions calendar as a file, the same grid the `submissions` query gives: CSV (UTF-8 with a
 * BOM, CRLF, one row per partner, month and file kind) or JSON (`version: 1`, the cells as in GraphQL).
 */
export function renderSubmissionsFile(calendar: SubmissionsCalendar, format: 'csv' | 'json'): { body: Buffer; contentType: string; fileName: string } {
  const fileName = `submissions-${calendar.programmeCode}.${format}`;
  if (format === 'json') {
    const body = { version: 1, programme: calendar.programmeCode, dueDay: calendar.dueDay, months: calendar.months, cells: calendar.cells };
    return { body: Buffer.from(JSON.stringify(body, null, 2), 'utf8'), contentType: 'application/json; charset=utf-8', fileName };
  }
  const records = [
    ['programme', 'partner', 'month', 'due_on', 'month_status', 'kind', 'kind_status', 'batch', 'submitted_at'],
    ...calendar.cells.flatMap((cell) =>
      cell.kinds.map((kind) => [calendar.programmeCode, cell.partner, cell.month, cell.dueOn, cell.status, kind.kind, kind.status, kind.batchId ?? '', kind.submittedAt?.toISOString() ?? '']),
    ),
  ];
  const body = Buffer.from(stringify(records, { bom: true, record_delimiter: 'windows', escape_formulas: true }), 'utf8');
  return { body, contentType: 'text/csv; charset=utf-8', fileName };
}
