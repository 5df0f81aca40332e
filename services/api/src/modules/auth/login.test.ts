import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClientInfo } from '../../graphql/context.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { createUser } from '../user/user.service.js';
import { User } from '../user/user.entity.js';
import { LoginThrottle } from './login-throttle.entity.js';
import { LOGIN_LIMITS } from './login-throttle.service.js';
import { UserSession } from './user-session.entity.js';
import { viewerForSession } from './session.service.js';
import { Role, type Viewer } from '../../access/viewer.js';

const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { viewer { kind role partnerCode email label } expiresAt }
  }
`;
const PASSWORD = 'correct horse battery staple';

describe('signing in', () => {
  let testHub: TestHub;

  /** Runs the login mutation from `ip` as an anonymous caller; returns data, error codes and cookies. */
  async function login(email: string, password: string, ip: string | null = '198.51.100.7') {
    const client: ClientInfo = { ip, secure: false };
    const context = testHub.hub.createContext({ viewer: null, client });
    const response = await testHub.hub.apollo.executeOperation({ query: LOGIN, variables: { email, password } }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    return {
      data: data as { login: { viewer: Record<string, unknown>; expiresAt: string } } | null,
      codes: (errors ?? []).map((error) => error.extensions?.code),
      errors,
      cookies: context.responseCookies,
    };
  }

  beforeAll(async () => {
    testHub = await createTestHub();
    const em = testHub.database.orm.em.fork();
    await createUser(em, { email: 'Ola@Example.org', password: PASSWORD, binding: { role: Role.PARTNER, partnerCode: 'CISI' } });
    await createUser(em, { email: 'jan@example.org', password: PASSWORD, binding: { role: Role.STEERING, partnerCode: null } });
  });
  beforeEach(async () => {
    await testHub.database.orm.em.fork().nativeDelete(LoginThrottle, {});
  });
  afterAll(async () => {
    await testHub.close();
  });

  it('stores only an argon2id hash of the password', async () => {
    const user = await testHub.database.orm.em.fork().findOneOrFail(User, { email: 'ola@example.org' }, { populate: ['passwordHash'] });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
  });

  it('signs in with the right password (e-mail case does not matter), opens a server-side session and sets an HttpOnly SameSite=Strict cookie', async () => {
    const result = await login('  OLA@example.org ', PASSWORD);
    expect(result.codes).toEqual([]);
    expect(result.data?.login.viewer).toEqual({
      kind: 'USER',
      role: 'PARTNER',
      partnerCode: 'CISI',
      email: 'ola@example.org',
      label: 'ola@example.org',
    });
    expect(result.cookies).toHaveLength(1);
    const cookie = result.cookies[0]!;
    expect(cookie).toMatch(/^razem_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=43200$/);
    const secret = /^razem_session=([^;]+)/.exec(cookie)![1]!;
    const viewer = await viewerForSession(testHub.database.orm.em.fork(), secret);
    expect(viewer).toMatchObject({ kind: 'user', role: Role.PARTNER, partnerCode: 'CISI', name: 'ola@example.org' });
    // The table holds a hash of the cookie's secret, never the secret.
    const sessions = await testHub.database.orm.em.fork().find(UserSession, { id: viewer!.sessionId! });
    expect(sessions[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions[0]!.tokenHash).not.toBe(secret);
  });

  it('answers the same INVALID_CREDENTIALS for a wrong password and for an unknown e-mail', async () => {
    const wrong = await login('ola@example.org', 'not the password at all');
    const unknown = await login('nobody@example.org', PASSWORD);
    expect(wrong.codes).toEqual(['INVALID_CREDENTIALS']);
    expect(unknown.codes).toEqual(['INVALID_CREDENTIALS']);
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(wrong.cookies).toEqual([]);
  });

  it(`locks an account after ${LOGIN_LIMITS.maxFailuresPerAccount} failures: even the right password is then refused with TOO_MANY_ATTEMPTS`, async () => {
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < LOGIN_LIMITS.maxFailuresPerAccount; attempt += 1) {
      // Different addresses: the per-account limit holds however the attacker spreads out.
      codes.push(...(await login('jan@example.org', `guess ${attempt}`, `203.0.113.${attempt}`)).codes);
    }
    expect(codes).toEqual(Array(LOGIN_LIMITS.maxFailuresPerAccount).fill('INVALID_CREDENTIALS'));
    const blocked = await login('jan@example.org', PASSWORD, '203.0.113.99');
    expect(blocked.codes).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(blocked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(LOGIN_LIMITS.lockSeconds - 5);
    expect(blocked.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_LIMITS.lockSeconds);
    expect(blocked.cookies).toEqual([]);
    // Other accounts are unaffected.
    expect((await login('ola@example.org', PASSWORD, '203.0.113.99')).codes).toEqual([]);

    // When the lock has run out, the right password works again and clears the count.
    await testHub.database.orm.em.getConnection().execute(
      `update login_throttle set locked_until = now() - interval '1 second', window_started_at = now() - interval '1 hour'`,
    );
    expect((await login('jan@example.org', PASSWORD, '203.0.113.99')).codes).toEqual([]);
    expect(await testHub.database.orm.em.fork().count(LoginThrottle, { key: 'account:jan@example.org' })).toBe(0);
  });

  it('counts failures within the window only: a failure after the window starts a new count', async () => {
    for (let attempt = 0; attempt < LOGIN_LIMITS.maxFailuresPerAccount - 1; attempt += 1) await login('jan@example.org', 'wrong', null);
    await testHub.database.orm.em.getConnection().execute(`update login_throttle set window_started_at = now() - interval '16 minutes'`);
    expect((await login('jan@example.org', 'wrong', null)).codes).toEqual(['INVALID_CREDENTIALS']);
    const throttle = await testHub.database.orm.em.fork().findOneOrFail(LoginThrottle, { key: 'account:jan@example.org' });
    expect(throttle.failures).toBe(1);
    expect(throttle.lockedUntil).toBeNull();
  });

  it(`locks an address after ${LOGIN_LIMITS.maxFailuresPerIp} failures across many e-mails`, async () => {
    for (let attempt = 0; attempt < LOGIN_LIMITS.maxFailuresPerIp; attempt += 1) {
      expect((await login(`user${attempt}@example.org`, 'guess', '192.0.2.66')).codes).toEqual(['INVALID_CREDENTIALS']);
    }
    expect((await login('ola@example.org', PASSWORD, '192.0.2.66')).codes).toEqual(['TOO_MANY_ATTEMPTS']);
    // The same account from another address still works: only the address is locked.
    expect((await login('ola@example.org', PASSWORD, '192.0.2.67')).codes).toEqual([]);
  });

  it('refuses disabled accounts like wrong passwords', async () => {
    const em = testHub.database.orm.em.fork();
    const user = await createUser(em, { email: 'gone@example.org', password: PASSWORD, binding: { role: Role.ADMIN, partnerCode: null } });
    user.disabledAt = new Date();
    await em.flush();
    expect((await login('gone@example.org', PASSWORD)).codes).toEqual(['INVALID_CREDENTIALS']);
  });

  it('records every success, failure and refusal in the audit log, with the address and never the password', async () => {
    const em = testHub.database.orm.em.fork();
    await em.nativeDelete(AuditEntry, { action: { $like: 'login.%' } });
    await login('ola@example.org', PASSWORD, '198.51.100.1');
    for (let attempt = 0; attempt < LOGIN_LIMITS.maxFailuresPerAccount; attempt += 1) {
      await login('ola@example.org', 'Tr0ub4dor&3-guess', '198.51.100.2');
    }
    await login('ola@example.org', PASSWORD, '198.51.100.3');
    const entries = await em.find(AuditEntry, { action: { $like: 'login.%' } }, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => [entry.actor, entry.action, entry.details?.ip])).toEqual([
      ['ola@example.org', 'login.success', '198.51.100.1'],
      ...Array(LOGIN_LIMITS.maxFailuresPerAccount).fill(['ola@example.org', 'login.failure', '198.51.100.2']),
      ['ola@example.org', 'login.blocked', '198.51.100.3'],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Tr0ub4dor');
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
    await em.nativeDelete(LoginThrottle, {});
  });

  it('logout revokes the session server-side, so the same cookie no longer signs anyone in', async () => {
    const signedIn = await login('ola@example.org', PASSWORD);
    const secret = /^razem_session=([^;]+)/.exec(signedIn.cookies[0]!)![1]!;
    const viewer = (await viewerForSession(testHub.database.orm.em.fork(), secret)) as Viewer;
    const context = testHub.hub.createContext({ viewer });
    const response = await testHub.hub.apollo.executeOperation({ query: 'mutation { logout }' }, { contextValue: context });
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ logout: true });
    expect(context.responseCookies).toEqual(['razem_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0']);
    expect(await viewerForSession(testHub.database.orm.em.fork(), secret)).toBeNull();
    const audit = await testHub.database.orm.em.fork().find(AuditEntry, { action: 'mutation.logout' });
    expect(audit.map((entry) => [entry.actor, entry.details?.outcome])).toContainEqual(['ola@example.org', 'ok']);
  });

  it('expired sessions sign nobody in', async () => {
    const signedIn = await login('ola@example.org', PASSWORD);
    const secret = /^razem_session=([^;]+)/.exec(signedIn.cookies[0]!)![1]!;
    await testHub.database.orm.em.getConnection().execute(`update user_session set expires_at = now() - interval '1 second'`);
    expect(await viewerForSession(testHub.database.orm.em.fork(), secret)).toBeNull();
  });
});
