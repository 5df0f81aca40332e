import { ResultType } from '../../result/result-type.js';
import { FieldError, readCode, readPositiveDecimal, readPositiveInteger } from '../field-readers.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';

const RESULT_TYPES = {
  ZATRUDNIENIE: ResultType.EMPLOYED,
  SAMOZATRUDNIENIE: ResultType.SELF_EMPLOYED,
  KSZTALCENIE: ResultType.IN_EDUCATION,
  POSZUKIWANIE_PRACY: ResultType.JOB_SEEKING,
} as const;

/** mops-childcare: hours of care for a participant's children on one day, at the community centre. */
export function createChildcareRowMapper(lookups: ImportLookups) {
  return (row: RowReader): unknown[] | undefined => {
    const participantId = row.participantByCode('kod_uczestnika');
    const date = row.dateInProgramme('data');
    const children = row.read('liczba_dzieci', (raw) => readPositiveInteger('liczba_dzieci', raw, 20));
    const hours = row.read('godziny', (raw) => readPositiveDecimal('godziny', raw, 24));
    row.requireWithinParticipation('data', participantId, date);
    if (lookups.childcareActivityId === null) {
      row.read('kod_uczestnika', (raw) => {
        throw new FieldError('kod_uczestnika', raw, 'the programme names no childcare activity', 'NO_CHILDCARE_ACTIVITY');
      });
    }
    if (row.errors.length) return undefined;
    return [participantId, lookups.childcareActivityId, date, children, hours];
  };
}

/** mops-results: a participant's situation at or after exit, up to 6 months after the programme. */
export function createResultRowMapper(lookups: ImportLookups) {
  return (row: RowReader): unknown[] | undefined => {
    const participantId = row.participantByCode('kod_uczestnika');
    const date = row.dateInProgramme('data', lookups.programme.resultsUntil);
    const type = row.read('rezultat', (raw) => readCode('rezultat', raw, RESULT_TYPES));
    // A result is the situation at or after exit: only "before entry" is wrong.
    row.requireWithinParticipation('data', participantId, date, false);
    if (row.errors.length) return undefined;
    return [participantId, date, type];
  };
}
