import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { joinSql, rawSql, runSql, runSqlCount, sql } from '../../database/sql-fragment.js';
import { recordAudit } from '../audit/audit.service.js';
import { mayChangePartnerData } from '../auth/import-permission.js';
import { mayReadProgramme } from '../auth/programme-access.js';
import type { Viewer } from '../../access/viewer.js';
import { ImportBatch, ImportStatus } from '../imports/import-batch.entity.js';
import { checkDataChange, datesOfBatch } from '../imports/data-change.js';
import { lockProgrammeForChanges, refreshRollupsUnderImportLock } from '../imports/import-locks.js';
import {
  beforeImages,
  columnsOf,
  deleteEmptySessions,
  deleteRows,
  keyMatch,
  quoted,
  RESTORE_ORDER,
  rowsInsertedBy,
  SESSION_TABLE,
  type RecordTable,
} from '../imports/row-changes.js';
import { CorrectionRefused, refuseLockedPeriod } from './correction-errors.js';

export interface WithdrawalSummary {
  batchId: number;
  partner: string;
  kind: string;
  /** Rows the batch had inserted (sessions included), now deleted. */
  deleted: number;
  /** Rows the batch had updated or deleted (sessions included), now as they were before it. */
  restored: number;
  months: string[];
}

const list = (names: readonly string[], alias: string) => rawSql(names.map((name) => `${alias}."${name}"`).join(', '));

/** The first later batch, still in force, whose changes rest on rows this batch wrote; null when none. */
async function laterConflict(em: EntityManager, batchId: number): Promise<number | null> {
  const [changed] = await runSql<{ batch_id: number }>(
    em,
    sql`select c.batch_id from import_row_change c join import_batch b on b.id = c.batch_id
        where c.before_batch_id = ${batchId}::int and c.batch_id <> ${batchId}::int and b.status = 'SUCCEEDED'
        order by c.batch_id limit 1`,
  );
  if (changed) return changed.batch_id;
  for (const table of RESTORE_ORDER) {
    // A row it deleted that is back (a later import inserted it again).
    const [back] = await runSql<{ batch_id: number | null }>(
      em,
      sql`select x.batch_id from (
            select exists (select 1 from ${quoted(table.table)} t where ${keyMatch(table, 't', 'r')}) as present,
                   (select t.import_batch_id from ${quoted(table.table)} t where ${keyMatch(table, 't', 'r')}) as batch_id
            from ${beforeImages(table, batchId, 'DELETE')}) x
          where x.present limit 1`,
    );
    if (back) return back.batch_id ?? -1;
  }
  // People it registered who have records from later batches.
  const [dependent] = await runSql<{ batch_id: number | null }>(
    em,
    joinSql(
      RESTORE_ORDER.filter((table) => table.participantColumn === 'participant_id').map(
        (table) => sql`select d.import_batch_id as batch_id from ${quoted(table.table)} d
          where d.participant_id in (select t.id from (${rowsInsertedBy(RESTORE_ORDER[0]!, batchId)}) t)
            and d.import_batch_id is distinct from ${batchId}::int`,
      ),
      ' union all ',
    ),
  );
  return dependent ? (dependent.batch_id ?? -1) : null;
}

/** Sessions the batch created that later batches' attendance still uses stay, credited to the earliest of those. */
async function handOverSessions(em: EntityManager, batchId: number): Promise<void> {
  await runSql(
    em,
    sql`update session t set import_batch_id = (select min(at.import_batch_id) from attendance at where at.session_id = t.id)
        where t.id in (select x.id from (${rowsInsertedBy(SESSION_TABLE, batchId)}) x)
          and exists (select 1 from attendance at where at.session_id = t.id)`,
  );
}

async function restoreUpdated(em: EntityManager, table: RecordTable, batchId: number): Promise<number> {
  const columns = (await columnsOf(em, table)).filter((name) => !table.keyColumns.includes(name));
  return runSqlCount(
    em,
    sql`update ${quoted(table.table)} t set (${rawSql(columns.map((name) => `"${name}"`).join(', '))}) = (${list(columns, 'r')})
        from ${beforeImages(table, batchId, 'UPDATE')} and ${keyMatch(table, 't', 'r')}`,
  );
}

async function restoreDeleted(em: EntityManager, table: RecordTable, batchId: number): Promise<number> {
  const columns = await columnsOf(em, table);
  return runSqlCount(
    em,
    sql`insert into ${quoted(table.table)} (${rawSql(columns.map((name) => `"${name}"`).join(', '))})
        select ${list(columns, 'r')} from ${beforeImages(table, batchId, 'DELETE')} order by c.id`,
  );
}

/**
 * Undoes an accepted import: rows it inserted are deleted, rows it updated or deleted restored as
 * they were — provided no later batch still in force changed the same rows (else refused naming it;
 * withdraw that one first). Audited; the batch shows as WITHDRAWN; analytics are brought up to date
 * through the same rollup refresh imports use. ADMIN, or a PARTNER for its own batches.
 */
export async function withdrawImportBatch(options: { orm: MikroORM; batchId: number; viewer: Viewer }): Promise<WithdrawalSummary> {
  const em = options.orm.em.fork();
  const batch = await em.findOne(ImportBatch, options.batchId, { populate: ['partner', 'programme'] });
  if (
    !batch ||
    !mayReadProgramme(options.viewer, batch.programme.getEntity().code) ||
    !mayChangePartnerData(options.viewer, batch.partner.getEntity().code)
  ) {
    // Another programme's or partner's batch and no batch look the same: ids of others' files are not for probing.
    throw new CorrectionRefused(`No import batch ${options.batchId} that you may withdraw.`, 'NOT_FOUND');
  }
  const programme = batch.programme.getEntity();
  const partnerCode = batch.partner.getEntity().code;
  const summary = await em.transactional(async (trx) => {
    await runSql(trx, sql`set local statement_timeout = 0`);
    await lockProgrammeForChanges(trx, programme.id);
    const [current] = await runSql<{ status: string }>(trx, sql`select status from import_batch where id = ${batch.id}`);
    if (current!.status !== ImportStatus.SUCCEEDED) {
      throw new CorrectionRefused(
        `Batch ${batch.id} is ${current!.status}: only an accepted (SUCCEEDED) import can be withdrawn.`,
        'NOT_WITHDRAWABLE',
      );
    }
    const later = await laterConflict(trx, batch.id);
    if (later !== null) {
      const [other] = later > 0 ? await runSql<{ kind: string; file_name: string; started_at: Date }>(
        trx, sql`select kind, file_name, started_at from import_batch where id = ${later}`) : [];
      const named = other ? `batch ${later} (${other.kind} ${other.file_name}, ${new Date(other.started_at).toISOString().slice(0, 16).replace('T', ' ')})` : 'a later change';
      throw new CorrectionRefused(
        `Batch ${batch.id} cannot be withdrawn: ${named} changed rows it wrote since.${later > 0 ? ` Withdraw batch ${later} first.` : ''}`,
        'LATER_BATCH',
      );
    }
    const months = await checkDataChange(trx, { programmeId: programme.id, partnerId: batch.partner.id, action: 'withdraw', dates: datesOfBatch(batch.id) }).catch(refuseLockedPeriod);
    const record = { batchId: batch.id, keep: false, actor: options.viewer.name, programmeCode: programme.code, action: 'withdraw.delete' };
    let deleted = 0;
    for (const table of [...RESTORE_ORDER].reverse()) {
      if (table === SESSION_TABLE) {
        await handOverSessions(trx, batch.id);
        // Only sessions it created: one whose length it changed is restored below, with its attendance.
        deleted += await deleteEmptySessions(trx, { scope: sql`t.id in (select x.id from (${rowsInsertedBy(SESSION_TABLE, batch.id)}) x)`, record });
        continue;
      }
      deleted += await deleteRows(trx, { table, rows: rowsInsertedBy(table, batch.id), record });
    }
    let restored = 0;
    for (const table of RESTORE_ORDER) restored += await restoreUpdated(trx, table, batch.id);
    for (const table of RESTORE_ORDER) restored += await restoreDeleted(trx, table, batch.id);
    await runSql(
      trx,
      sql`update import_batch set status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by = ${options.viewer.name} where id = ${batch.id}`,
    );
    recordAudit(trx, {
      actor: options.viewer.name,
      action: 'import.withdraw',
      programmeCode: programme.code,
      entityType: 'import_batch',
      entityKey: String(batch.id),
      details: { partner: partnerCode, kind: batch.kind, fileName: batch.fileName, deleted, restored, months },
    });
    return { batchId: batch.id, partner: partnerCode, kind: batch.kind, deleted, restored, months };
  });
  await refreshRollupsUnderImportLock(options.orm.em.fork(), programme.id);
  return summary;
}
