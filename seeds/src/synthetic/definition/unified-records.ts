import type { CodeMapTargets, UnifiedRecord } from '../../programme-definition.js';

/**
 * The unified records a programme's partner files feed, in the hub's own terms (ISO dates, hub codes,
 * activity codes, session length in minutes): what the generator draws, what a layout writes out in a
 * partner's spelling, and what tests count expected figures from. Every record names its person by both
 * programme code and PESEL; a layout writes whichever its partner knows.
 */
interface PersonKey {
  participantCode: string;
  pesel: string;
  /** Never stored by the hub: written only into a layout's dropped columns, as partners' exports carry it. */
  fullName: string;
}

export interface RegisterRecord extends PersonKey {
  entryDate: string;
  exitDate: string | null;
  exitReason: CodeMapTargets['exitReason'] | null;
  labourStatus: CodeMapTargets['labourStatus'];
  education: CodeMapTargets['education'];
}

export interface AttendanceRecord extends PersonKey {
  activity: string;
  date: string;
  /** The session's length; every record of one (activity, date) has the same. */
  sessionMinutes: number;
  status: CodeMapTargets['status'];
}

export interface ChildcareRecord extends PersonKey {
  date: string;
  children: number;
  hours: number;
}

export interface ResultRecord extends PersonKey {
  date: string;
  result: CodeMapTargets['result'];
}

export interface SupportRecord extends PersonKey {
  date: string;
  supportKind: string;
  quantity: number;
  description: string;
}

export interface ExamRecord extends PersonKey {
  activity: string;
  date: string;
  outcome: CodeMapTargets['outcome'];
  certificateNumber: string | null;
}

export interface UnifiedRecords {
  register: RegisterRecord[];
  attendance: AttendanceRecord[];
  childcare: ChildcareRecord[];
  results: ResultRecord[];
  support: SupportRecord[];
  exams: ExamRecord[];
}

/** One record of the given kind. */
export type UnifiedRecordOf<R extends UnifiedRecord> = UnifiedRecords[R][number];
