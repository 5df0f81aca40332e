import type { UnifiedRecord } from '@razem/seeds';
import type { PreparedLayout } from './file-layouts.js';
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
import type { RowReader } from './row-reader.js';
import { createAttendanceRowMapper } from './row-mappers/attendance-rows.js';
import { createChildcareRowMapper } from './row-mappers/childcare-rows.js';
import { createExamRowMapper } from './row-mappers/exam-rows.js';
import { createRegisterRowMapper } from './row-mappers/register-rows.js';
import { createResultRowMapper } from './row-mappers/result-rows.js';
import { createSupportRowMapper } from './row-mappers/support-rows.js';

/** Maps one row to its staged values (target.staging order), or records errors and returns undefined. */
export type RowMapper = (row: RowReader) => unknown[] | undefined;

export interface RecordImport {
  target: ImportTarget;
  /** Called once per file: everything the layout decides is resolved here, not per row. */
  createMapper: (layout: PreparedLayout, lookups: ImportLookups) => RowMapper;
}

/** What each unified record becomes: the target it merges into and how a layout's rows map to it. */
export const RECORD_IMPORTS: Readonly<Record<UnifiedRecord, RecordImport>> = {
  register: { target: participantTarget, createMapper: createRegisterRowMapper },
  attendance: { target: attendanceTarget, createMapper: createAttendanceRowMapper },
  childcare: { target: childcareTarget, createMapper: createChildcareRowMapper },
  results: { target: resultTarget, createMapper: createResultRowMapper },
  support: { target: supportTarget, createMapper: createSupportRowMapper },
  exams: { target: examTarget, createMapper: createExamRowMapper },
};
