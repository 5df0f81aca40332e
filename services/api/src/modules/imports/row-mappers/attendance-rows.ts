import type { AttendanceStatus } from '../../attendance/attendance.entity.js';
import { FieldError, readCode, readPositiveDecimal, readPositiveInteger } from '../field-readers.js';
import type { PreparedLayout } from '../file-layouts.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';
import { codeMap } from './code-maps.js';

const MAX_SESSION_HOURS = 24;

/** Minutes kept to 4 decimals, as stored (exact for hours given with up to 4 decimals). */
const roundMinutes = (minutes: number) => Math.round(minutes * 10_000) / 10_000;

/** The session's length in minutes, read in the layout's unit (hours, whole minutes, or lesson hours of so many minutes). */
function minutesReader(layout: PreparedLayout, column: string): (raw: string) => number {
  const { unit, lessonMinutes = 45 } = layout.sessionLength!;
  if (unit === 'MINUTES') return (raw) => readPositiveInteger(column, raw, MAX_SESSION_HOURS * 60);
  if (unit === 'LESSON_HOURS') return (raw) => readPositiveDecimal(column, raw, (MAX_SESSION_HOURS * 60) / lessonMinutes, layout.decimalSeparator) * lessonMinutes;
  return (raw) => readPositiveDecimal(column, raw, MAX_SESSION_HOURS, layout.decimalSeparator) * 60;
}

/**
 * Attendance rows of any partner. A session is (activity, date): every row of one session must
 * give the same length, so the first line seen for a session sets it for the rest of the file.
 */
export function createAttendanceRowMapper(layout: PreparedLayout, _lookups: ImportLookups) {
  const column = layout.columns as Record<'activity' | 'date' | 'sessionLength' | 'status', string>;
  const readMinutes = minutesReader(layout, column.sessionLength);
  const statuses = codeMap<AttendanceStatus>(layout, 'status');
  const sessionLengths = new Map<string, { minutes: number; line: number; raw: string }>();
  return (row: RowReader): unknown[] | undefined => {
    const participantId = row.participant(layout.participant);
    const activity = row.activity(column.activity);
    const date = row.dateInProgramme(column.date);
    const minutes = row.read(column.sessionLength, (raw) => roundMinutes(readMinutes(raw)));
    const status = row.read(column.status, (raw) => readCode(column.status, raw, statuses));
    row.requireWithinParticipation(column.date, participantId, date);
    if (activity && date && minutes !== undefined) {
      const key = `${activity.id}|${date}`;
      const first = sessionLengths.get(key);
      if (!first) {
        sessionLengths.set(key, { minutes, line: row.line, raw: row.raw(column.sessionLength) });
      } else if (first.minutes !== minutes) {
        row.read(column.sessionLength, (raw) => {
          throw new FieldError(
            column.sessionLength,
            raw,
            `session ${activity.code} on ${date} has ${first.raw} on line ${first.line}; all rows of one session must agree`,
            'SESSION_HOURS_MISMATCH',
          );
        });
      }
    }
    if (row.errors.length) return undefined;
    return [activity!.id, date, minutes, participantId, status, row.raw(column.sessionLength)];
  };
}
