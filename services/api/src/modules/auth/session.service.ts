import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../user/user.entity.js';
import { programmeScopeOf } from './programme-grants.service.js';
import { UserSession } from './user-session.entity.js';
import type { Viewer } from '../../access/viewer.js';

/** A session lasts a working day from sign-in; then the dashboard asks to sign in again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Session secrets are 256-bit random, so a plain SHA-256 is enough to make the stored value useless. */
function hashSessionSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Opens a session for `user`; returns the secret for the cookie (stored nowhere) and the row. */
export async function openSession(em: EntityManager, user: User): Promise<{ secret: string; session: UserSession }> {
  const secret = randomBytes(32).toString('base64url');
  const session = em.create(UserSession, {
    id: randomUUID(),
    user,
    tokenHash: hashSessionSecret(secret),
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
  });
  await em.flush();
  return { secret, session };
}

/** The viewer behind a session cookie's value, or null when it is unknown, expired, revoked or its user disabled. */
export async function viewerForSession(em: EntityManager, secret: string): Promise<Viewer | null> {
  // Cookie values are base64url of 32 bytes; anything else cannot be ours and costs no query.
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  const session = await em.findOne(
    UserSession,
    { tokenHash: hashSessionSecret(secret), revokedAt: null, expiresAt: { $gt: new Date() }, user: { disabledAt: null } },
    { populate: ['user'] },
  );
  if (!session) return null;
  return sessionViewer(em, session.user.getEntity(), session);
}

/** Who `user` is while signed in through `session`, with the programmes granted to it. */
export async function sessionViewer(em: EntityManager, user: User, session: UserSession): Promise<Viewer> {
  const programmes = await programmeScopeOf(em, { user });
  return {
    kind: 'user',
    role: user.role,
    partnerCode: user.partnerCode ?? null,
    ...(programmes ? { programmes } : {}),
    name: user.email,
    userId: user.id,
    sessionId: session.id,
    sessionExpiresAt: session.expiresAt,
  };
}

/** Ends one session (logout). */
export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeUpdate(UserSession, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
}

/** Ends every session of a user (password reset, account disabled). */
export async function revokeUserSessions(em: EntityManager, userId: number): Promise<number> {
  return em.nativeUpdate(UserSession, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}
