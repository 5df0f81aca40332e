import { AttendanceStatus } from '../../attendance/attendance.entity.js';
import { FieldError, readCode, readPositiveDecimal, readPositiveInteger } from '../field-readers.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';

/** How one partner writes attendance: which columns, how session length and presence are coded. */
export interface AttendanceLayout {
  participant: (row: RowReader) => number | undefined;
  activityColumn: string;
  activityFileCode?: (raw: string) => string;
  hoursColumn: string;
  /** The session's length in minutes, as this partner writes it. */
  readMinutes: (raw: string) => number;
  statusColumn: string;
  statuses: Readonly<Record<string, AttendanceStatus>>;
}

const MAX_SESSION_HOURS = 24;

/** Minutes kept to 4 decimals, as stored (exact for hours given with up to 4 decimals). */
const roundMinutes = (minutes: number) => Math.round(minutes * 10_000) / 10_000;

export const mopsWorkshopLayout: AttendanceLayout = {
  participant: (row) => row.participantByCode('kod_uczestnika'),
  activityColumn: 'warsztat',
  hoursColumn: 'godziny',
  readMinutes: (raw) => readPositiveDecimal('godziny', raw, MAX_SESSION_HOURS) * 60,
  statusColumn: 'obecnosc',
  statuses: { OB: AttendanceStatus.PRESENT, NB: AttendanceStatus.ABSENT, US: AttendanceStatus.EXCUSED },
};

export const cisiAttendanceLayout: AttendanceLayout = {
  participant: (row) => row.participantByCode('uczestnik'),
  activityColumn: 'zajecia',
  hoursColumn: 'czas_min',
  readMinutes: (raw) => readPositiveInteger('czas_min', raw, MAX_SESSION_HOURS * 60),
  statusColumn: 'obecny',
  statuses: { T: AttendanceStatus.PRESENT, N: AttendanceStatus.ABSENT },
};

export const zdzAttendanceLayout: AttendanceLayout = {
  participant: (row) => row.participantByPesel('pesel'),
  activityColumn: 'kurs',
  // ZDZ numbers its courses K01…K10; the hub's activities are ZDZ-K01… with that file code.
  activityFileCode: (raw) => raw,
  hoursColumn: 'godz_lekcyjne',
  // A lesson hour is 45 minutes.
  readMinutes: (raw) => readPositiveDecimal('godz_lekcyjne', raw, (MAX_SESSION_HOURS * 60) / 45) * 45,
  statusColumn: 'obecnosc',
  statuses: { '1': AttendanceStatus.PRESENT, '0': AttendanceStatus.ABSENT },
};

/**
 * Attendance rows of any partner. A session is (activity, date): every row of one session must
 * give the same length, so the first line seen for a session sets it for the rest of the file.
 */
export function createAttendanceRowMapper(layout: AttendanceLayout, _lookups: ImportLookups) {
  const sessionLengths = new Map<string, { minutes: number; line: number; raw: string }>();
  return (row: RowReader): unknown[] | undefined => {
    const participantId = layout.participant(row);
    const activity = row.activity(layout.activityColumn, layout.activityFileCode);
    const date = row.dateInProgramme('data');
    const minutes = row.read(layout.hoursColumn, (raw) => roundMinutes(layout.readMinutes(raw)));
    const status = row.read(layout.statusColumn, (raw) => readCode(layout.statusColumn, raw, layout.statuses));
    row.requireWithinParticipation('data', participantId, date);
    if (activity && date && minutes !== undefined) {
      const key = `${activity.id}|${date}`;
      const first = sessionLengths.get(key);
      if (!first) {
        sessionLengths.set(key, { minutes, line: row.line, raw: row.raw(layout.hoursColumn) });
      } else if (first.minutes !== minutes) {
        row.read(layout.hoursColumn, (raw) => {
          throw new FieldError(
            layout.hoursColumn,
            raw,
            `session ${activity.code} on ${date} has ${first.raw} on line ${first.line}; all rows of one session must agree`,
            'SESSION_HOURS_MISMATCH',
          );
        });
      }
    }
    if (row.errors.length) return undefined;
    return [activity!.id, date, minutes, participantId, status, row.raw(layout.hoursColumn)];
  };
}
