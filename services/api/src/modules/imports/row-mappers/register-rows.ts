import type { EducationLevel, ExitReason, LabourStatus } from '../../../codes/participant-attributes.js';
import { FieldError, readCode, readDate, requireDateWithin } from '../field-readers.js';
import type { PreparedLayout } from '../file-layouts.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';
import { codeMap } from './code-maps.js';

/** The register: one participant per line; sex and birth date come from the PESEL. */
export function createRegisterRowMapper(layout: PreparedLayout, lookups: ImportLookups) {
  const column = layout.columns as Record<'participantCode' | 'pesel' | 'entryDate' | 'exitDate' | 'exitReason' | 'labourStatus' | 'education', string>;
  const exitReasons = codeMap<ExitReason>(layout, 'exitReason');
  const labourStatuses = codeMap<LabourStatus>(layout, 'labourStatus');
  const educationLevels = codeMap<EducationLevel>(layout, 'education');
  const exitReasonCodes = Object.keys(exitReasons).join(' or ');
  const format = lookups.participantCode;
  return (row: RowReader): unknown[] | undefined => {
    const code = row.read(column.participantCode, (raw) => {
      if (format && !format.pattern.test(raw)) {
        throw new FieldError(column.participantCode, raw, `a participant code is ${format.description}`, 'INVALID_CODE');
      }
      return raw;
    });
    const pesel = row.pesel(column.pesel);
    const entryDate = row.dateInProgramme(column.entryDate);
    const exitDate = row.read(column.exitDate, (raw) => {
      if (raw === '') return null;
      const date = readDate(column.exitDate, raw, layout.dateFormat);
      requireDateWithin(column.exitDate, raw, date, lookups.programme.startDate, lookups.programme.endDate, 'the programme period');
      return date;
    });
    const exitReason = row.read(column.exitReason, (raw) => (raw === '' ? null : readCode(column.exitReason, raw, exitReasons)));
    const labourStatus = row.read(column.labourStatus, (raw) => readCode(column.labourStatus, raw, labourStatuses));
    const educationLevel = row.read(column.education, (raw) => readCode(column.education, raw, educationLevels));

    if (exitDate !== undefined && exitReason !== undefined) {
      if (exitDate !== null && exitReason === null) {
        row.fail(column.exitReason, `an exit date needs an exit reason (${exitReasonCodes})`, 'EXIT_REASON_MISSING');
      } else if (exitDate === null && exitReason !== null) {
        row.fail(column.exitDate, 'an exit reason needs an exit date', 'EXIT_DATE_MISSING');
      }
    }
    if (entryDate && exitDate && exitDate < entryDate) {
      row.fail(column.exitDate, `exit date is before the entry date ${entryDate}`, 'EXIT_BEFORE_ENTRY');
    }
    if (pesel && entryDate && pesel.birthDate >= entryDate) {
      row.errors.push({
        line: row.line,
        column: column.pesel,
        value: '',
        reason: `the birth date in the PESEL (${pesel.birthDate}) is not before the entry date`,
        code: 'BIRTH_AFTER_ENTRY',
      });
    }
    if (row.errors.length) return undefined;
    return [code, pesel!.hash, pesel!.sex, pesel!.birthDate, entryDate, exitDate, exitReason, labourStatus, educationLevel];
  };
}
