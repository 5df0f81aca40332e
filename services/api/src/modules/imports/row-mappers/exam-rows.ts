import { FieldError, readCode } from '../field-readers.js';
import type { PreparedLayout } from '../file-layouts.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';
import { codeMap, partnerCodeFor } from './code-maps.js';

/** Exams: a passed exam is a certificate and must carry its number; a failed one must not. */
export function createExamRowMapper(layout: PreparedLayout, _lookups: ImportLookups) {
  const column = layout.columns as Record<'activity' | 'date' | 'outcome' | 'certificateNumber', string>;
  const outcomes = codeMap<'PASSED' | 'FAILED'>(layout, 'outcome');
  const passedCode = partnerCodeFor(outcomes, 'PASSED');
  const failedCode = partnerCodeFor(outcomes, 'FAILED');
  return (row: RowReader): unknown[] | undefined => {
    const participantId = row.participant(layout.participant);
    const activity = row.activity(column.activity);
    const examDate = row.dateInProgramme(column.date);
    const passed = row.read(column.outcome, (raw) => readCode(column.outcome, raw, outcomes) === 'PASSED');
    const number = row.read(column.certificateNumber, (raw) => {
      if (passed === true && raw === '') {
        throw new FieldError(column.certificateNumber, raw, `a passed exam (${passedCode}) needs a certificate number`, 'CERTIFICATE_NUMBER_MISSING');
      }
      if (passed === false && raw !== '') {
        throw new FieldError(column.certificateNumber, raw, `a failed exam (${failedCode}) has no certificate number`, 'UNEXPECTED_CERTIFICATE_NUMBER');
      }
      return raw === '' ? null : raw;
    });
    row.requireWithinParticipation(column.date, participantId, examDate);
    if (row.errors.length) return undefined;
    return [activity!.id, participantId, examDate, passed, number];
  };
}
