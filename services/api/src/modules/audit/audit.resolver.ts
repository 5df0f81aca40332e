import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { PAGE_SIZES } from '../../config/query-limits.js';
import type { HubContext } from '../../graphql/context.js';
import { decodeCursor, encodeCursor, PageInfo, passThroughComplexity, readPageSize } from '../../graphql/pagination.js';
import { allowed } from '../../access/access-rules.js';
import { badUserInputError } from '../../access/auth-errors.js';
import { visibleProgrammesWhere } from '../auth/programme-access.js';
import type { Viewer } from '../../access/viewer.js';
import { AuditEntry } from './audit-entry.entity.js';

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditLogPage {
  @Field(() => [AuditEntry], { complexity: passThroughComplexity, description: 'The entries of this page.' })
  nodes!: AuditEntry[];

  @Field(() => PageInfo, { description: 'Where the page ends.' })
  pageInfo!: PageInfo;
}

/**
 * A page of the audit log, newest first, optionally of one action or action family. An ADMIN of some
 * programmes reads only their entries; the hub-wide ones (sign-ins, accounts) are for ADMINs of the whole hub.
 */
export async function listAuditEntries(
  em: EntityManager,
  options: { first?: number | null; after?: string | null; action?: string | null; viewer: Viewer },
): Promise<AuditLogPage> {
  const first = readPageSize(options.first, PAGE_SIZES.auditLog);
  const afterKey = decodeCursor('audit', options.after);
  if (afterKey !== null && !/^\d+$/.test(afterKey)) throw badUserInputError('`after` is not a cursor this list gave out.', 'after');
  const action = options.action?.trim();
  const where: FilterQuery<AuditEntry> = {
    ...visibleProgrammesWhere(options.viewer, (codes) => ({ programmeCode: { $in: codes } })),
    ...(afterKey !== null ? { id: { $lt: afterKey } } : {}),
    // "login" matches login.success, login.failure and login.blocked; "login.failure" only itself.
    ...(action ? { $or: [{ action }, { action: { $like: `${action.replace(/[\\%_]/g, '\\$&')}.%` } }] } : {}),
  };
  const rows = await em.find(AuditEntry, where, { orderBy: { id: 'desc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes, pageInfo: { endCursor: last ? encodeCursor('audit', last.id) : null, hasNextPage: rows.length > first } };
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditLogPage, {
    description: `The audit log (ADMIN only; an ADMIN of some programmes sees only their entries): logins, mutations, imports, exports — who, when, what. Newest first; at most ${PAGE_SIZES.auditLog.max} per page.`,
    complexity: ({ args, childComplexity }) => 1 + (typeof args.first === 'number' ? args.first : PAGE_SIZES.auditLog.default) * childComplexity,
  })
  @Authorized(allowed('Query.auditLog'))
  auditLog(
    @Ctx() { em, viewer }: HubContext,
    @Arg('first', () => Int, { nullable: true, description: `Page size, 1–${PAGE_SIZES.auditLog.max}; default ${PAGE_SIZES.auditLog.default}.` }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
    @Arg('action', () => String, { nullable: true, description: 'Only this action, or this family: "login" matches login.success, login.failure, login.blocked.' }) action?: string | null,
  ): Promise<AuditLogPage> {
    return listAuditEntries(em, { first, after, action, viewer: viewer! });
  }
}
