import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { grantBindingProgrammes } from '../auth/programme-grants.service.js';
import type { RoleBinding } from '../auth/role-binding.js';
import { revokeUserSessions } from '../auth/session.service.js';
import { User } from './user.entity.js';

/** E-mails compare case-insensitively: stored and looked up lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Why the e-mail cannot be an account's, or null. Deliberately loose: the address is a login name. */
export function emailProblem(email: string): string | null {
  if (email.length > 254) return 'An e-mail address has at most 254 characters.';
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) return `${JSON.stringify(email)} is not an e-mail address.`;
  return null;
}

/**
 * Creates a user with a hashed password, granted the binding's programmes; throws with a clear
 * message on a bad or taken e-mail or a weak password.
 */
export async function createUser(
  em: EntityManager,
  options: { email: string; password: string; binding: RoleBinding; demo?: boolean },
): Promise<User> {
  const email = normaliseEmail(options.email);
  const emailIssue = emailProblem(email);
  if (emailIssue) throw new Error(emailIssue);
  const passwordIssue = passwordProblem(options.password);
  if (passwordIssue) throw new Error(passwordIssue);
  if (await em.count(User, { email })) throw new Error(`A user with the e-mail ${email} already exists.`);
  const user = em.create(User, {
    email,
    passwordHash: await hashPassword(options.password),
    role: options.binding.role,
    partnerCode: options.binding.partnerCode,
    demo: options.demo ?? false,
  });
  await grantBindingProgrammes(em, { user }, options.binding);
  await em.flush();
  return user;
}

/** Sets a new password and ends every session of the user (a password change signs out everywhere). */
export async function setUserPassword(em: EntityManager, user: User, password: string): Promise<void> {
  const passwordIssue = passwordProblem(password);
  if (passwordIssue) throw new Error(passwordIssue);
  user.passwordHash = await hashPassword(password);
  await em.flush();
  await revokeUserSessions(em, user.id);
}
