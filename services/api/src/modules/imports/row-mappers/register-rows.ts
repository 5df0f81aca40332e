import { EducationLevel, ExitReason, LabourStatus } from '../../participant/participant-attributes.js';
import { FieldError, readCode, readDate, requireDateWithin } from '../field-readers.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';

const EXIT_REASONS = { UKONCZENIE: ExitReason.COMPLETED, REZYGNACJA: ExitReason.DROPPED_OUT } as const;
const LABOUR_STATUSES = {
  BEZROBOTNY: LabourStatus.UNEMPLOYED,
  BIERNY: LabourStatus.INACTIVE,
  PRACUJACY: LabourStatus.EMPLOYED,
} as const;
const EDUCATION_LEVELS = {
  PODSTAWOWE: EducationLevel.PRIMARY,
  GIMNAZJALNE: EducationLevel.LOWER_SECONDARY,
  PONADGIMNAZJALNE: EducationLevel.UPPER_SECONDARY,
  POLICEALNE: EducationLevel.POST_SECONDARY,
  WYZSZE: EducationLevel.TERTIARY,
} as const;

const PARTICIPANT_CODE = /^RDR-\d{3,}$/;

/** mops-register: one participant per line; sex and birth date come from the PESEL. */
export function createRegisterRowMapper(lookups: ImportLookups) {
  return (row: RowReader): unknown[] | undefined => {
    const code = row.read('kod_uczestnika', (raw) => {
      if (!PARTICIPANT_CODE.test(raw)) throw new FieldError('kod_uczestnika', raw, 'a participant code is RDR- and three or more digits', 'INVALID_CODE');
      return raw;
    });
    const pesel = row.pesel('pesel');
    const entryDate = row.dateInProgramme('data_przystapienia');
    const exitDate = row.read('data_zakonczenia', (raw) => {
      if (raw === '') return null;
      const date = readDate('data_zakonczenia', raw, 'iso');
      requireDateWithin('data_zakonczenia', raw, date, lookups.programme.startDate, lookups.programme.endDate, 'the programme period');
      return date;
    });
    const exitReason = row.read('powod_zakonczenia', (raw) => (raw === '' ? null : readCode('powod_zakonczenia', raw, EXIT_REASONS)));
    const labourStatus = row.read('status_na_rynku_pracy', (raw) => readCode('status_na_rynku_pracy', raw, LABOUR_STATUSES));
    const educationLevel = row.read('wyksztalcenie', (raw) => readCode('wyksztalcenie', raw, EDUCATION_LEVELS));

    if (exitDate !== undefined && exitReason !== undefined) {
      if (exitDate !== null && exitReason === null) {
        row.fail('powod_zakonczenia', 'an exit date needs an exit reason (UKONCZENIE or REZYGNACJA)', 'EXIT_REASON_MISSING');
      } else if (exitDate === null && exitReason !== null) {
        row.fail('data_zakonczenia', 'an exit reason needs an exit date', 'EXIT_DATE_MISSING');
      }
    }
    if (entryDate && exitDate && exitDate < entryDate) {
      row.fail('data_zakonczenia', `exit date is before the entry date ${entryDate}`, 'EXIT_BEFORE_ENTRY');
    }
    if (pesel && entryDate && pesel.birthDate >= entryDate) {
      row.errors.push({
        line: row.line,
        column: 'pesel',
        value: '',
        reason: `the birth date in the PESEL (${pesel.birthDate}) is not before the entry date`,
        code: 'BIRTH_AFTER_ENTRY',
      });
    }
    if (row.errors.length) return undefined;
    return [code, pesel!.hash, pesel!.sex, pesel!.birthDate, entryDate, exitDate, exitReason, labourStatus, educationLevel];
  };
}
