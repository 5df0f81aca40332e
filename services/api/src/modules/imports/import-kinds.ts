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

/** What each partner file kind becomes: the target it merges into and how its rows map. */
export const IMPORT_KINDS: Readonly<
  Record<PartnerFileKind, { target: ImportTarget; createMapper: (lookups: ImportLookups) => RowMapper }>
> = {
  'mops-register': { target: participantTarget, createMapper: createRegisterRowMapper },
  'mops-workshops': { target: attendanceTarget, createMapper: (lookups) => createAttendanceRowMapper(mopsWorkshopLayout, lookups) },
  'mops-childcare': { target: childcareTarget, createMapper: createChildcareRowMapper },
  'mops-results': { target: resultTarget, createMapper: createResultRowMapper },
  'cisi-attendance': { target: attendanceTarget, createMapper: (lookups) => createAttendanceRowMapper(cisiAttendanceLayout, lookups) },
  'cisi-support': { target: supportTarget, createMapper: createSupportRowMapper },
  'zdz-attendance': { target: attendanceTarget, createMapper: (lookups) => createAttendanceRowMapper(zdzAttendanceLayout, lookups) },
  'zdz-exams': { target: examTarget, createMapper: createExamRowMapper },
};
