import type {
  ActivityKind,
  AgeBand,
  Education,
  IndicatorMeasure,
  LabourStatus,
  PartnerFileKind,
  ResultType,
  Sex,
  SupportKind,
} from '@razem/contract';

/** The contract's codes (docs/interfaces.md), re-exported for the definitions written against them. */
export type { ActivityKind, IndicatorMeasure, PartnerFileKind, SupportKind };

/**
 * The shape of a programme's structure as data: what `hub init` loads and what the synthetic
 * generator writes partner files against. Codes here are the stable identifiers used in partner
 * files, GraphQL dimension keys and exports; names are the Polish labels shown to people.
 */

export type PartnerCode = string;

/** A filter inside an indicator formula; same vocabulary as the GraphQL AnalyticsFilter. */
export interface IndicatorFilterDefinition {
  partners?: string[];
  tasks?: string[];
  activities?: string[];
  activityKinds?: ActivityKind[];
  sexes?: Sex[];
  ageBands?: AgeBand[];
  labourStatuses?: LabourStatus[];
  educations?: Education[];
  resultTypes?: ResultType[];
  supportKinds?: SupportKind[];
}

export interface IndicatorTerm {
  measure: IndicatorMeasure;
  filter?: IndicatorFilterDefinition;
}

/** One month of a planned trajectory: the cumulative value the programme plans to have reached by its end. */
export interface PlannedPoint {
  /** YYYY-MM. */
  month: string;
  planned: number;
}

/** An indicator's plan over time: cumulative planned values, month by month (months without a point carry the last one on). */
export interface PlannedTrajectory {
  /** True when the plan is not in the programme's own definition but set for illustration. */
  illustrative: boolean;
  points: PlannedPoint[];
}

export interface IndicatorDefinition {
  code: string;
  name: string;
  description: string;
  numerator: IndicatorTerm;
  /** Absent for counts; present for rates (value = numerator ÷ denominator). */
  denominator?: IndicatorTerm;
  target: number | null;
  /** True when the target is not in the programme's own definition but set for illustration. */
  targetIllustrative: boolean;
  /** Whether the target is a floor to reach (default) or a ceiling to stay under (a dropout rate). */
  direction?: 'AT_LEAST' | 'AT_MOST';
  /** The planned trajectory towards the target, when the programme sets one. */
  plan?: PlannedTrajectory;
  unit: 'COUNT' | 'RATE' | 'HOURS';
}

export interface PartnerDefinition {
  code: PartnerCode;
  name: string;
  shortName: string;
  role: 'LEADER' | 'PARTNER';
}

export interface TaskDefinition {
  code: string;
  name: string;
  partner: PartnerCode;
}

export interface ActivityDefinition {
  code: string;
  name: string;
  kind: ActivityKind;
  partner: PartnerCode;
  task: string;
  venue: string;
  organiser: string;
  /** The code this activity carries in its partner's files (`warsztat`, `zajecia`, `kurs`). */
  fileCode: string;
}

export interface EventDefinition {
  code: string;
  name: string;
  date: string;
  venue: string;
  description: string;
  /** Audience size; null when the source does not give it. */
  audience: number | null;
  audienceIllustrative: boolean;
}

export interface SiteDefinition {
  code: string;
  name: string;
  description: string;
  redevelopedOn: string | null;
}

export interface MediaMentionDefinition {
  code: string;
  outlet: string;
  title: string;
  publishedOn: string | null;
}

export interface ProgrammeDefinition {
  code: string;
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  /** True when participant-level data for this programme is generated, not real. */
  syntheticParticipants: boolean;
  targetParticipants: number;
  /**
   * Each partner owes each of its file kinds every month: the export made after the month ends, by this
   * day of the following month (1–28). Absent: 10.
   */
  submissionDueDay?: number;
  partners: PartnerDefinition[];
  tasks: TaskDefinition[];
  activities: ActivityDefinition[];
  /**
   * The participant code every partner file uses (the register's key), as a regular expression over the whole
   * value, and its description for error messages. The pilot: `^RDR-\\d{3,}$`, "RDR- and three or more digits".
   */
  participantCode: { pattern: string; description: string };
  /** The kinds of material support this programme gives, with the activity each is given in. */
  supportKinds: SupportKindDefinition[];
  /** Each partner's file layouts: what its own exports look like and which unified record each feeds. */
  fileLayouts: FileLayout[];
  events: EventDefinition[];
  sites: SiteDefinition[];
  mediaMentions: MediaMentionDefinition[];
  indicators: IndicatorDefinition[];
}

/** A kind of material support (equipment, examinations, allowances) a programme gives. */
export interface SupportKindDefinition {
  /** Stable code: the SUPPORT_KIND dimension key and filter value (the pilot keeps CISI's `rodzaj` codes). */
  code: string;
  name: { pl: string; en: string };
  /** The activity the support is given in (support rows carry no activity of their own). */
  activity: string;
}

/** The unified records a partner file can feed. */
export const UNIFIED_RECORDS = ['register', 'attendance', 'childcare', 'results', 'support', 'exams'] as const;
export type UnifiedRecord = (typeof UNIFIED_RECORDS)[number];

/**
 * The fields of each unified record a layout maps to its file's column names. A participant is named by
 * `participantCode` or, where a partner only knows it, by `pesel` (stored only as an HMAC, linked to the
 * register); a layout maps exactly one of them, except the register, which maps both.
 */
export interface RecordFields {
  register: 'participantCode' | 'pesel' | 'entryDate' | 'exitDate' | 'exitReason' | 'labourStatus' | 'education';
  attendance: 'participantCode' | 'pesel' | 'activity' | 'date' | 'sessionLength' | 'status';
  childcare: 'participantCode' | 'pesel' | 'date' | 'children' | 'hours';
  results: 'participantCode' | 'pesel' | 'date' | 'result';
  support: 'participantCode' | 'pesel' | 'date' | 'supportKind' | 'quantity' | 'description';
  exams: 'participantCode' | 'pesel' | 'activity' | 'date' | 'outcome' | 'certificateNumber';
}

/** Which of a record's fields may be left unmapped (absent from the partner's export). */
export const OPTIONAL_RECORD_FIELDS: { readonly [R in UnifiedRecord]: readonly RecordFields[R][] } = {
  register: [],
  attendance: [],
  childcare: [],
  results: [],
  support: ['description'],
  exams: [],
};

/** The hub's values a layout's code maps translate a partner's own codes to. */
export interface CodeMapTargets {
  /** attendance `status` */
  status: 'PRESENT' | 'ABSENT' | 'EXCUSED';
  /** register `exitReason` (an empty cell: still in the programme) */
  exitReason: 'COMPLETED' | 'DROPPED_OUT';
  /** register `labourStatus` */
  labourStatus: 'UNEMPLOYED' | 'INACTIVE' | 'EMPLOYED';
  /** register `education` (ISCED bands follow: PRIMARY, LOWER_SECONDARY → 0–2; UPPER_, POST_SECONDARY → 3–4; TERTIARY → 5–8) */
  education: 'PRIMARY' | 'LOWER_SECONDARY' | 'UPPER_SECONDARY' | 'POST_SECONDARY' | 'TERTIARY';
  /** results `result` */
  result: 'EMPLOYED' | 'SELF_EMPLOYED' | 'IN_EDUCATION' | 'JOB_SEEKING';
  /** exams `outcome` (PASSED needs a certificate number, FAILED must have none) */
  outcome: 'PASSED' | 'FAILED';
  /** support `supportKind`: a code of the programme's `supportKinds` */
  supportKind: string;
}

/** Date spellings a layout may declare. */
export const LAYOUT_DATE_FORMATS = ['YYYY-MM-DD', 'DD.MM.YYYY', 'DD/MM/YYYY', 'DD-MM-YYYY'] as const;
export type LayoutDateFormat = (typeof LAYOUT_DATE_FORMATS)[number];

/**
 * One partner's file layout, as data: the file is read by its header (column order may vary), the mapped
 * columns are validated and stored as the unified record, `dropColumns` are never read (names and other
 * personal data), and any other column is ignored and never stored.
 */
export interface FileLayout {
  /** The kind code partners name on import (`hub import --kind`, `POST /imports/{kind}`); unique in the programme. */
  kind: string;
  partner: PartnerCode;
  record: UnifiedRecord;
  /** csv: delimited text; xlsx: the first worksheet (or `sheet`), first row the header. */
  format: 'csv' | 'xlsx';
  /** CSV only. */
  delimiter?: ';' | ',' | '\t' | '|';
  /** CSV only: the encodings the partner's system writes (read as docs/interfaces.md §3 says: `--encoding`, else detected). */
  encodings?: readonly ('utf-8' | 'windows-1250')[];
  /** XLSX only: the worksheet's name (default: the first). */
  sheet?: string;
  /** How text dates are written (XLSX date cells are read as dates whatever this says). */
  dateFormat: LayoutDateFormat;
  /** Decimal separator of text numbers: '.', ',' or either (the pilot accepts 1.5 and 1,5). */
  decimalSeparator: '.' | ',' | 'either';
  /** record field → the file's column name; each column at most once. */
  columns: Partial<Record<RecordFields[UnifiedRecord], string>>;
  /** Columns the partner's export carries that must never be read (personal names): dropped unread. */
  dropColumns: readonly string[];
  /** attendance only: what the `sessionLength` column counts. */
  sessionLength?: { unit: 'HOURS' | 'MINUTES' | 'LESSON_HOURS'; /** LESSON_HOURS: minutes per lesson (ZDZ: 45). */ lessonMinutes?: number };
  /** The partner's own codes, per coded field, mapped to the hub's values (see CodeMapTargets). */
  codes: { [F in keyof CodeMapTargets]?: Record<string, CodeMapTargets[F]> };
  /** childcare only: the activity childcare is recorded under. */
  activity?: string;
}

/** The file kinds a partner sends: those of the definition's layouts naming it, in the definition's order. */
export function fileKindsOf(definition: Pick<ProgrammeDefinition, 'fileLayouts'>, partner: PartnerCode): string[] {
  return definition.fileLayouts.filter((layout) => layout.partner === partner).map((layout) => layout.kind);
}
