import type { MikroORM } from '@mikro-orm/postgresql';
import { runSql, sql } from '../../database/sql-fragment.js';
import { recordAudit } from '../audit/audit.service.js';
import { Role, type Viewer } from '../../access/viewer.js';
import { checkDataChange } from '../imports/data-change.js';
import { lockProgrammeForChanges, refreshRollupsUnderImportLock } from '../imports/import-locks.js';
import { deleteEmptySessions, deleteRows, PARTICIPANT_TABLE, PERSON_RECORD_TABLES, quoted } from '../imports/row-changes.js';
import { Programme } from '../programme/programme.entity.js';
import { CorrectionRefused, refuseLockedPeriod } from './correction-errors.js';

export interface ErasureSummary {
  programme: string;
  /** Rows deleted per table (the register row included). */
  rows: Record<string, number>;
  months: string[];
}

/** The dates of every record of one person (attendance by its session). */
const datesOfPerson = (participantId: number) => sql`
  select entry_date from participant where id = ${participantId}
  union select se.date from attendance at join session se on se.id = at.session_id where at.participant_id = ${participantId}
  union select date from childcare where participant_id = ${participantId}
  union select date from support_item where participant_id = ${participantId}
  union select date from participant_result where participant_id = ${participantId}
  union select exam_date from exam_result where participant_id = ${participantId}`;

/**
 * Erases a person (GDPR art. 17): every record at every partner, the register row, the sessions left
 * without attendance, the before-images withdrawals would restore, and the code in stored import
 * reports. One audit entry remains, naming no person (counts and months only). The code is then
 * unknown: files naming it are rejected until MOPS registers the person again. ADMIN only.
 */
export async function eraseParticipant(options: { orm: MikroORM; programmeCode: string; code: string; viewer: Viewer }): Promise<ErasureSummary> {
  if (options.viewer.role !== Role.ADMIN) throw new CorrectionRefused('Only an ADMIN may erase a person.', 'FORBIDDEN');
  const em = options.orm.em.fork();
  const programme = await em.findOne(Programme, { code: options.programmeCode });
  if (!programme) throw new CorrectionRefused(`Unknown programme ${JSON.stringify(options.programmeCode)}.`, 'NOT_FOUND');
  const summary = await em.transactional(async (trx) => {
    await runSql(trx, sql`set local statement_timeout = 0`);
    await lockProgrammeForChanges(trx, programme.id);
    const [person] = await runSql<{ id: number }>(trx, sql`select id from participant where programme_id = ${programme.id} and code = ${options.code}`);
    if (!person) throw new CorrectionRefused(`Programme ${programme.code} has no participant ${options.code}.`, 'NOT_FOUND');
    const months = await checkDataChange(trx, { programmeId: programme.id, partnerId: null, action: 'erase', dates: datesOfPerson(person.id) }).catch(refuseLockedPeriod);
    await runSql(trx, sql`create temp table erased_sessions on commit drop as select distinct session_id as id from attendance where participant_id = ${person.id}`);
    const rows: Record<string, number> = {};
    for (const table of PERSON_RECORD_TABLES) {
      rows[table.table] = await deleteRows(trx, {
        table,
        rows: sql`select t.* from ${quoted(table.table)} t where t.participant_id = ${person.id}`,
        record: null,
      });
    }
    rows.session = await deleteEmptySessions(trx, { scope: sql`t.id in (select id from erased_sessions)`, record: null });
    rows.participant = await deleteRows(trx, { table: PARTICIPANT_TABLE, rows: sql`select t.* from participant t where t.id = ${person.id}`, record: null });
    await runSql(trx, sql`delete from import_row_change where participant_id = ${person.id}`);
    // Rejected files' reports and previews name codes; the erased one goes from them.
    await runSql(
      trx,
      sql`update import_batch set report = regexp_replace(report::text, ${`\\m${options.code}\\M`}, '[erased]', 'g')::jsonb
          where programme_id = ${programme.id} and report::text ~ ${`\\m${options.code}\\M`}`,
    );
    recordAudit(trx, {
      actor: options.viewer.name,
      action: 'participant.erase',
      programmeCode: programme.code,
      entityType: 'participant',
      entityKey: null,
      details: { rows, months },
    });
    return { programme: programme.code, rows, months };
  });
  await refreshRollupsUnderImportLock(options.orm.em.fork(), programme.id);
  return summary;
}
