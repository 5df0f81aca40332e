import type { EntityManager } from '@mikro-orm/postgresql';
import { joinSql, rawSql, runSql, runSqlCount, sql, type SqlFragment } from '../../database/sql-fragment.js';
import {
  attendanceTarget,
  childcareTarget,
  examTarget,
  participantTarget,
  resultTarget,
  supportTarget,
  type ImportTarget,
} from './import-targets.js';

/**
 * A table of participant records as corrections see it: its natural key (how a row is recognised
 * across imports, withdrawals and restores), the person it names, and how the audit log names a row.
 */
export interface RecordTable {
  table: string;
  entityType: string;
  keyColumns: readonly string[];
  /** The person a row is about; null for sessions (an activity on a date). */
  participantColumn: string | null;
  /** The table's own date column that places a row in a month; null: none (attendance takes its session's). */
  dateColumn: string | null;
  /** Values copied into the audit log as "old" when a row is deleted (never the PESEL hash). */
  auditColumns: readonly string[];
  auditKey: SqlFragment;
  auditJoins: SqlFragment;
}

export function recordTableOf(target: ImportTarget): RecordTable {
  return {
    table: target.table,
    entityType: target.entityType,
    keyColumns: target.keyColumns,
    participantColumn: target.participantColumn,
    dateColumn: target.table === 'participant' ? 'entry_date' : target.table === 'attendance' ? null : target.dateColumn,
    auditColumns: target.valueColumns.filter((name) => !target.auditHidden?.includes(name)),
    auditKey: target.auditKey,
    auditJoins: target.auditJoins,
  };
}

/** Sessions are written by attendance imports, not by a file kind of their own. */
export const SESSION_TABLE: RecordTable = {
  table: 'session',
  entityType: 'session',
  keyColumns: ['activity_id', 'date'],
  participantColumn: null,
  dateColumn: 'date',
  auditColumns: ['minutes'],
  auditKey: sql`a.code || ' ' || s.date`,
  auditJoins: sql`join activity a on a.id = s.activity_id`,
};

export const PARTICIPANT_TABLE = recordTableOf(participantTarget);

/** A person's records besides the register row, children before parents (attendance before sessions). */
export const PERSON_RECORD_TABLES: readonly RecordTable[] = [attendanceTarget, childcareTarget, supportTarget, resultTarget, examTarget].map(
  recordTableOf,
);

/** Every table a batch may write, in the order rows are restored (parents first); delete in reverse. */
export const RESTORE_ORDER: readonly RecordTable[] = [PARTICIPANT_TABLE, SESSION_TABLE, ...PERSON_RECORD_TABLES];

export function recordTableNamed(table: string): RecordTable {
  const found = RESTORE_ORDER.find((entry) => entry.table === table);
  if (!found) throw new Error(`Unknown record table ${table}.`);
  return found;
}

const column = (alias: string, name: string) => rawSql(`${alias}."${name}"`);
export const quoted = (name: string) => rawSql(`"${name}"`);

/** jsonb object of a row's natural key, e.g. {"session_id": 7, "participant_id": 12}. */
export function rowKeyOf(table: RecordTable, alias: string): SqlFragment {
  return sql`jsonb_build_object(${joinSql(table.keyColumns.map((name) => sql`${name}::text, ${column(alias, name)}`))})`;
}

/** `a.k = b.k and …` over the table's natural key. */
export function keyMatch(table: RecordTable, left: string, right: string): SqlFragment {
  return joinSql(table.keyColumns.map((name) => sql`${column(left, name)} = ${column(right, name)}`), ' and ');
}

/**
 * Stores the before-images of `rows` (whole rows of `table`, a select aliased by the caller) as
 * changes of `batchId`: what a withdrawal of the batch restores.
 */
export async function recordBeforeImages(
  em: EntityManager,
  options: { table: RecordTable; batchId: number; operation: 'UPDATE' | 'DELETE'; rows: SqlFragment },
): Promise<void> {
  const { table } = options;
  const participant = table.participantColumn ? column('r', table.participantColumn) : rawSql('null::int');
  await runSql(
    em,
    sql`insert into import_row_change (batch_id, table_name, operation, row_key, before, before_batch_id, participant_id)
        select ${options.batchId}::int, ${table.table}, ${options.operation}, ${rowKeyOf(table, 'r')}, to_jsonb(r), r.import_batch_id, ${participant}
        from (${options.rows}) r`,
  );
}

/** How a deletion is recorded: per row in the audit log (old values) and as the batch's before-images. */
export interface DeletionRecord {
  /** The batch named in the audit entries. */
  batchId: number;
  /** Keep the rows as before-images of the batch (a replace's deletions; a withdrawal's are final). */
  keep: boolean;
  actor: string;
  programmeCode: string;
  /** The audit action of each deleted row, e.g. import.delete, withdraw.delete. */
  action: string;
}

/**
 * Deletes `rows` (a select of whole rows of `table`) and returns how many went. With `record`, each
 * row is first written to the audit log with its old values and, when a batch is named, kept as a
 * before-image of that batch; without (erasure), nothing of the rows is kept anywhere.
 */
export async function deleteRows(
  em: EntityManager,
  options: { table: RecordTable; rows: SqlFragment; record: DeletionRecord | null },
): Promise<number> {
  const { table, record } = options;
  await runSql(em, sql`create temp table doomed_rows on commit drop as ${options.rows}`);
  try {
    if (record) {
      if (record.keep) {
        await recordBeforeImages(em, { table, batchId: record.batchId, operation: 'DELETE', rows: sql`select * from doomed_rows` });
      }
      const old = table.auditColumns.length
        ? sql`jsonb_build_object(${joinSql(table.auditColumns.map((name) => sql`${name}::text, ${column('s', name)}`))})`
        : sql`'{}'::jsonb`;
      await runSql(
        em,
        sql`insert into audit_entry (actor, action, programme_code, entity_type, entity_key, details)
            select ${record.actor}, ${record.action}, ${record.programmeCode}, ${table.entityType}, ${table.auditKey},
              jsonb_build_object('batch', ${record.batchId}::int, 'old', ${old})
            from doomed_rows s ${table.auditJoins}`,
      );
    }
    return await runSqlCount(em, sql`delete from ${quoted(table.table)} t using doomed_rows s where ${keyMatch(table, 't', 's')}`);
  } finally {
    await runSql(em, sql`drop table if exists doomed_rows`);
  }
}

/**
 * Deletes the sessions of `activityScope` (a condition on alias `t`, the session) that no attendance
 * record is left in: a session exists only through its attendance, as a fresh import would show.
 */
export function deleteEmptySessions(em: EntityManager, options: { scope: SqlFragment; record: DeletionRecord | null }): Promise<number> {
  return deleteRows(em, {
    table: SESSION_TABLE,
    rows: sql`select t.* from session t where ${options.scope} and not exists (select 1 from attendance at where at.session_id = t.id)`,
    record: options.record,
  });
}

/** Sessions (alias `t`) of a programme's activities. */
export const sessionsOfProgramme = (programmeId: number) =>
  sql`t.activity_id in (select a.id from activity a where a.programme_id = ${programmeId})`;

/** Rows of `table` (alias `t`) a batch inserted and no later batch changed: they carry its id and it recorded no update of them. */
export function rowsInsertedBy(table: RecordTable, batchId: number): SqlFragment {
  return sql`select t.* from ${quoted(table.table)} t where t.import_batch_id = ${batchId}::int and not exists (
    select 1 from import_row_change c where c.batch_id = ${batchId}::int and c.table_name = ${table.table}
      and c.operation = 'UPDATE' and c.row_key = ${rowKeyOf(table, 't')})`;
}

/** A batch's before-images of `table` for one operation, each as a row of the table (alias `r`) beside its change `c`. */
export function beforeImages(table: RecordTable, batchId: number, operation: 'UPDATE' | 'DELETE'): SqlFragment {
  return sql`import_row_change c cross join lateral jsonb_populate_record(null::${quoted(table.table)}, c.before) r
    where c.batch_id = ${batchId}::int and c.table_name = ${table.table} and c.operation = ${operation}`;
}

/** The columns of a table, in order (restores write them all, the id included). */
export async function columnsOf(em: EntityManager, table: RecordTable): Promise<string[]> {
  const rows = await runSql<{ name: string }>(
    em,
    sql`select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table.table} order by ordinal_position`,
  );
  return rows.map((row) => row.name);
}
