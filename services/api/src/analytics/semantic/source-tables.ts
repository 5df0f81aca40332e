/**
 * The tables each family of analytics answers is computed from. A write to any of them must raise
 * the programme's data version (analytics_rollup_state.version), which the answer cache and the HTTP
 * response cache key on; `analytics/source-tables.test.ts` reads pg_trigger and proves that every one
 * of them has a version-raising trigger for each kind of write, enabled ALWAYS (bulk imports write
 * with session_replication_role = replica, which skips ordinary triggers). A new fact source names its
 * tables here, with how a row leads to its programme (PROGRAMME_OF_ROW); the hub (re)installs their
 * triggers from these declarations whenever it migrates a database (rollups/version-triggers.ts).
 */
export const ANSWER_SOURCE_TABLES = {
  /** Dimensions and filters: partners, tasks, activities and their kinds; indicator definitions. */
  structure: ['programme', 'partner', 'task', 'activity', 'indicator', 'support_kind'],
  /** PARTICIPANTS, COMPLETIONS, DROPOUTS and every participant dimension. */
  participants: ['participant'],
  /** SESSIONS, ATTENDANCES, ATTENDANCE_RECORDS, ATTENDANCE_HOURS, ATTENDANCE_RATE, ACTIVE_PARTICIPANTS. */
  attendance: ['session', 'attendance'],
  /** CERTIFICATES, CERTIFIED_PARTICIPANTS. */
  exams: ['exam_result'],
  /** RESULTS and the RESULT_TYPE dimension. */
  results: ['participant_result'],
  /** CHILDCARE_HOURS. */
  childcare: ['childcare'],
  /** SUPPORT_ITEMS and the SUPPORT_KIND dimension. */
  support: ['support_item'],
  /** The indicators' structural counts: SITES, EVENTS, MEDIA_MENTIONS. */
  structuralCounts: ['site', 'programme_event', 'media_mention'],
} as const satisfies Record<string, readonly string[]>;

/** A table an analytics answer reads. */
export type VersionedTable = (typeof ANSWER_SOURCE_TABLES)[keyof typeof ANSWER_SOURCE_TABLES][number];

/** Every table an analytics answer reads. */
export const VERSIONED_TABLES: readonly VersionedTable[] = [...new Set(Object.values(ANSWER_SOURCE_TABLES).flat())];

/**
 * How a written row names the programme whose version it raises: its own id (`programme`), its
 * `programme_id` column, or through its `activity_id` or `participant_id`. Attendance, the one big
 * table, has none: its rollup-maintenance triggers raise the version as they mark its participants
 * pending, so its transition tables are read once (migration 20261130500000).
 */
export const PROGRAMME_OF_ROW: Record<VersionedTable, 'programme' | 'programme_id' | 'activity' | 'participant' | 'rollup maintenance'> = {
  programme: 'programme',
  partner: 'programme_id',
  task: 'programme_id',
  activity: 'programme_id',
  indicator: 'programme_id',
  support_kind: 'programme_id',
  participant: 'programme_id',
  session: 'activity',
  attendance: 'rollup maintenance',
  exam_result: 'programme_id',
  participant_result: 'participant',
  childcare: 'participant',
  support_item: 'participant',
  site: 'programme_id',
  programme_event: 'programme_id',
  media_mention: 'programme_id',
};
