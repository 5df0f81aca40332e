import { FieldError, readPositiveDecimal, readPositiveInteger } from '../field-readers.js';
import type { PreparedLayout } from '../file-layouts.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';

/** Childcare: hours of care for a participant's children on one day, under the layout's activity (MOPS's community centre). */
export function createChildcareRowMapper(layout: PreparedLayout, lookups: ImportLookups) {
  const column = layout.columns as Record<'date' | 'children' | 'hours', string>;
  return (row: RowReader): unknown[] | undefined => {
    const participantId = row.participant(layout.participant);
    const date = row.dateInProgramme(column.date);
    const children = row.read(column.children, (raw) => readPositiveInteger(column.children, raw, 20));
    const hours = row.read(column.hours, (raw) => readPositiveDecimal(column.hours, raw, 24, layout.decimalSeparator));
    row.requireWithinParticipation(column.date, participantId, date);
    if (lookups.childcareActivityId === null) {
      row.read(layout.participant.column, (raw) => {
        throw new FieldError(layout.participant.column, raw, `the programme has no activity ${layout.activity ?? ''} to record childcare under`, 'NO_CHILDCARE_ACTIVITY');
      });
    }
    if (row.errors.length) return undefined;
    return [participantId, lookups.childcareActivityId, date, children, hours];
  };
}
