import { FieldError, readCode } from '../field-readers.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';

const EXAM_RESULTS = { ZDAL: true, NIE_ZDAL: false } as const;

/** zdz-exams: a passed exam is a certificate and must carry its number; a failed one must not. */
export function createExamRowMapper(_lookups: ImportLookups) {
  return (row: RowReader): unknown[] | undefined => {
    const participantId = row.participantByPesel('pesel');
    const activity = row.activity('kurs');
    const examDate = row.dateInProgramme('data_egzaminu');
    const passed = row.read('wynik', (raw) => readCode('wynik', raw, EXAM_RESULTS));
    const number = row.read('nr_zaswiadczenia', (raw) => {
      if (passed === true && raw === '') {
        throw new FieldError('nr_zaswiadczenia', raw, 'a passed exam (ZDAL) needs a certificate number', 'CERTIFICATE_NUMBER_MISSING');
      }
      if (passed === false && raw !== '') {
        throw new FieldError('nr_zaswiadczenia', raw, 'a failed exam (NIE_ZDAL) has no certificate number', 'UNEXPECTED_CERTIFICATE_NUMBER');
      }
      return raw === '' ? null : raw;
    });
    row.requireWithinParticipation('data_egzaminu', participantId, examDate);
    if (row.errors.length) return undefined;
    return [activity!.id, participantId, examDate, passed, number];
  };
}
