import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { HubContext } from '../../graphql/context.js';
import { Attendance } from '../attendance/attendance.entity.js';
import { Childcare } from '../childcare/childcare.entity.js';
import { ExamResult } from '../exam/exam-result.entity.js';
import { ParticipantResult } from '../result/participant-result.entity.js';
import { SupportItem } from '../support/support-item.entity.js';
import { participantScopeFor, type ParticipantScope } from './participant-scope.service.js';

/** The records of many participants per kind, each in one query, cut to what the scope may see. */
export interface ParticipantRecordLoaders {
  attendance: DataLoader<number, Attendance[]>;
  exams: DataLoader<number, ExamResult[]>;
  support: DataLoader<number, SupportItem[]>;
  childcare: DataLoader<number, Childcare[]>;
  results: DataLoader<number, ParticipantResult[]>;
}

/**
 * One loader: rows of `entity` whose participant is among the keys, answered in key order
 * (a participant without rows gets []). `activityFilter` is the condition that puts a row in one
 * of the partner's activities; null for records with no activity (results: leader only).
 */
function scopedRecordsLoader<T extends { participant: { id: number } }>(
  em: EntityManager,
  scope: ParticipantScope,
  options: {
    entity: new () => T;
    activityFilter: ((activityIds: number[]) => FilterQuery<T>) | null;
    orderBy: QueryOrderMap<T>;
  },
): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (participantIds) => {
    let where = { participant: { $in: [...participantIds] } } as FilterQuery<T>;
    if (scope.kind === 'partner') {
      const inLeaderProgramme = { participant: { programme: { $in: scope.leaderProgrammeIds } } } as FilterQuery<T>;
      const visible = options.activityFilter
        ? { $or: [inLeaderProgramme, options.activityFilter(scope.activityIds)] }
        : inLeaderProgramme;
      where = { $and: [where, visible] } as FilterQuery<T>;
    }
    const rows = await em.find(options.entity, where, { orderBy: options.orderBy });
    const byParticipant = new Map<number, T[]>();
    for (const row of rows) {
      const siblings = byParticipant.get(row.participant.id);
      if (siblings) siblings.push(row);
      else byParticipant.set(row.participant.id, [row]);
    }
    return participantIds.map((id) => byParticipant.get(id) ?? []);
  });
}

function createRecordLoaders(em: EntityManager, scope: ParticipantScope): ParticipantRecordLoaders {
  return {
    attendance: scopedRecordsLoader(em, scope, {
      entity: Attendance,
      activityFilter: (ids) => ({ session: { activity: { $in: ids } } }),
      orderBy: { session: { date: 'asc', activity: 'asc' } },
    }),
    exams: scopedRecordsLoader(em, scope, {
      entity: ExamResult,
      activityFilter: (ids) => ({ activity: { $in: ids } }),
      orderBy: { examDate: 'asc', id: 'asc' },
    }),
    support: scopedRecordsLoader(em, scope, {
      entity: SupportItem,
      activityFilter: (ids) => ({ activity: { $in: ids } }),
      orderBy: { date: 'asc', id: 'asc' },
    }),
    childcare: scopedRecordsLoader(em, scope, {
      entity: Childcare,
      activityFilter: (ids) => ({ activity: { $in: ids } }),
      orderBy: { date: 'asc' },
    }),
    results: scopedRecordsLoader(em, scope, {
      entity: ParticipantResult,
      activityFilter: null,
      orderBy: { date: 'asc', id: 'asc' },
    }),
  };
}

interface RequestParticipantAccess {
  scope: Promise<ParticipantScope>;
  records: Promise<ParticipantRecordLoaders>;
}

/**
 * Keyed by the request's context, so scope and loaders live exactly as long as the request:
 * the scope depends on the viewer, which RequestLoaders' factories (em only) do not see.
 */
const perRequest = new WeakMap<HubContext, RequestParticipantAccess>();

/** The viewer's participant scope and scoped record loaders for this request, worked out once. */
export function participantAccess(context: HubContext): RequestParticipantAccess {
  let access = perRequest.get(context);
  if (!access) {
    const scope = participantScopeFor(context.em, context.viewer);
    // A rejected scope (a role without participant rows) must not surface as an unhandled rejection.
    scope.catch(() => undefined);
    access = { scope, records: scope.then((resolved) => createRecordLoaders(context.em, resolved)) };
    access.records.catch(() => undefined);
    perRequest.set(context, access);
  }
  return access;
}
