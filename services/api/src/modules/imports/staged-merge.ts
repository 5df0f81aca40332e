import type { EntityManager } from '@mikro-orm/postgresql';
import { inBulkMode } from '../../database/bulk-mode.js';
import { pgArray } from '../../database/pg-array.js';
import { joinSql, rawSql, runSql, runSqlCount, sql, type SqlFragment } from '../../database/sql-fragment.js';
import { recordsByPartnerSql } from '../participant/records-by-partner.js';
import { withinPeriod, type ImportTarget, type StagedProblem, type TargetContext } from './import-targets.js';
import {
  deleteEmptySessions,
  deleteRows,
  PERSON_RECORD_TABLES,
  quoted,
  recordBeforeImages,
  recordTableOf,
  SESSION_TABLE,
  sessionsOfProgramme,
} from './row-changes.js';
import { PERIOD_LOCKED } from '../period/period-lock.js';

/** Problems that need the whole file or the stored data: duplicate lines, then the target's own checks. */
export async function findStagedProblems(
  em: EntityManager,
  target: ImportTarget,
  context: TargetContext,
): Promise<StagedProblem[]> {
  // No index on the staging table: every later statement reads it whole, where hashing beats an index.
  // Statistics, though, let the planner hash the file rather than loop over it.
  await runSql(em, rawSql('analyze import_stage'));
  const partition = rawSql(target.stagingKey.join(', '));
  // Whether any key repeats: one hash aggregate, no sort. Only a file with duplicates pays for naming them.
  const [repeated] = await runSql<{ any: boolean }>(
    em,
    sql`select exists (select from import_stage group by ${partition} having count(*) > 1) as any`,
  );
  const duplicates = repeated!.any
    ? await runSql<{ line: number; first_line: number }>(
        em,
        sql`select line, first_line from (
              select line, min(line) over (partition by ${partition}) as first_line from import_stage
            ) d where line <> first_line`,
      )
    : [];
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
  deleted: number;
  unchanged: number;
}

/** The first keys (codes only) of each kind of change, for a preview. */
export interface ChangedKeys {
  inserted: string[];
  updated: string[];
  deleted: string[];
}

/** How many keys of each kind of change a preview lists. */
export const PREVIEW_KEYS = 10;

export interface MergeOptions extends TargetContext {
  actor: string;
  programmeCode: string;
  stagedRows: number;
  /** A replace may delete at most this share (0–1) of the rows in its scope unless allowed. */
  massDeleteShare: number;
  allowMassDelete: boolean;
  /** An ADMIN confirmed that removing people from the register deletes their records everywhere. */
  confirmCascade: boolean;
  /** Also list the first changed keys (a dry run shows them). */
  listKeys: boolean;
}

export type MergeOutcome = { problems: StagedProblem[] } | { counts: MergeCounts; keys: ChangedKeys | null };

const column = (alias: string, name: string) => rawSql(`${alias}."${name}"`);

/** Writes what the merge source depends on (sessions before attendance); mergeStagedRows runs it too, harmlessly again. */
export async function prepareStagedRows(em: EntityManager, target: ImportTarget, context: TargetContext): Promise<void> {
  for (const statement of target.prepare?.(context) ?? []) await runSql(em, statement);
}

/**
 * The staged lines that would insert or change a record dated in one of `lockedMonths` (the old or
 * the new date of a changed record): one problem per line and month, code PERIOD_LOCKED. Run after
 * prepareStagedRows, so that attendance at a new session is seen as new.
 */
export async function findPeriodLockedRows(
  em: EntityManager,
  target: ImportTarget,
  context: TargetContext & { partnerCode: string },
  lockedMonths: readonly string[],
): Promise<StagedProblem[]> {
  const source = target.source(context);
  const keyMatch = joinSql(target.keyColumns.map((name) => sql`${column('t', name)} = ${column('s', name)}`), ' and ');
  const problems: StagedProblem[] = [];
  for (const { column: field, date, governs = target.valueColumns } of target.periodDates) {
    const changed = governs.length
      ? sql`(${joinSql(governs.map((name) => column('t', name)))}) is distinct from (${joinSql(governs.map((name) => column('s', name)))})`
      : rawSql('false');
    problems.push(
      ...(await runSql<StagedProblem>(
        em,
        sql`select distinct s.line, ${context.fileColumns[field] ?? field}::text as column, m.month as value,
              'the month ' || m.month || ' is approved for ' || ${context.partnerCode}::text ||
              ': records dated in it cannot change until it is reopened' as reason, ${PERIOD_LOCKED}::text as code
            from (${source}) s left join ${rawSql(`"${target.table}"`)} t on ${keyMatch}
            cross join lateral unnest(array[to_char(${date('s')}, 'YYYY-MM'), to_char(${date('t')}, 'YYYY-MM')]) m(month)
            where m.month = any(${pgArray(lockedMonths)}::text[])
              and (${column('t', target.keyColumns[0]!)} is null or ${changed})`,
      )),
    );
  }
  return problems;
}

/** Sessions (alias `t`) of the partner's activities inside the replace period. */
const sessionsInScope = (context: MergeOptions) =>
  sql`t.activity_id in (select a.id from activity a where a.partner_id = ${context.partnerId})
      and ${withinPeriod(rawSql('t.date'), context.replacing!)}`;

/**
 * A replace sets the length of the sessions it covers (the file is the partner's record of them):
 * changed lengths are audited updates, their old rows kept for a withdrawal.
 */
async function replaceSessionLengths(em: EntityManager, context: MergeOptions): Promise<void> {
  const changed = sql`select t.* from session t
    join (select distinct activity_id, date, minutes from import_stage) st on st.activity_id = t.activity_id and st.date = t.date
    where t.minutes <> st.minutes`;
  await recordBeforeImages(em, { table: SESSION_TABLE, batchId: context.batchId, operation: 'UPDATE', rows: changed });
  await runSql(
    em,
    sql`insert into audit_entry (actor, action, programme_code, entity_type, entity_key, details)
        select ${context.actor}, 'import.update', ${context.programmeCode}, 'session', a.code || ' ' || s.date,
          jsonb_build_object('batch', ${context.batchId}::int, 'changed', jsonb_build_array('minutes'),
            'old', jsonb_build_object('minutes', s.minutes), 'new', jsonb_build_object('minutes', st.minutes))
        from (${changed}) s join (select distinct activity_id, date, minutes from import_stage) st on st.activity_id = s.activity_id and st.date = s.date
        join activity a on a.id = s.activity_id`,
  );
  await runSql(
    em,
    sql`update session t set minutes = st.minutes, import_batch_id = ${context.batchId}::int
        from (select distinct activity_id, date, minutes from import_stage) st
        where st.activity_id = t.activity_id and st.date = t.date and t.minutes <> st.minutes`,
  );
}

/**
 * The rows a replace deletes — stored rows of its scope that the file no longer has — in the temp
 * table `import_doomed`, and what stops it: too large a share of the scope (a truncated export), or
 * people removed from the register who still have records, unless an ADMIN confirmed the cascade.
 */
async function planDeletions(
  em: EntityManager,
  target: ImportTarget,
  context: MergeOptions,
  source: SqlFragment,
  keyMatch: SqlFragment,
): Promise<{ doomed: number; problems: StagedProblem[] }> {
  const scope = target.scope({ programmeId: context.programmeId, partnerId: context.partnerId, period: context.replacing! });
  await runSql(
    em,
    sql`create temp table import_doomed on commit drop as
        select t.* from ${quoted(target.table)} t where ${scope} and not exists (select 1 from (${source}) s where ${keyMatch})`,
  );
  const [counts] = await runSql<{ doomed: number; total: number }>(
    em,
    sql`select (select count(*) from import_doomed)::int as doomed, (select count(*) from ${quoted(target.table)} t where ${scope})::int as total`,
  );
  const { doomed, total } = counts!;
  const problems: StagedProblem[] = [];
  if (doomed > 0 && doomed > context.massDeleteShare * total && !context.allowMassDelete) {
    const share = (value: number) => `${Math.round(value * 1000) / 10} %`;
    problems.push({
      line: 1,
      column: '',
      value: '',
      reason:
        `replacing would delete ${doomed} of the ${total} stored rows it covers (${share(doomed / total)}), more than the ` +
        `${share(context.massDeleteShare)} allowed: check that the file is complete, or allow a mass delete (--allow-mass-delete)`,
      code: 'MASS_DELETE',
    });
  }
  if (target.table === 'participant' && doomed > 0 && !context.confirmCascade) {
    const rows = await runSql<{ code: string; partners: string }>(
      em,
      sql`select p.code, string_agg(r.partner_code || ' ' || r.records, ', ' order by r.partner_code) as partners
          from (${recordsByPartnerSql(sql`select id from import_doomed`)}) r join import_doomed p on p.id = r.participant_id
          group by p.code order by p.code`,
    );
    for (const row of rows) {
      problems.push({
        line: 1,
        column: context.fileColumns.participantCode ?? 'participantCode',
        value: row.code,
        reason:
          `${row.code} is not in the file but has records (${row.partners}); removing the person deletes them all — ` +
          'only an ADMIN may confirm that (--confirm-cascade), or erase the person (hub participant erase)',
        code: 'PARTICIPANT_HAS_RECORDS',
      });
    }
  }
  return { doomed, problems };
}

async function firstKeys(em: EntityManager, target: ImportTarget, rows: SqlFragment): Promise<string[]> {
  const found = await runSql<{ key: string }>(em, sql`select ${target.auditKey} as key from (${rows}) s ${target.auditJoins} order by 1 limit ${PREVIEW_KEYS}`);
  return found.map((row) => row.key);
}

/**
 * Merges the staged rows into the target by natural key: new keys are inserted, changed values
 * updated (each change written to the audit log with old and new values first, the old row kept
 * for a withdrawal), equal rows left alone — which is what makes importing the same file twice a
 * no-op. A replace then deletes the rows of its scope the file no longer has (audited, kept too),
 * and the sessions left without attendance.
 */
export async function mergeStagedRows(em: EntityManager, target: ImportTarget, context: MergeOptions): Promise<MergeOutcome> {
  await prepareStagedRows(em, target, context);
  const source = target.source(context);
  const keyMatch = joinSql(target.keyColumns.map((name) => sql`${column('t', name)} = ${column('s', name)}`), ' and ');
  const differs = target.valueColumns.length
    ? sql`(${joinSql(target.valueColumns.map((name) => column('t', name)))}) is distinct from (${joinSql(target.valueColumns.map((name) => column('s', name)))})`
    : rawSql('false');
  const table = quoted(target.table);

  let doomed = 0;
  if (context.replacing) {
    const plan = await planDeletions(em, target, context, source, keyMatch);
    if (plan.problems.length) return { problems: plan.problems };
    doomed = plan.doomed;
    if (target.table === 'attendance') await replaceSessionLengths(em, context);
  }
  // Each staged row is matched with the stored one once: whether its key is stored, and whether its
  // values differ. Every later step reads these flags instead of joining the file with the table again.
  const stored = column('t', target.keyColumns[0]!);
  await runSql(
    em,
    sql`create temp table import_merge on commit drop as
        select s.*, ${stored} is not null as stored, ${stored} is not null and ${differs} as changed
        from (${source}) s left join ${table} t on ${keyMatch}`,
  );
  const [plan] = await runSql<{ changed: number; new: number }>(
    em,
    sql`select count(*) filter (where changed)::int as changed, count(*) filter (where not stored)::int as new from import_merge`,
  );
  if (plan!.changed) await runSql(em, rawSql('analyze import_merge'));
  const changedRows = sql`(select * from import_merge where changed) s join ${table} t on ${keyMatch}`;
  const keys = context.listKeys
    ? {
        inserted: await firstKeys(em, target, sql`select * from import_merge where not stored`),
        updated: await firstKeys(em, target, sql`select * from import_merge where changed`),
        deleted: context.replacing ? await firstKeys(em, target, sql`select * from import_doomed`) : [],
      }
    : null;

  let updated = 0;
  if (plan!.changed) {
    const visible = target.valueColumns.filter((name) => !target.auditHidden?.includes(name));
    const snapshot = (alias: string) => joinSql(visible.map((name) => sql`${name}::text, ${column(alias, name)}`));
    // Which columns changed, hidden ones included by name only (a new PESEL shows as "pesel_hash").
    const changedColumns = joinSql(
      target.valueColumns.map((name) => sql`case when ${column('t', name)} is distinct from ${column('s', name)} then ${name}::text end`),
    );
    await recordBeforeImages(em, {
      table: recordTableOf(target),
      batchId: context.batchId,
      operation: 'UPDATE',
      rows: sql`select t.* from ${changedRows}`,
    });
    await runSql(
      em,
      sql`insert into audit_entry (actor, action, programme_code, entity_type, entity_key, details)
          select ${context.actor}, 'import.update', ${context.programmeCode}, ${target.entityType}, ${target.auditKey},
            jsonb_build_object('batch', ${context.batchId}::int,
                               'changed', to_jsonb(array_remove(array[${changedColumns}], null)),
                               'old', jsonb_build_object(${snapshot('t')}),
                               'new', jsonb_build_object(${snapshot('s')}))
          from ${changedRows} ${target.auditJoins}`,
    );
    const assignments = joinSql([
      ...target.valueColumns.map((name) => sql`${rawSql(`"${name}"`)} = ${column('s', name)}`),
      sql`import_batch_id = ${context.batchId}::int`,
      ...(target.hasUpdatedAt ? [rawSql('updated_at = now()')] : []),
    ]);
    updated = await runSqlCount(em, sql`update ${table} t set ${assignments} from import_merge s where s.changed and ${keyMatch}`);
  }

  const insertColumns = [...target.keyColumns, ...target.valueColumns];
  // Bulk mode is safe here: every staged id was just resolved by joining the programme's own
  // participants, activities and sessions, in this transaction, under the programme's import lock —
  // the foreign-key triggers would re-check 2M rows one by one (~6× slower).
  const inserted = plan!.new
    ? await inBulkMode(em, () => runSqlCount(
        em,
        sql`insert into ${table} (${rawSql(insertColumns.map((name) => `"${name}"`).join(', '))}, import_batch_id)
            select ${joinSql(insertColumns.map((name) => column('s', name)))}, ${context.batchId}::int
            from import_merge s where not s.stored`,
      ))
    : 0;

  if (context.replacing && doomed > 0) {
    const record = { batchId: context.batchId, keep: true, actor: context.actor, programmeCode: context.programmeCode, action: 'import.delete' };
    if (target.table === 'participant') {
      // Confirmed cascade: the people's records at every partner go first, each kept for a withdrawal.
      for (const records of PERSON_RECORD_TABLES) {
        await deleteRows(em, {
          table: records,
          rows: sql`select t.* from ${quoted(records.table)} t where t.participant_id in (select id from import_doomed)`,
          record,
        });
      }
      await deleteEmptySessions(em, { scope: sessionsOfProgramme(context.programmeId), record });
    }
    await deleteRows(em, { table: recordTableOf(target), rows: sql`select * from import_doomed`, record });
    if (target.table === 'attendance') await deleteEmptySessions(em, { scope: sessionsInScope(context), record });
  }
  return { counts: { inserted, updated, deleted: doomed, unchanged: context.stagedRows - inserted - updated }, keys };
}
