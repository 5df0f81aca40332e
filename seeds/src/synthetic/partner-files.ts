import type { PartnerFileKind } from '../programme-definition.js';
import { listCisiAttendanceRows, listCisiSupportRows } from './cisi-rows.js';
import type { CohortPlan } from './cohort-plan.js';
import type { FileEncoding } from './csv-writer.js';
import { listChildcareRows, listRegisterRows, listResultRows, listWorkshopRows } from './mops-rows.js';
import { listZdzAttendanceRows, listZdzExamRows } from './zdz-rows.js';

/**
 * How each partner file is written, per the contract (interfaces.md §3). MOPS and ZDZ export from
 * Windows (CRLF); ZDZ's system writes Windows-1250; only the register carries a UTF-8 BOM, so importers
 * meet both the BOM and the BOM-less case.
 */
export interface PartnerFileSpec {
  kind: PartnerFileKind;
  partner: 'MOPS' | 'CISI' | 'ZDZ';
  fileName: string;
  delimiter: ',' | ';';
  encoding: FileEncoding;
  lineEnding: '\r\n' | '\n';
  bom: boolean;
  header: readonly string[];
  /** The file's rows contributed by one cohort. */
  listRows(plan: CohortPlan): Iterable<string[]>;
}

const mops = { partner: 'MOPS', delimiter: ';', encoding: 'utf-8', lineEnding: '\r\n', bom: false } as const;
const cisi = { partner: 'CISI', delimiter: ',', encoding: 'utf-8', lineEnding: '\n', bom: false } as const;
// Exams hold no letters outside ASCII, but come from the same ZDZ system as the attendance lists.
const zdz = { partner: 'ZDZ', delimiter: ';', encoding: 'windows-1250', lineEnding: '\r\n', bom: false } as const;

/** Every partner file, in import order: the register first, since every other file refers to it. */
export const PARTNER_FILE_SPECS: readonly PartnerFileSpec[] = [
  {
    ...mops,
    kind: 'mops-register',
    fileName: 'mops-register.csv',
    bom: true,
    header: ['kod_uczestnika', 'pesel', 'data_przystapienia', 'data_zakonczenia', 'powod_zakonczenia', 'status_na_rynku_pracy', 'wyksztalcenie'],
    listRows: listRegisterRows,
  },
  {
    ...mops,
    kind: 'mops-workshops',
    fileName: 'mops-workshops.csv',
    header: ['kod_uczestnika', 'warsztat', 'data', 'godziny', 'obecnosc'],
    listRows: listWorkshopRows,
  },
  {
    ...mops,
    kind: 'mops-childcare',
    fileName: 'mops-childcare.csv',
    header: ['kod_uczestnika', 'data', 'liczba_dzieci', 'godziny'],
    listRows: listChildcareRows,
  },
  {
    ...mops,
    kind: 'mops-results',
    fileName: 'mops-results.csv',
    header: ['kod_uczestnika', 'data', 'rezultat'],
    listRows: listResultRows,
  },
  {
    ...cisi,
    kind: 'cisi-attendance',
    fileName: 'cisi-attendance.csv',
    header: ['uczestnik', 'zajecia', 'data', 'czas_min', 'obecny'],
    listRows: listCisiAttendanceRows,
  },
  {
    ...cisi,
    kind: 'cisi-support',
    fileName: 'cisi-support.csv',
    header: ['uczestnik', 'data', 'rodzaj', 'ilosc', 'opis'],
    listRows: listCisiSupportRows,
  },
  {
    ...zdz,
    kind: 'zdz-attendance',
    fileName: 'zdz-attendance.csv',
    header: ['pesel', 'nazwisko', 'imie', 'kurs', 'data', 'godz_lekcyjne', 'obecnosc'],
    listRows: listZdzAttendanceRows,
  },
  {
    ...zdz,
    kind: 'zdz-exams',
    fileName: 'zdz-exams.csv',
    header: ['pesel', 'kurs', 'data_egzaminu', 'wynik', 'nr_zaswiadczenia'],
    listRows: listZdzExamRows,
  },
];

/** The attendance file kinds, whose rows together make the "attendance rows" total. */
export const ATTENDANCE_FILE_KINDS: readonly PartnerFileKind[] = ['mops-workshops', 'cisi-attendance', 'zdz-attendance'];
