import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql } from '../../database/sql-fragment.js';
import { Role, type Viewer } from '../../access/viewer.js';
import { Programme } from '../programme/programme.entity.js';
import { CorrectionRefused } from './correction-errors.js';

/** Everything the hub stores about one person (GDPR art. 15), and the batches that brought it. */
export interface ParticipantReport {
  programme: string;
  generatedAt: string;
  about: string;
  participant: Record<string, unknown>;
  attendance: Record<string, unknown>[];
  exams: Record<string, unknown>[];
  support: Record<string, unknown>[];
  childcare: Record<string, unknown>[];
  results: Record<string, unknown>[];
  batches: Record<string, unknown>[];
}

/** ADMIN, or a PARTNER that is the programme's leader (MOPS keeps the register). */
async function mayReport(em: EntityManager, viewer: Viewer, programmeId: number): Promise<boolean> {
  if (viewer.role === Role.ADMIN) return true;
  if (viewer.role !== Role.PARTNER || !viewer.partnerCode) return false;
  const [leader] = await runSql(em, sql`select 1 from partner where programme_id = ${programmeId} and code = ${viewer.partnerCode} and role = 'LEADER'`);
  return leader !== undefined;
}

/**
 * The person's register data and every record at every partner, each with the batch that last wrote
 * it, plus those batches. No PESEL or its hash (the hub keeps only a keyed hash, shown to no one),
 * no name (never stored).
 */
export async function reportParticipant(options: { em: EntityManager; programmeCode: string; code: string; viewer: Viewer }): Promise<ParticipantReport> {
  const { em } = options;
  const programme = await em.findOne(Programme, { code: options.programmeCode });
  if (!programme) throw new CorrectionRefused(`Unknown programme ${JSON.stringify(options.programmeCode)}.`, 'NOT_FOUND');
  if (!(await mayReport(em, options.viewer, programme.id))) {
    throw new CorrectionRefused('Only an ADMIN or the register\'s keeper (the leading partner) may report on a person.', 'FORBIDDEN');
  }
  const [participant] = await runSql<Record<string, unknown> & { id: number }>(
    em,
    sql`select id, code, sex, birth_date::text as "birthDate", entry_date::text as "entryDate", exit_date::text as "exitDate",
          exit_reason as "exitReason", labour_status as "labourStatus", education_level as "educationLevel",
          import_batch_id as batch, created_at as "createdAt", updated_at as "updatedAt"
        from participant where programme_id = ${programme.id} and code = ${options.code}`,
  );
  if (!participant) throw new CorrectionRefused(`Programme ${programme.code} has no participant ${options.code}.`, 'NOT_FOUND');
  const id = participant.id;
  const attendance = await runSql(
    em,
    sql`select a.code as activity, pa.code as partner, se.date::text as date, (se.minutes / 60)::float8 as hours, at.status, at.import_batch_id as batch
        from attendance at join session se on se.id = at.session_id join activity a on a.id = se.activity_id join partner pa on pa.id = a.partner_id
        where at.participant_id = ${id} order by se.date, a.code`,
  );
  const exams = await runSql(
    em,
    sql`select a.code as course, e.exam_date::text as date, e.passed, e.certificate_number as "certificateNumber", e.import_batch_id as batch
        from exam_result e join activity a on a.id = e.activity_id where e.participant_id = ${id} order by e.exam_date, a.code`,
  );
  const support = await runSql(
    em,
    sql`select a.code as activity, s.date::text as date, s.kind, s.quantity, s.description, s.import_batch_id as batch
        from support_item s join activity a on a.id = s.activity_id where s.participant_id = ${id} order by s.date, s.kind`,
  );
  const childcare = await runSql(
    em,
    sql`select c.date::text as date, c.children_count as "childrenCount", c.hours::float8 as hours, c.import_batch_id as batch
        from childcare c where c.participant_id = ${id} order by c.date`,
  );
  const results = await runSql(
    em,
    sql`select r.date::text as date, r.type, r.import_batch_id as batch from participant_result r where r.participant_id = ${id} order by r.date, r.type`,
  );
  const batchIds = new Set<number>();
  for (const row of [participant, ...attendance, ...exams, ...support, ...childcare, ...results]) {
    if (typeof row.batch === 'number') batchIds.add(row.batch);
  }
  const batches = await runSql(
    em,
    sql`select b.id, pa.code as partner, b.kind, b.file_name as "fileName", b.mode, b.status, b.submitted_by as "submittedBy",
          b.started_at as "startedAt"
        from import_batch b join partner pa on pa.id = b.partner_id where b.id = any(${`{${[...batchIds].join(',')}}`}::int[]) order by b.id`,
  );
  const { id: _internal, ...register } = participant;
  return {
    programme: programme.code,
    generatedAt: new Date().toISOString(),
    about:
      'Everything Razem Hub stores about this participant (GDPR art. 15). The PESEL is kept only as a keyed hash, used to ' +
      'link files and shown to no one; names are never stored. "batch" is the import that last wrote each record.',
    participant: register,
    attendance,
    exams,
    support,
    childcare,
    results,
    batches,
  };
}
