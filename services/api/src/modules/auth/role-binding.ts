import type { EntityManager } from '@mikro-orm/postgresql';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { Role } from '../../access/viewer.js';

/** A role, the partner it is bound to and the programmes it holds in: what users and tokens are created with. */
export interface RoleBinding {
  role: Role;
  partnerCode: string | null;
  /**
   * The programmes granted (codes). Omitted: an ADMIN of the whole hub; for other roles every programme
   * the hub has at creation (the command line and the GraphQL grants always name them: checkAccountBinding).
   */
  programmes?: readonly string[];
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

/**
 * Checks a new account's role, partner and programmes as `hub user create` / `hub token create` take
 * them: ADMIN with no `--programme` is an ADMIN of the whole hub; every other role names at least one
 * programme; every programme exists; a PARTNER's partner is a partner of each of its programmes.
 */
export async function checkAccountBinding(
  em: EntityManager,
  options: { role: Role; partnerCode: string | null | undefined; programmes: readonly string[] },
): Promise<RoleBinding> {
  const binding = await checkRoleBinding(em, options.role, options.partnerCode);
  const codes = [...new Set(options.programmes.map((code) => code.trim()).filter(Boolean))];
  if (!codes.length) {
    if (binding.role === Role.ADMIN) return binding;
    throw new Error(`The ${binding.role} role is granted per programme: give --programme CODE (repeat it for several).`);
  }
  const programmes = await em.find(Programme, {}, { fields: ['id', 'code'], orderBy: { code: 'asc' } });
  for (const code of codes) {
    const programme = programmes.find((candidate) => candidate.code === code);
    if (!programme) {
      const choices = programmes.map((candidate) => candidate.code);
      throw new Error(`Unknown programme ${JSON.stringify(code)}: ${choices.length ? `expected one of ${choices.join(', ')}` : 'the hub has no programmes yet (run `hub init` first)'}.`);
    }
    if (binding.partnerCode) {
      const partners = (await em.find(Partner, { programme: programme.id }, { fields: ['code'], orderBy: { code: 'asc' } })).map((partner) => partner.code);
      if (!partners.includes(binding.partnerCode)) {
        throw new Error(`${binding.partnerCode} is not a partner of programme ${code}: expected one of ${partners.join(', ')}.`);
      }
    }
  }
  return { ...binding, programmes: codes.sort() };
}
