import { rawSql, sql, type SqlFragment } from '../../database/sql-fragment.js';

export type StagingType = 'int' | 'date' | 'numeric' | 'text' | 'bool';

/** The days a REPLACE import covers (inclusive, YYYY-MM-DD); null bounds: the whole programme (the register). */
export interface ReplacePeriod {
  from: string | null;
  to: string | null;
}

/** Per-import values the target SQL needs. */
export interface TargetContext {
  programmeId: number;
  partnerId: number;
  batchId: number;
  /** Set when the import replaces the partner's records of its kind in this period. */
  replacing: ReplacePeriod | null;
  /** The layout's record field → the file's own column name (sessionLength → godziny, czas_min, godz_lekcyjne): problems name what the partner wrote. */
  fileColumns: Readonly<Record<string, string>>;
}

/** A problem found once the whole file is staged (duplicates, clashes with stored data). */
export interface StagedProblem {
  line: number;
  column: string;
  value: string;
  reason: string;
  code: string;
}

/**
 * Where one kind of staged row goes: the staging columns, the table with its natural key, and the
 * checks that need the whole file or the database. The merge itself is generic (staged-merge.ts).
 */
export interface ImportTarget {
  /** The audit log's entity type. */
  entityType: string;
  staging: readonly { name: string; type: StagingType }[];
  /** Staging columns that identify a row: two lines with the same values are duplicates. */
  stagingKey: readonly string[];
  /** How a duplicate is described to the partner. */
  duplicateOf: string;
  table: string;
  keyColumns: readonly string[];
  valueColumns: readonly string[];
  /** The column naming the person a row is about (the register: its own id). */
  participantColumn: string;
  /** The staged (and stored) column whose date places a row in a replace period; null: the register, no period. */
  dateColumn: string | null;
  /**
   * The stored rows of this partner and kind (alias `t`) that a REPLACE import in `period` covers:
   * those the file no longer has are deleted.
   */
  scope(context: { programmeId: number; partnerId: number; period: ReplacePeriod }): SqlFragment;
  /** Columns compared and updated but never copied into the audit log (the PESEL hash). */
  auditHidden?: readonly string[];
  hasUpdatedAt: boolean;
  /** Checks against stored data; each query returns line, column, value, reason, code. */
  checks(context: TargetContext): SqlFragment[];
  /** Writes what the merge source depends on (sessions before attendance). */
  prepare?(context: TargetContext): SqlFragment[];
  /** Rows to merge: key and value columns of `table`, one per staged line, aliased `s`. */
  source(context: TargetContext): SqlFragment;
  /** Joins from `s` (and target `t`) and the expression naming the record in the audit log. */
  auditKey: SqlFragment;
  auditJoins: SqlFragment;
  /**
   * The dates that place a record in a month, for the period lock: the layout field whose file column to name, the date
   * on the merge source `s` or the stored row `t`, and the value columns whose change that date covers
   * (default: every value column). A new row is a change in every one of its months.
   */
  periodDates: readonly { column: string; date: (alias: 's' | 't') => SqlFragment; governs?: readonly string[] }[];
}

/** `expression` within the period (both bounds inclusive; a null bound is open). */
export function withinPeriod(expression: SqlFragment, period: ReplacePeriod): SqlFragment {
  return sql`${expression} between coalesce(${period.from}::date, '-infinity'::date) and coalesce(${period.to}::date, 'infinity'::date)`;
}

const ofPartnerActivity = (partnerId: number) => sql`t.activity_id in (select a.id from activity a where a.partner_id = ${partnerId})`;

/** The record's own date column (the layout's `date` field). */
const ownDate = (name = 'date') => [{ column: 'date', date: (alias: 's' | 't') => rawSql(`${alias}."${name}"`) }];

export const participantTarget: ImportTarget = {
  entityType: 'participant',
  staging: [
    { name: 'code', type: 'text' },
    { name: 'pesel_hash', type: 'text' },
    { name: 'sex', type: 'text' },
    { name: 'birth_date', type: 'date' },
    { name: 'entry_date', type: 'date' },
    { name: 'exit_date', type: 'date' },
    { name: 'exit_reason', type: 'text' },
    { name: 'labour_status', type: 'text' },
    { name: 'education_level', type: 'text' },
  ],
  stagingKey: ['code'],
  duplicateOf: 'the same participant code',
  table: 'participant',
  keyColumns: ['programme_id', 'code'],
  valueColumns: ['pesel_hash', 'sex', 'birth_date', 'entry_date', 'exit_date', 'exit_reason', 'labour_status', 'education_level'],
  auditHidden: ['pesel_hash'],
  hasUpdatedAt: true,
  participantColumn: 'id',
  dateColumn: null,
  scope: ({ programmeId }) => sql`t.programme_id = ${programmeId}`,
  checks: ({ programmeId, fileColumns }) => [
    // One person, one code: a PESEL twice in the file, or already registered under another code.
    sql`select d.line, ${fileColumns.pesel ?? 'pesel'}::text as column, '' as value,
          'the same PESEL as line ' || d.first_line || ' (' || first.code || ')' as reason, 'DUPLICATE_PESEL' as code
        from (select line, min(line) over (partition by pesel_hash) as first_line from import_stage) d
        join import_stage first on first.line = d.first_line
        where d.line <> d.first_line`,
    sql`select st.line, ${fileColumns.pesel ?? 'pesel'}::text as column, '' as value,
          'this PESEL is already registered as ' || p.code as reason, 'DUPLICATE_PESEL' as code
        from import_stage st join participant p on p.programme_id = ${programmeId} and p.pesel_hash = st.pesel_hash and p.code <> st.code`,
  ],
  source: ({ programmeId }) =>
    sql`select st.line, ${programmeId}::int as programme_id, st.code, st.pesel_hash, st.sex, st.birth_date, st.entry_date,
          st.exit_date, st.exit_reason, st.labour_status, st.education_level from import_stage st`,
  auditKey: rawSql('s.code'),
  auditJoins: rawSql(''),
  // Entry and exit fall in different months: a participant who entered in an approved month may still exit later.
  periodDates: [
    {
      column: 'entryDate',
      date: (alias) => rawSql(`${alias}.entry_date`),
      governs: ['pesel_hash', 'sex', 'birth_date', 'entry_date', 'labour_status', 'education_level'],
    },
    { column: 'exitDate', date: (alias) => rawSql(`${alias}.exit_date`), governs: ['exit_date', 'exit_reason'] },
  ],
};

export const attendanceTarget: ImportTarget = {
  entityType: 'attendance',
  staging: [
    { name: 'activity_id', type: 'int' },
    { name: 'date', type: 'date' },
    { name: 'minutes', type: 'numeric' },
    { name: 'participant_id', type: 'int' },
    { name: 'status', type: 'text' },
    // As the file wrote it (minutes, lesson hours, "2,5"), for the report.
    { name: 'hours_as_written', type: 'text' },
  ],
  stagingKey: ['activity_id', 'date', 'participant_id'],
  duplicateOf: 'the same participant at the same session (activity and date)',
  table: 'attendance',
  keyColumns: ['session_id', 'participant_id'],
  valueColumns: ['status'],
  hasUpdatedAt: false,
  participantColumn: 'participant_id',
  dateColumn: 'date',
  scope: ({ partnerId, period }) =>
    sql`t.session_id in (select se.id from session se join activity a on a.id = se.activity_id
          where a.partner_id = ${partnerId} and ${withinPeriod(rawSql('se.date'), period)})`,
  checks: ({ fileColumns, replacing }) => [
    sql`select st.line, ${fileColumns.sessionLength ?? 'sessionLength'}::text as column, st.hours_as_written as value,
          'session ' || a.code || ' on ' || st.date || ' is stored with ' || (se.minutes / 60)::float8 || ' hours; all rows of one session must agree' as reason,
          'SESSION_HOURS_MISMATCH' as code
        from import_stage st
        join session se on se.activity_id = st.activity_id and se.date = st.date
        join activity a on a.id = st.activity_id
        where se.minutes <> st.minutes
          -- A replace sets the length of the sessions it covers: the file is the partner's record of them.
          and not (${replacing !== null} and ${withinPeriod(rawSql('se.date'), replacing ?? { from: null, to: null })})`,
  ],
  prepare: ({ batchId }) => [
    // Rows of one session agree on its length (checked line by line): min() only picks it. Grouping
    // hashes the file down to its few thousand sessions before they are looked up.
    sql`insert into session (activity_id, date, minutes, import_batch_id)
        select st.activity_id, st.date, st.minutes, ${batchId}::int
        from (select activity_id, date, min(minutes) as minutes from import_stage group by activity_id, date) st
        where not exists (select 1 from session se where se.activity_id = st.activity_id and se.date = st.date)
        order by st.activity_id, st.date`,
  ],
  source: () =>
    sql`select st.line, se.id as session_id, st.participant_id, st.status
        from import_stage st join session se on se.activity_id = st.activity_id and se.date = st.date`,
  auditKey: sql`p.code || ' ' || a.code || ' ' || se.date`,
  auditJoins: sql`join participant p on p.id = s.participant_id join session se on se.id = s.session_id join activity a on a.id = se.activity_id`,
  periodDates: [{ column: 'date', date: (alias) => rawSql(`(select se.date from session se where se.id = ${alias}.session_id)`) }],
};

const participantCodeJoin = sql`join participant p on p.id = s.participant_id`;

export const childcareTarget: ImportTarget = {
  entityType: 'childcare',
  staging: [
    { name: 'participant_id', type: 'int' },
    { name: 'activity_id', type: 'int' },
    { name: 'date', type: 'date' },
    { name: 'children_count', type: 'int' },
    { name: 'hours', type: 'numeric' },
  ],
  stagingKey: ['participant_id', 'date'],
  duplicateOf: 'the same participant and date',
  table: 'childcare',
  keyColumns: ['participant_id', 'date'],
  valueColumns: ['activity_id', 'children_count', 'hours'],
  hasUpdatedAt: true,
  participantColumn: 'participant_id',
  dateColumn: 'date',
  scope: ({ partnerId, period }) => sql`${ofPartnerActivity(partnerId)} and ${withinPeriod(rawSql('t.date'), period)}`,
  checks: () => [],
  source: () => sql`select st.line, st.participant_id, st.date, st.activity_id, st.children_count, st.hours from import_stage st`,
  auditKey: sql`p.code || ' ' || s.date`,
  auditJoins: participantCodeJoin,
  periodDates: ownDate(),
};

export const resultTarget: ImportTarget = {
  entityType: 'participant_result',
  staging: [
    { name: 'participant_id', type: 'int' },
    { name: 'date', type: 'date' },
    { name: 'type', type: 'text' },
  ],
  stagingKey: ['participant_id', 'date', 'type'],
  duplicateOf: 'the same participant, date and result',
  table: 'participant_result',
  keyColumns: ['participant_id', 'date', 'type'],
  valueColumns: [],
  hasUpdatedAt: true,
  participantColumn: 'participant_id',
  dateColumn: 'date',
  scope: ({ programmeId, period }) =>
    sql`t.participant_id in (select p.id from participant p where p.programme_id = ${programmeId}) and ${withinPeriod(rawSql('t.date'), period)}`,
  checks: () => [],
  source: () => sql`select st.line, st.participant_id, st.date, st.type from import_stage st`,
  auditKey: sql`p.code || ' ' || s.date || ' ' || s.type`,
  auditJoins: participantCodeJoin,
  periodDates: ownDate(),
};

export const supportTarget: ImportTarget = {
  entityType: 'support_item',
  staging: [
    { name: 'participant_id', type: 'int' },
    { name: 'activity_id', type: 'int' },
    { name: 'date', type: 'date' },
    { name: 'kind', type: 'text' },
    { name: 'quantity', type: 'int' },
    { name: 'description', type: 'text' },
  ],
  stagingKey: ['participant_id', 'date', 'kind'],
  duplicateOf: 'the same participant, date and kind of support',
  table: 'support_item',
  keyColumns: ['participant_id', 'date', 'kind'],
  valueColumns: ['activity_id', 'quantity', 'description'],
  hasUpdatedAt: true,
  participantColumn: 'participant_id',
  dateColumn: 'date',
  scope: ({ partnerId, period }) => sql`${ofPartnerActivity(partnerId)} and ${withinPeriod(rawSql('t.date'), period)}`,
  checks: () => [],
  source: () =>
    sql`select st.line, st.participant_id, st.date, st.kind, st.activity_id, st.quantity, st.description from import_stage st`,
  auditKey: sql`p.code || ' ' || s.date || ' ' || s.kind`,
  auditJoins: participantCodeJoin,
  periodDates: ownDate(),
};

export const examTarget: ImportTarget = {
  entityType: 'exam_result',
  staging: [
    { name: 'activity_id', type: 'int' },
    { name: 'participant_id', type: 'int' },
    { name: 'exam_date', type: 'date' },
    { name: 'passed', type: 'bool' },
    { name: 'certificate_number', type: 'text' },
  ],
  stagingKey: ['activity_id', 'participant_id', 'exam_date'],
  duplicateOf: 'the same participant, course and exam date',
  table: 'exam_result',
  keyColumns: ['programme_id', 'activity_id', 'participant_id', 'exam_date'],
  valueColumns: ['passed', 'certificate_number'],
  hasUpdatedAt: true,
  participantColumn: 'participant_id',
  dateColumn: 'exam_date',
  scope: ({ programmeId, partnerId, period }) =>
    sql`t.programme_id = ${programmeId} and ${ofPartnerActivity(partnerId)} and ${withinPeriod(rawSql('t.exam_date'), period)}`,
  checks: ({ programmeId, fileColumns }) => [
    sql`select d.line, ${fileColumns.certificateNumber ?? 'certificateNumber'}::text as column, d.certificate_number as value,
          'certificate number already used on line ' || d.first_line as reason, 'DUPLICATE_CERTIFICATE' as code
        from (select line, certificate_number, min(line) over (partition by certificate_number) as first_line
              from import_stage where certificate_number is not null) d
        where d.line <> d.first_line`,
    sql`select st.line, ${fileColumns.certificateNumber ?? 'certificateNumber'}::text as column, st.certificate_number as value,
          'certificate number already issued to ' || p.code || ' for ' || a.code as reason, 'DUPLICATE_CERTIFICATE' as code
        from import_stage st
        join exam_result e on e.programme_id = ${programmeId} and e.certificate_number = st.certificate_number
          and (e.activity_id, e.participant_id, e.exam_date) <> (st.activity_id, st.participant_id, st.exam_date)
        join participant p on p.id = e.participant_id
        join activity a on a.id = e.activity_id`,
  ],
  source: ({ programmeId }) =>
    sql`select st.line, ${programmeId}::int as programme_id, st.activity_id, st.participant_id, st.exam_date, st.passed,
          st.certificate_number from import_stage st`,
  auditKey: sql`p.code || ' ' || a.code || ' ' || s.exam_date`,
  auditJoins: sql`join participant p on p.id = s.participant_id join activity a on a.id = s.activity_id`,
  periodDates: ownDate('exam_date'),
};
