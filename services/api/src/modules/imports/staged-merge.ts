import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../database/pg-array.js';
import { joinSql, rawSql, runSql, runSqlCount, sql } from '../../database/sql-fragment.js';
import type { ImportTarget, StagedProblem, TargetContext } from './import-targets.js';

/** Rows kept in memory before they are sent to the staging table in one statement. */
export const STAGING_BATCH_ROWS = 5000;

/** Creates the import's staging table; it disappears with the transaction. */
export async function createStagingTable(em: EntityManager, target: ImportTarget): Promise<void> {
  const columns = target.staging.map((column) => `"${column.name}" ${column.type}`).join(', ');
  await runSql(em, rawSql(`create temp table import_stage (line int not null, ${columns}) on commit drop`));
}

/** Column-wise buffer of staged rows, flushed with one `unnest` insert per batch. */
export class StagingBuffer {
  private lines: number[] = [];
  private columns: unknown[][];
  /** The insert in flight: parsing goes on while PostgreSQL stores the previous batch. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly target: ImportTarget,
  ) {
    this.columns = target.staging.map(() => []);
  }

  async add(line: number, values: readonly unknown[]): Promise<void> {
    this.lines.push(line);
    values.forEach((value, index) => this.columns[index]!.push(value));
    if (this.lines.length >= STAGING_BATCH_ROWS) await this.flush();
  }

  /** Sends what is buffered and waits until every batch is stored. */
  async drain(): Promise<void> {
    await this.flush();
    await this.pending;
  }

  /** Sends the buffered rows; resolves once the previous batch is stored (at most one in flight). */
  async flush(): Promise<void> {
    await this.pending;
    if (!this.lines.length) return;
    const arrays = [
      sql`${pgArray(this.lines)}::int[]`,
      ...this.target.staging.map((column, index) => sql`${pgArray(this.columns[index] as never[])}::${rawSql(column.type)}[]`),
    ];
    this.pending = runSql(this.em, sql`insert into import_stage select * from unnest(${joinSql(arrays)})`);
    // Keep a rejection from going unhandled until the next flush awaits it.
    this.pending.catch(() => undefined);
    this.lines = [];
    this.columns = this.target.staging.map(() => []);
  }
}

/** Problems that need the whole file or the stored data: duplicate lines, then the target's own checks. */
export async function findStagedProblems(
  em: EntityManager,
  target: ImportTarget,
  context: TargetContext,
): Promise<StagedProblem[]> {
  await runSql(em, rawSql(`create index on import_stage (${target.stagingKey.join(', ')}, line)`));
  await runSql(em, rawSql('analyze import_stage'));
  const partition = rawSql(target.stagingKey.join(', '));
  const duplicates = await runSql<{ line: number; first_line: number }>(
    em,
    sql`select line, first_line from (
          select line, min(line) over (partition by ${partition}) as first_line from import_stage
        ) d where line <> first_line`,
  );
  const problems: StagedProblem[] = duplicates.map((row) => ({
    line: row.line,
    column: '',
    value: '',
    reason: `duplicate of line ${row.first_line}: ${target.duplicateOf}`,
    code: 'DUPLICATE_ROW',
  }));
  for (const check of target.checks(context)) problems.push(...(await runSql<StagedProblem>(em, check)));
  return problems;
}

export interface MergeCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const column = (alias: string, name: string) => rawSql(`${alias}."${name}"`);

/**
 * Runs a bulk insert without PostgreSQL's per-row foreign-key triggers when the database role may
 * (a superuser, as the embedded server's is). Safe here: every staged id was just resolved by
 * joining the programme's own participants, activities and sessions, inside the import transaction,
 * under the programme's import lock — the triggers would re-check 2M rows one by one (~6× slower).
 * Constraints still guard every other write; without the privilege the triggers simply run.
 * Triggers that must see bulk inserts (analytics' dirty marks) are ENABLE ALWAYS, so they still fire.
 */
async function withoutForeignKeyTriggers<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  const [role] = await runSql<{ superuser: boolean }>(em, sql`select rolsuper as superuser from pg_roles where rolname = current_user`);
  if (!role?.superuser) return work();
  await runSql(em, sql`set local session_replication_role = replica`);
  const result = await work();
  // Only after success: a failed statement aborts the transaction, and any statement sent then would
  // fail with "current transaction is aborted" (25P02), hiding the real error (a full disk, say).
  // The rollback undoes the SET LOCAL anyway.
  await runSql(em, sql`set local session_replication_role = origin`);
  return result;
}

/**
 * Merges the staged rows into the target by natural key: new keys are inserted, changed values
 * updated (each change written to the audit log with old and new values first), equal rows left
 * alone — which is what makes importing the same file twice a no-op.
 */
export async function mergeStagedRows(
  em: EntityManager,
  target: ImportTarget,
  context: TargetContext & { actor: string; programmeCode: string; stagedRows: number },
): Promise<MergeCounts> {
  for (const statement of target.prepare?.(context) ?? []) await runSql(em, statement);
  const source = target.source(context);
  const keyMatch = joinSql(target.keyColumns.map((name) => sql`${column('t', name)} = ${column('s', name)}`), ' and ');
  const differs = target.valueColumns.length
    ? sql`(${joinSql(target.valueColumns.map((name) => column('t', name)))}) is distinct from (${joinSql(target.valueColumns.map((name) => column('s', name)))})`
    : rawSql('false');

  let updated = 0;
  if (target.valueColumns.length) {
    const visible = target.valueColumns.filter((name) => !target.auditHidden?.includes(name));
    const snapshot = (alias: string) => joinSql(visible.map((name) => sql`${name}::text, ${column(alias, name)}`));
    // Which columns changed, hidden ones included by name only (a new PESEL shows as "pesel_hash").
    const changedColumns = joinSql(
      target.valueColumns.map((name) => sql`case when ${column('t', name)} is distinct from ${column('s', name)} then ${name}::text end`),
    );
    const table = rawSql(`"${target.table}"`);
    await runSql(
      em,
      sql`insert into audit_entry (actor, action, programme_code, entity_type, entity_key, details)
          select ${context.actor}, 'import.update', ${context.programmeCode}, ${target.entityType}, ${target.auditKey},
            jsonb_build_object('batch', ${context.batchId}::int,
                               'changed', to_jsonb(array_remove(array[${changedColumns}], null)),
                               'old', jsonb_build_object(${snapshot('t')}),
                               'new', jsonb_build_object(${snapshot('s')}))
          from (${source}) s join ${table} t on ${keyMatch} ${target.auditJoins}
          where ${differs}`,
    );
    const assignments = joinSql([
      ...target.valueColumns.map((name) => sql`${rawSql(`"${name}"`)} = ${column('s', name)}`),
      sql`import_batch_id = ${context.batchId}::int`,
      ...(target.hasUpdatedAt ? [rawSql('updated_at = now()')] : []),
    ]);
    updated = await runSqlCount(em, sql`update ${table} t set ${assignments} from (${source}) s where ${keyMatch} and ${differs}`);
  }

  const insertColumns = [...target.keyColumns, ...target.valueColumns];
  const inserted = await withoutForeignKeyTriggers(em, () => runSqlCount(
    em,
    sql`insert into ${rawSql(`"${target.table}"`)} (${rawSql(insertColumns.map((name) => `"${name}"`).join(', '))}, import_batch_id)
        select ${joinSql(insertColumns.map((name) => column('s', name)))}, ${context.batchId}::int
        from (${source}) s
        where not exists (select 1 from ${rawSql(`"${target.table}"`)} t where ${keyMatch})`,
  ));
  return { inserted, updated, unchanged: context.stagedRows - inserted - updated };
}

