import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { grantBindingProgrammes, programmeScopeOf } from '../auth/programme-grants.service.js';
import type { RoleBinding } from '../auth/role-binding.js';
import type { Viewer } from '../../access/viewer.js';
import { ApiToken } from './api-token.entity.js';

/** Tokens read `rzh_` + 43 base64url characters (256 random bits); the prefix makes leaked ones greppable. */
export const TOKEN_PREFIX = 'rzh_';
const TOKEN_PATTERN = /^rzh_[A-Za-z0-9_-]{43}$/;

/** last_used_at is a hint for `hub token list`, not a log: writing it at most once a minute keeps reads read-only. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** HMAC-SHA-256 of the token keyed by the hub secret, hex. */
export function hashApiToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

/** Creates a token granted the binding's programmes; returns it in clear exactly once — only its keyed hash is stored. */
export async function createApiToken(
  em: EntityManager,
  options: { secret: string; binding: RoleBinding; name: string; createdBy: string; expiresAt?: Date | null },
): Promise<{ token: string; record: ApiToken }> {
  const name = options.name.trim();
  if (!name) throw new Error('A token needs a name saying what it is for (--name).');
  if (name.length > 100) throw new Error('A token name has at most 100 characters.');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const record = em.create(ApiToken, {
    name,
    role: options.binding.role,
    partnerCode: options.binding.partnerCode,
    tokenHash: hashApiToken(options.secret, token),
    prefix: token.slice(0, 12),
    createdBy: options.createdBy,
    expiresAt: options.expiresAt ?? null,
  });
  const programmes = await grantBindingProgrammes(em, { apiToken: record }, options.binding);
  await em.flush();
  recordAudit(em, {
    actor: options.createdBy,
    action: 'token.create',
    entityType: 'api_token',
    entityKey: String(record.id),
    details: { name, role: record.role, partner: record.partnerCode ?? null, programmes: programmes ?? 'ALL', expiresAt: record.expiresAt?.toISOString() ?? null },
  });
  await em.flush();
  return { token, record };
}

/** Every token, newest first, revoked ones included (they show when and that they were revoked). */
export function listApiTokens(em: EntityManager): Promise<ApiToken[]> {
  return em.find(ApiToken, {}, { orderBy: { id: 'desc' } });
}

/** Revokes a token by id; returns false when it was already revoked. Throws when there is no such token. */
export async function revokeApiToken(em: EntityManager, options: { id: number; revokedBy: string }): Promise<boolean> {
  const record = await em.findOne(ApiToken, { id: options.id });
  if (!record) throw new Error(`There is no API token with id ${options.id} (see \`hub token list\`).`);
  if (record.revokedAt) return false;
  record.revokedAt = new Date();
  recordAudit(em, {
    actor: options.revokedBy,
    action: 'token.revoke',
    entityType: 'api_token',
    entityKey: String(record.id),
    details: { name: record.name, role: record.role, partner: record.partnerCode ?? null },
  });
  await em.flush();
  return true;
}

/** The viewer a bearer token stands for, or null when it is malformed, unknown, revoked or expired. */
export async function viewerForApiToken(em: EntityManager, options: { secret: string; token: string }): Promise<Viewer | null> {
  if (!TOKEN_PATTERN.test(options.token)) return null;
  const record = await em.findOne(ApiToken, { tokenHash: hashApiToken(options.secret, options.token), revokedAt: null });
  if (!record || (record.expiresAt && record.expiresAt.getTime() <= Date.now())) return null;
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await em.nativeUpdate(ApiToken, { id: record.id }, { lastUsedAt: new Date() });
  }
  const programmes = await programmeScopeOf(em, { apiToken: record });
  return {
    kind: 'token',
    role: record.role,
    partnerCode: record.partnerCode ?? null,
    ...(programmes ? { programmes } : {}),
    name: `token:${record.name}`.slice(0, 200),
    tokenId: record.id,
  };
}
