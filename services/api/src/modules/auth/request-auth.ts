import type { EntityManager } from '@mikro-orm/postgresql';
import { viewerForApiToken } from '../api-token/api-token.service.js';
import { parseCookies, SESSION_COOKIE } from './cookies.js';
import { viewerForSession } from './session.service.js';
import type { Viewer } from '../../access/viewer.js';

/** What the credentials on one HTTP request amount to. */
export type RequestAuthentication =
  /** A viewer (null: anonymous). `staleSessionCookie`: the request carried a session cookie that no longer works. */
  | { ok: true; viewer: Viewer | null; staleSessionCookie: boolean }
  /** Credentials were sent but are not valid: the request is refused, never downgraded to anonymous. */
  | { ok: false; message: string };

/**
 * Resolves the caller from `Authorization: Bearer <token>` (scripts) or the session cookie (the
 * dashboard). A bearer header wins over a cookie. A bad token is an error (a script should fail
 * loudly), a stale cookie just means "signed out".
 */
export async function authenticateRequest(
  em: EntityManager,
  options: { secret: string; authorization: string | undefined; cookie: string | undefined },
): Promise<RequestAuthentication> {
  if (options.authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(options.authorization);
    if (!match) return { ok: false, message: 'The Authorization header must read "Bearer <token>".' };
    const viewer = await viewerForApiToken(em, { secret: options.secret, token: match[1]! });
    if (!viewer) return { ok: false, message: 'The API token is not valid: it is unknown, expired or revoked.' };
    return { ok: true, viewer, staleSessionCookie: false };
  }
  const sessionSecret = parseCookies(options.cookie).get(SESSION_COOKIE);
  if (!sessionSecret) return { ok: true, viewer: null, staleSessionCookie: false };
  const viewer = await viewerForSession(em, sessionSecret);
  return { ok: true, viewer, staleSessionCookie: viewer === null };
}
