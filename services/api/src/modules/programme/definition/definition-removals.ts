import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProgrammeDefinition } from '@razem/seeds';
import { runSql, sql, sqlArray } from '../../../database/sql-fragment.js';
import { Activity } from '../../activity/activity.entity.js';
import { ProgrammeEvent } from '../../event/programme-event.entity.js';
import { Indicator } from '../../indicator/indicator.entity.js';
import { MediaMention } from '../../media-mention/media-mention.entity.js';
import { Partner } from '../../partner/partner.entity.js';
import { Site } from '../../site/site.entity.js';
import { SupportKindActivity } from '../../support/support-kind-activity.entity.js';
import { ProgrammeSupportKind } from '../../support/support-kind.entity.js';
import type { SupportKind } from '../../../codes/support-kind.js';
import { Task } from '../../task/task.entity.js';

/** What a stored programme has and its new definition no longer declares, by table. */
export interface DefinitionRemovals {
  programmeId: number;
  partners: { id: number; code: string }[];
  tasks: { id: number; code: string }[];
  activities: { id: number; code: string }[];
  supportKinds: string[];
  indicators: number[];
  events: number[];
  sites: number[];
  mediaMentions: number[];
}

/** A part of the structure the definition drops although stored records hang on it: what and how many. */
export interface OrphanedRecords {
  kind: 'partner' | 'task' | 'activity' | 'support kind';
  code: string;
  /** e.g. { sessions: 12, 'attendance records': 140 }; only non-zero counts. */
  records: Record<string, number>;
  /** For a partner or a task: its dropped activities that have records. */
  activities?: string[];
}

export function removalCount(removals: DefinitionRemovals): number {
  const { programmeId: _programme, ...lists } = removals;
  return Object.values(lists).reduce((sum, list: unknown[]) => sum + list.length, 0);
}

/** Finds what of programme `programmeId` the definition no longer declares (by code). */
export async function findRemovals(em: EntityManager, programmeId: number, definition: ProgrammeDefinition): Promise<DefinitionRemovals> {
  const codes = (items: { code: string }[]) => ({ $nin: items.map((item) => item.code) });
  const where = (items: { code: string }[]) => ({ programme: programmeId, code: codes(items) });
  const idAndCode = (rows: { id: number; code: string }[]) => rows.map(({ id, code }) => ({ id, code }));
  return {
    programmeId,
    partners: idAndCode(await em.find(Partner, where(definition.partners), { orderBy: { code: 'asc' } })),
    tasks: idAndCode(await em.find(Task, where(definition.tasks), { orderBy: { code: 'asc' } })),
    activities: idAndCode(await em.find(Activity, where(definition.activities), { orderBy: { code: 'asc' } })),
    supportKinds: (
      await em.find(SupportKindActivity, { programme: programmeId, kind: { $nin: definition.supportKinds.map((kind) => kind.code as SupportKind) } })
    ).map((mapping) => mapping.kind as string).sort(),
    indicators: (await em.find(Indicator, where(definition.indicators))).map((row) => row.id),
    events: (await em.find(ProgrammeEvent, where(definition.events))).map((row) => row.id),
    sites: (await em.find(Site, where(definition.sites))).map((row) => row.id),
    mediaMentions: (await em.find(MediaMention, where(definition.mediaMentions))).map((row) => row.id),
  };
}

/**
 * The stored records the removals would delete (every foreign key to the structure cascades): each
 * dropped activity's sessions, attendance, exams, support and childcare; each dropped partner's import
 * batches and month approvals and each dropped partner's or task's activities with records; each dropped
 * support kind's support items. Empty: the removals orphan nothing.
 */
export async function orphanedRecords(em: EntityManager, removals: DefinitionRemovals): Promise<OrphanedRecords[]> {
  const orphans: OrphanedRecords[] = [];
  const activityRows = removals.activities.length
    ? await runSql<{ code: string; partner_id: number; task_id: number; sessions: string; attendance: string; exams: string; support: string; childcare: string }>(
        em,
        sql`select a.code, a.partner_id, a.task_id,
              (select count(*) from session s where s.activity_id = a.id) as sessions,
              (select count(*) from attendance t join session s on s.id = t.session_id where s.activity_id = a.id) as attendance,
              (select count(*) from exam_result e where e.activity_id = a.id) as exams,
              (select count(*) from support_item i where i.activity_id = a.id) as support,
              (select count(*) from childcare c where c.activity_id = a.id) as childcare
            from activity a where a.id = any(${sqlArray(removals.activities.map((activity) => activity.id), 'int')})
            order by a.code`,
      )
    : [];
  const activitiesWithRecords = activityRows.flatMap((row) => {
    const records = nonZero({
      sessions: row.sessions,
      'attendance records': row.attendance,
      'exam results': row.exams,
      'support items': row.support,
      'childcare days': row.childcare,
    });
    return Object.keys(records).length ? [{ ...row, records }] : [];
  });
  for (const activity of activitiesWithRecords) orphans.push({ kind: 'activity', code: activity.code, records: activity.records });

  const partnerIds = removals.partners.map((partner) => partner.id);
  const partnerRows = partnerIds.length
    ? await runSql<{ id: number; batches: string; approvals: string }>(
        em,
        sql`select p.id,
              (select count(*) from import_batch b where b.partner_id = p.id) as batches,
              (select count(*) from period_approval a where a.partner_id = p.id) as approvals
            from partner p where p.id = any(${sqlArray(partnerIds, 'int')})`,
      )
    : [];
  for (const partner of removals.partners) {
    const row = partnerRows.find((candidate) => candidate.id === partner.id);
    const records = nonZero({ 'import batches': row?.batches ?? 0, 'approved months': row?.approvals ?? 0 });
    const activities = activitiesWithRecords.filter((activity) => activity.partner_id === partner.id).map((activity) => activity.code);
    if (Object.keys(records).length || activities.length) orphans.push({ kind: 'partner', code: partner.code, records, activities });
  }
  for (const task of removals.tasks) {
    const activities = activitiesWithRecords.filter((activity) => activity.task_id === task.id).map((activity) => activity.code);
    if (activities.length) orphans.push({ kind: 'task', code: task.code, records: {}, activities });
  }
  if (removals.supportKinds.length) {
    const kindRows = await runSql<{ kind: string; items: string }>(
      em,
      sql`select i.kind, count(*) as items from support_item i join participant p on p.id = i.participant_id
          where p.programme_id = ${removals.programmeId} and i.kind = any(${sqlArray(removals.supportKinds, 'text')})
          group by i.kind order by i.kind`,
    );
    for (const row of kindRows) orphans.push({ kind: 'support kind', code: row.kind, records: { 'support items': Number(row.items) } });
  }
  return orphans;
}

/** Deletes the removals (after the orphan check found nothing hanging on them). */
export async function deleteRemovals(em: EntityManager, removals: DefinitionRemovals): Promise<void> {
  const ids = (rows: { id: number }[]) => ({ id: { $in: rows.map((row) => row.id) } });
  if (removals.supportKinds.length) {
    await em.nativeDelete(SupportKindActivity, { programme: removals.programmeId, kind: { $in: removals.supportKinds as SupportKind[] } });
    await em.nativeDelete(ProgrammeSupportKind, { programme: removals.programmeId, code: { $in: removals.supportKinds as SupportKind[] } });
  }
  if (removals.activities.length) await em.nativeDelete(Activity, ids(removals.activities));
  if (removals.tasks.length) await em.nativeDelete(Task, ids(removals.tasks));
  if (removals.partners.length) await em.nativeDelete(Partner, ids(removals.partners));
  if (removals.indicators.length) await em.nativeDelete(Indicator, { id: { $in: removals.indicators } });
  if (removals.events.length) await em.nativeDelete(ProgrammeEvent, { id: { $in: removals.events } });
  if (removals.sites.length) await em.nativeDelete(Site, { id: { $in: removals.sites } });
  if (removals.mediaMentions.length) await em.nativeDelete(MediaMention, { id: { $in: removals.mediaMentions } });
}

function nonZero(counts: Record<string, string | number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, Number(count)] as const).filter(([, count]) => count > 0));
}
