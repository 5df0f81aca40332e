import type { EntityManager } from '@mikro-orm/postgresql';
import { Partner } from '../partner/partner.entity.js';
import { Role } from './viewer.js';

/** A role and the partner it is bound to, checked: what users and tokens are created with. */
export interface RoleBinding {
  role: Role;
  partnerCode: string | null;
}

/** Parses a role name as typed on the command line (case-insensitive); throws naming the choices. */
export function parseRole(raw: string | undefined): Role {
  const role = raw?.trim().toUpperCase();
  if (role && role in Role) return Role[role as keyof typeof Role];
  throw new Error(`Unknown role ${JSON.stringify(raw ?? '')}: expected one of ${Object.values(Role).join(', ')}.`);
}

/**
 * Checks that a PARTNER names a partner the hub knows (in any programme) and that no other role
 * names one, as the tables' check constraints also insist.
 */
export async function checkRoleBinding(em: EntityManager, role: Role, partnerCode: string | null | undefined): Promise<RoleBinding> {
  const code = partnerCode?.trim().toUpperCase() || null;
  if (role !== Role.PARTNER) {
    if (code) throw new Error(`Only the PARTNER role is bound to a partner; drop --partner for ${role}.`);
    return { role, partnerCode: null };
  }
  if (!code) throw new Error('The PARTNER role needs --partner CODE (e.g. MOPS, CISI, ZDZ).');
  const known = (await em.find(Partner, {}, { fields: ['code'] })).map((partner) => partner.code);
  if (!known.includes(code)) {
    const choices = [...new Set(known)].sort();
    throw new Error(
      choices.length
        ? `Unknown partner ${code}: expected one of ${choices.join(', ')}.`
        : `Unknown partner ${code}: the hub has no partners yet (run \`hub init\` first).`,
    );
  }
  return { role, partnerCode: code };
}
