/**
 * The tables each family of analytics answers is computed from. A write to any of them must raise
 * the programme's data version (analytics_rollup_state.version), which the answer cache and the HTTP
 * response cache key on; `analytics/source-tables.test.ts` reads pg_trigger and proves that every one
 * of them has a version-raising trigger for each kind of write, enabled ALWAYS (bulk imports write
 * with session_replication_role = replica, which skips ordinary triggers). A new fact source names its
 * tables here, and a migration adds their triggers.
 */
export const ANSWER_SOURCE_TABLES = {
  /** Dimensions and filters: partners, tasks, activities and their kinds; indicator definitions. */
  structure: ['programme', 'partner', 'task', 'activity', 'indicator'],
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

/** Every table an analytics answer reads. */
export const VERSIONED_TABLES: readonly string[] = [...new Set(Object.values(ANSWER_SOURCE_TABLES).flat())];
