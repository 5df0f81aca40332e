import { PARTNER_FILE_FORMATS, type PartnerCode, type PartnerFileKind } from '@razem/contract';
import { listCisiAttendanceRows, listCisiSupportRows } from './cisi-rows.js';
import type { CohortPlan } from './cohort-plan.js';
import type { FileEncoding } from './csv-writer.js';
import { listChildcareRows, listRegisterRows, listResultRows, listWorkshopRows } from './mops-rows.js';
import { listZdzAttendanceRows, listZdzExamRows } from './zdz-rows.js';

/**
 * How each partner file is written, per the contract (docs/interfaces.md §3). MOPS and ZDZ export from
 * Windows (CRLF); ZDZ's system writes Windows-1250; only the register carries a UTF-8 BOM, so importers
 * meet both the BOM and the BOM-less case.
 */
export interface PartnerFileSpec {
  kind: PartnerFileKind;
  partner: PartnerCode;
  fileName: string;
  delimiter: ',' | ';';
  encoding: FileEncoding;
  lineEnding: '\r\n' | '\n';
  bom: boolean;
  header: readonly string[];
  /** The file's rows contributed by one cohort. */
  listRows(plan: CohortPlan): Iterable<string[]>;
}

const mops = { encoding: 'utf-8', lineEnding: '\r\n', bom: false } as const;
const cisi = { encoding: 'utf-8', lineEnding: '\n', bom: false } as const;
// Exams hold no letters outside ASCII, but come from the same ZDZ system as the attendance lists.
const zdz = { encoding: 'windows-1250', lineEnding: '\r\n', bom: false } as const;

/** The partner, delimiter and header the contract gives `kind`. */
const contractFormat = (kind: PartnerFileKind) => {
  const { partner, delimiter, header } = PARTNER_FILE_FORMATS[kind];
  return { kind, partner, delimiter, header };
};

/** Every partner file, in import order: the register first, since every other file refers to it. */
export const PARTNER_FILE_SPECS: readonly PartnerFileSpec[] = [
  {
    ...mops,
    ...contractFormat('mops-register'),
    fileName: 'mops-register.csv',
    bom: true,
    listRows: listRegisterRows,
  },
  {
    ...mops,
    ...contractFormat('mops-workshops'),
    fileName: 'mops-workshops.csv',
    listRows: listWorkshopRows,
  },
  {
    ...mops,
    ...contractFormat('mops-childcare'),
    fileName: 'mops-childcare.csv',
    listRows: listChildcareRows,
  },
  {
    ...mops,
    ...contractFormat('mops-results'),
    fileName: 'mops-results.csv',
    listRows: listResultRows,
  },
  {
    ...cisi,
    ...contractFormat('cisi-attendance'),
    fileName: 'cisi-attendance.csv',
    listRows: listCisiAttendanceRows,
  },
  {
    ...cisi,
    ...contractFormat('cisi-support'),
    fileName: 'cisi-support.csv',
    listRows: listCisiSupportRows,
  },
  {
    ...zdz,
    ...contractFormat('zdz-attendance'),
    fileName: 'zdz-attendance.csv',
    listRows: listZdzAttendanceRows,
  },
  {
    ...zdz,
    ...contractFormat('zdz-exams'),
    fileName: 'zdz-exams.csv',
    listRows: listZdzExamRows,
  },
];

/** The attendance file kinds, whose rows together make the "attendance rows" total. */
export const ATTENDANCE_FILE_KINDS: readonly PartnerFileKind[] = ['mops-workshops', 'cisi-attendance', 'zdz-attendance'];
