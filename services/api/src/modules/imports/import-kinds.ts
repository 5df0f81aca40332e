import type { ImportLookups } from './import-lookups.js';
import {
  attendanceTarget,
  childcareTarget,
  examTarget,
  participantTarget,
  resultTarget,
  supportTarget,
  type ImportTarget,
} from './import-targets.js';
import type { PartnerFileKind } from './partner-file-kinds.js';
import type { RowReader } from './row-reader.js';
import {
  type AttendanceLayout,
  cisiAttendanceLayout,
  createAttendanceRowMapper,
  mopsWorkshopLayout,
  zdzAttendanceLayout,
} from './row-mappers/attendance-rows.js';
import { createSupportRowMapper } from './row-mappers/cisi-support-rows.js';
import { createChildcareRowMapper, createResultRowMapper } from './row-mappers/mops-rows.js';
import { createRegisterRowMapper } from './row-mappers/register-rows.js';
import { createExamRowMapper } from './row-mappers/zdz-exam-rows.js';

/** Maps one row to its staged values (target.staging order), or records errors and returns undefined. */
export type RowMapper = (row: RowReader) => unknown[] | undefined;

export interface ImportKind {
  target: ImportTarget;
  createMapper: (lookups: ImportLookups) => RowMapper;
  /** The file's own names for staged columns, so whole-file checks name what the partner wrote. */
  fileColumns: Readonly<Record<string, string>>;
}

const attendanceKind = (layout: AttendanceLayout): ImportKind => ({
  target: attendanceTarget,
  createMapper: (lookups) => createAttendanceRowMapper(layout, lookups),
  fileColumns: { hours: layout.hoursColumn },
});

/** What each partner file kind becomes: the target it merges into and how its rows map. */
export const IMPORT_KINDS: Readonly<Record<PartnerFileKind, ImportKind>> = {
  'mops-register': { target: participantTarget, createMapper: createRegisterRowMapper, fileColumns: {} },
  'mops-workshops': attendanceKind(mopsWorkshopLayout),
  'mops-childcare': { target: childcareTarget, createMapper: createChildcareRowMapper, fileColumns: {} },
  'mops-results': { target: resultTarget, createMapper: createResultRowMapper, fileColumns: {} },
  'cisi-attendance': attendanceKind(cisiAttendanceLayout),
  'cisi-support': { target: supportTarget, createMapper: createSupportRowMapper, fileColumns: {} },
  'zdz-attendance': attendanceKind(zdzAttendanceLayout),
  'zdz-exams': { target: examTarget, createMapper: createExamRowMapper, fileColumns: { date: 'data_egzaminu' } },
};
