import type { EntityManager } from '@mikro-orm/postgresql';
import { PAGE_SIZES } from '../../config/query-limits.js';
import { decodeCursor, encodeCursor, readPageSize, type PageInfo } from '../../graphql/pagination.js';
import { Programme } from '../programme/programme.entity.js';
import type { ParticipantScope } from './participant-scope.service.js';
import { HAS_RECORD_IN_ACTIVITIES_SQL, intArrayLiteral } from './participant-scope.service.js';
import { Participant } from './participant.entity.js';

export interface ParticipantPageData {
  nodes: Participant[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The scope's restriction for one programme: none, everything hidden, or "has a record in these activities". */
function restrictionIn(scope: ParticipantScope, programmeId: number): { sql: string; params: string[] } | 'none' | 'nothing' {
  if (scope.kind === 'all' || scope.leaderProgrammeIds.includes(programmeId)) return 'none';
  if (scope.activityIds.length === 0) return 'nothing';
  const ids = intArrayLiteral(scope.activityIds);
  return { sql: HAS_RECORD_IN_ACTIVITIES_SQL, params: [ids, ids, ids, ids] };
}

function participantQuery(em: EntityManager, programmeId: number, restriction: { sql: string; params: string[] } | 'none') {
  const qb = em.createQueryBuilder(Participant, 'p').where({ programme: programmeId });
  if (restriction !== 'none') qb.andWhere(restriction.sql, restriction.params);
  return qb;
}

const EMPTY_PAGE: ParticipantPageData = { nodes: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 };

/** A page of the participants of a programme that `scope` may see, by code. Unknown programme: empty. */
export async function listParticipants(
  em: EntityManager,
  scope: ParticipantScope,
  options: { programmeCode: string; first?: number | null; after?: string | null },
): Promise<ParticipantPageData> {
  const first = readPageSize(options.first, PAGE_SIZES.participants);
  const afterCode = decodeCursor('participant', options.after);
  const programme = await em.findOne(Programme, { code: options.programmeCode }, { fields: ['id'] });
  if (!programme) return EMPTY_PAGE;
  const restriction = restrictionIn(scope, programme.id);
  if (restriction === 'nothing') return EMPTY_PAGE;

  const page = participantQuery(em, programme.id, restriction);
  if (afterCode !== null) page.andWhere({ code: { $gt: afterCode } });
  const rows = await page.orderBy({ code: 'asc' }).limit(first + 1).getResultList();
  const totalCount = await participantQuery(em, programme.id, restriction).getCount();
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: { endCursor: last ? encodeCursor('participant', last.code) : null, hasNextPage: rows.length > first },
    totalCount,
  };
}

/** One participant by programme and code, or null when there is none or `scope` may not see it. */
export async function findParticipant(
  em: EntityManager,
  scope: ParticipantScope,
  options: { programmeCode: string; code: string },
): Promise<Participant | null> {
  const programme = await em.findOne(Programme, { code: options.programmeCode }, { fields: ['id'] });
  if (!programme) return null;
  const restriction = restrictionIn(scope, programme.id);
  // Not visible and not there look the same: a partner cannot probe which codes exist.
  if (restriction === 'nothing') return null;
  const rows = await participantQuery(em, programme.id, restriction).andWhere({ code: options.code.trim() }).getResultList();
  return rows[0] ?? null;
}
