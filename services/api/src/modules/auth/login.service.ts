import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAuditNow } from '../audit/audit.service.js';
import { User } from '../user/user.entity.js';
import { normaliseEmail } from '../user/user.service.js';
import { badUserInputError, invalidCredentialsError, tooManyAttemptsError } from '../../access/auth-errors.js';
import {
  clearAccountFailures,
  lockedForSeconds,
  registerLoginFailure,
  throttleKeys,
} from './login-throttle.service.js';
import { decoyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { openSession, revokeSession, sessionViewer } from './session.service.js';
import type { Viewer } from '../../access/viewer.js';

export interface LoginOutcome {
  viewer: Viewer;
  /** The cookie's secret: goes into Set-Cookie and nowhere else. */
  sessionSecret: string;
  expiresAt: Date;
}

/**
 * Checks an e-mail and password, under the throttle, and opens a server-side session. Every
 * outcome (success, failure, refused while locked) goes to the audit log with the address.
 */
export async function logIn(
  em: EntityManager,
  options: { email: string; password: string; ip: string | null; previousSessionId?: string },
): Promise<LoginOutcome> {
  const email = normaliseEmail(options.email);
  if (!email || email.length > 254) throw badUserInputError('Give the e-mail address of your account.', 'email');
  if (!options.password) throw badUserInputError('Give your password.', 'password');
  const audit = (action: string, details: Record<string, unknown> = {}) =>
    recordAuditNow(em, { actor: email, action, entityType: 'user', entityKey: email, details: { ip: options.ip, ...details } });

  const keys = throttleKeys(email, options.ip);
  const lockedSeconds = await lockedForSeconds(em, keys);
  if (lockedSeconds > 0) {
    await audit('login.blocked', { retryAfterSeconds: lockedSeconds });
    throw tooManyAttemptsError(lockedSeconds);
  }

  const user = await em.findOne(User, { email, disabledAt: null }, { populate: ['passwordHash'] });
  // Verify against a decoy hash when there is no such user, so the timing is the same either way.
  const passwordMatches =
    options.password.length <= MAX_PASSWORD_LENGTH &&
    (await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), options.password));
  if (!user || !passwordMatches) {
    await registerLoginFailure(em, keys);
    await audit('login.failure', { reason: user ? 'wrong password' : 'no such active account' });
    throw invalidCredentialsError();
  }

  await clearAccountFailures(em, email);
  // A new sign-in always gets a new session id (no session fixation); the old one ends.
  if (options.previousSessionId) await revokeSession(em, options.previousSessionId);
  const { secret, session } = await openSession(em, user);
  await audit('login.success', { role: user.role, partner: user.partnerCode ?? null });
  return {
    viewer: await sessionViewer(em, user, session),
    sessionSecret: secret,
    expiresAt: session.expiresAt,
  };
}
