import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql, sqlArray } from '../../database/sql-fragment.js';
import { ApiToken } from '../api-token/api-token.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { mayReadProgramme, unknownProgrammeMessage } from './programme-access.js';
import { ProgrammeGrant } from './programme-grant.entity.js';
import type { RoleBinding } from './role-binding.js';
import { Role, type Viewer } from '../../access/viewer.js';

/** A user or an API token: what programmes are granted to. */
export type GrantHolder = { user: User } | { apiToken: ApiToken };

function holderOf(holder: GrantHolder): User | ApiToken {
  return 'user' in holder ? holder.user : holder.apiToken;
}

/**
 * Records the programmes of a new account's binding (flush pending). Without `binding.programmes` an
 * ADMIN is an ADMIN of the whole hub, and any other role is granted every programme the hub has now (a
 * PARTNER those of its partner), as the ProgrammeGrants migration did for accounts made before grants. Returns the codes
 * granted, or null for the whole hub.
 */
export async function grantBindingProgrammes(em: EntityManager, holder: GrantHolder, binding: RoleBinding): Promise<string[] | null> {
  const account = holderOf(holder);
  if (binding.programmes === undefined && binding.role === Role.ADMIN) {
    account.allProgrammes = true;
    return null;
  }
  account.allProgrammes = false;
  let programmes = await em.find(Programme, binding.programmes === undefined ? {} : { code: { $in: [...binding.programmes] } }, { orderBy: { code: 'asc' } });
  if (binding.programmes === undefined && binding.partnerCode) {
    // As the migration did: a PARTNER only where its partner is a partner.
    const partnerOf = new Set((await em.find(Partner, { code: binding.partnerCode }, { fields: ['programme'] })).map((partner) => partner.programme.id));
    programmes = programmes.filter((programme) => partnerOf.has(programme.id));
  }
  for (const programme of programmes) em.create(ProgrammeGrant, { programme, ...holder });
  return programmes.map((programme) => programme.code);
}

/**
 * The programme codes a user or token may see, or undefined when it sees every programme (the
 * `Viewer.programmes` of an authenticated caller).
 */
export async function programmeScopeOf(em: EntityManager, holder: GrantHolder): Promise<readonly string[] | undefined> {
  const account = holderOf(holder);
  if (account.allProgrammes) return undefined;
  const where = 'user' in holder ? { user: holder.user.id } : { apiToken: holder.apiToken.id };
  const grants = await em.find(ProgrammeGrant, where, { populate: ['programme'], fields: ['programme.code'] });
  return grants.map((grant) => grant.programme.getEntity().code).sort();
}

/** Grants one programme to users by id, keeping what they hold already (the demo accounts of each seeded programme). */
export async function grantProgrammeToUsers(em: EntityManager, programmeCode: string, userIds: readonly number[]): Promise<void> {
  if (!userIds.length) return;
  await runSql(
    em,
    sql`insert into programme_grant (programme_id, user_id)
        select p.id, u.id from programme p join hub_user u on u.id = any(${sqlArray(userIds, 'int')})
         where p.code = ${programmeCode} and not u.all_programmes
        on conflict (user_id, programme_id) do nothing`,
  );
}

/** A grant change the caller got wrong (no such account, a PARTNER outside the programme …): BAD_USER_INPUT. */
export class GrantRequestError extends Error {}

/** The account a grant change names: a user by e-mail or a token by id, exactly one. */
async function accountNamed(em: EntityManager, account: { email?: string | null; tokenId?: number | null }): Promise<GrantHolder> {
  const email = account.email?.trim().toLowerCase();
  if (Boolean(email) === (account.tokenId !== undefined && account.tokenId !== null)) {
    throw new GrantRequestError('Name one account: either `email` (a user) or `tokenId` (an API token).');
  }
  if (email) {
    const user = await em.findOne(User, { email });
    if (!user) throw new GrantRequestError(`There is no user with the e-mail ${email}.`);
    return { user };
  }
  const apiToken = await em.findOne(ApiToken, { id: account.tokenId!, revokedAt: null });
  if (!apiToken) throw new GrantRequestError(`There is no active API token with id ${account.tokenId}.`);
  return { apiToken };
}

function accountLabel(holder: GrantHolder): string {
  return 'user' in holder ? holder.user.email : `token ${holder.apiToken.id}`;
}

/**
 * Grants or revokes one programme of a user or token (GraphQL `grantProgramme` / `revokeProgramme`,
 * ADMIN; the auth checker has already confined a scoped ADMIN to its own programmes). Audited. Returns
 * the account's programmes the caller may see afterwards.
 */
export async function changeProgrammeGrant(
  em: EntityManager,
  options: { change: 'grant' | 'revoke'; programmeCode: string; email?: string | null; tokenId?: number | null; viewer: Viewer },
): Promise<string[]> {
  const holder = await accountNamed(em, options);
  const account = holderOf(holder);
  if (account.allProgrammes) throw new GrantRequestError(`${accountLabel(holder)} is an ADMIN of the whole hub: it sees every programme without grants.`);
  const programme = await em.findOne(Programme, { code: options.programmeCode });
  if (!programme) throw new GrantRequestError(unknownProgrammeMessage(options.programmeCode));
  const where = { programme, ...('user' in holder ? { user: holder.user } : { apiToken: holder.apiToken }) };
  const existing = await em.findOne(ProgrammeGrant, where);
  if (options.change === 'grant' && !existing) {
    if (account.partnerCode && !(await em.count(Partner, { programme, code: account.partnerCode }))) {
      throw new GrantRequestError(`${account.partnerCode} is not a partner of programme ${programme.code}: a PARTNER account is granted only programmes of its partner.`);
    }
    em.create(ProgrammeGrant, where);
  }
  if (options.change === 'revoke' && existing) em.remove(existing);
  if (options.change === 'grant' ? !existing : existing) {
    recordAudit(em, {
      actor: options.viewer.name,
      action: options.change === 'grant' ? 'grant.add' : 'grant.revoke',
      programmeCode: programme.code,
      entityType: 'user' in holder ? 'user' : 'api_token',
      entityKey: 'user' in holder ? holder.user.email : String(holder.apiToken.id),
      details: { role: account.role, partner: account.partnerCode ?? null },
    });
  }
  await em.flush();
  return ((await programmeScopeOf(em, holder)) ?? []).filter((code) => mayReadProgramme(options.viewer, code));
}
