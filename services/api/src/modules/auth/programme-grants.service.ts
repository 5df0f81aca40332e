import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql, sqlArray } from '../../database/sql-fragment.js';
import type { ApiToken } from '../api-token/api-token.entity.js';
import { Programme } from '../programme/programme.entity.js';
import type { User } from '../user/user.entity.js';
import { ProgrammeGrant } from './programme-grant.entity.js';
import type { RoleBinding } from './role-binding.js';
import { Role } from './viewer.js';

/** A user or an API token: what programmes are granted to. */
export type GrantHolder = { user: User } | { apiToken: ApiToken };

function holderOf(holder: GrantHolder): User | ApiToken {
  return 'user' in holder ? holder.user : holder.apiToken;
}

/**
 * Records the programmes of a new account's binding (flush pending). Without `binding.programmes` an
 * ADMIN is an ADMIN of the whole hub, and any other role is granted every programme the hub has now
 * (as the ProgrammeGrants migration did for accounts made before grants existed). Returns the codes
 * granted, or null for the whole hub.
 */
export async function grantBindingProgrammes(em: EntityManager, holder: GrantHolder, binding: RoleBinding): Promise<string[] | null> {
  const account = holderOf(holder);
  if (binding.programmes === undefined && binding.role === Role.ADMIN) {
    account.allProgrammes = true;
    return null;
  }
  account.allProgrammes = false;
  const programmes = await em.find(Programme, binding.programmes === undefined ? {} : { code: { $in: [...binding.programmes] } }, { orderBy: { code: 'asc' } });
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
