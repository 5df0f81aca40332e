import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { createApiToken, revokeApiToken } from '../modules/api-token/api-token.service.js';
import { Role } from '../access/viewer.js';
import { createUser } from '../modules/user/user.service.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { createHttpServer, listenOnLoopback } from './server.js';

const PASSWORD = 'a long enough password';

describe('authentication over HTTP', () => {
  let testHub: TestHub;
  let server: Server;
  let base: string;

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    testHub = await createTestHub();
    await createUser(testHub.database.orm.em.fork(), {
      email: 'mops@example.org',
      password: PASSWORD,
      binding: { role: Role.PARTNER, partnerCode: 'MOPS' },
    });
    server = createHttpServer({ hub: testHub.hub, maxBodyBytes: 10_000 });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    server.close();
    await testHub.close();
  });

  it('gives anonymous callers nothing but login: queries answer UNAUTHENTICATED, introspection too', async () => {
    const query = await post({ query: '{ programmes { code } }' });
    expect(query.status).toBe(200);
    const body = (await query.json()) as { data: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeNull();
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);

    const introspection = await post({ query: '{ __schema { queryType { name } } }' });
    const introspected = (await introspection.json()) as { errors: { extensions: { code: string } }[] };
    expect(introspected.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('signs in with the login mutation, then the cookie alone identifies the caller; logout ends it', async () => {
    const login = await post({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { role partnerCode } } }',
      variables: { e: 'mops@example.org', p: PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ data: { login: { viewer: { role: 'PARTNER', partnerCode: 'MOPS' } } } });
    const setCookie = login.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^razem_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=43200$/);
    const cookie = setCookie.split(';')[0]!;

    const me = await post({ query: '{ me { kind role partnerCode email } }' }, { cookie });
    expect(await me.json()).toEqual({ data: { me: { kind: 'USER', role: 'PARTNER', partnerCode: 'MOPS', email: 'mops@example.org' } } });

    // Signed-in callers may introspect.
    const introspection = await post({ query: '{ __schema { queryType { name } } }' }, { cookie });
    expect(await introspection.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });

    const logout = await post({ query: 'mutation { logout }' }, { cookie });
    expect(await logout.json()).toEqual({ data: { logout: true } });
    expect(logout.headers.get('set-cookie')).toBe('razem_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0');

    // The old cookie is dead server-side, and the response tells the browser to drop it.
    const after = await post({ query: '{ me { role } }' }, { cookie });
    const afterBody = (await after.json()) as { errors: { extensions: { code: string } }[] };
    expect(afterBody.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(after.headers.get('set-cookie')).toBe('razem_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0');
  });

  it('marks the cookie Secure when the request came over https through a proxy', async () => {
    const login = await post(
      { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', variables: { e: 'mops@example.org', p: PASSWORD } },
      { 'x-forwarded-proto': 'https' },
    );
    expect(login.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('accepts an API token as a Bearer header; a revoked token gets 401 and is never treated as anonymous', async () => {
    const em = testHub.database.orm.em.fork();
    const { token, record } = await createApiToken(em, {
      secret: testHub.hub.secret,
      binding: { role: Role.EVALUATOR, partnerCode: null },
      name: 'evaluation script',
      createdBy: 'test',
    });
    const stored = await em.fork().findOneOrFail(ApiToken, { id: record.id });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(token.slice(4));

    const me = await post({ query: '{ me { kind role label } }' }, { authorization: `Bearer ${token}` });
    expect(await me.json()).toEqual({ data: { me: { kind: 'TOKEN', role: 'EVALUATOR', label: 'token:evaluation script' } } });

    expect(await revokeApiToken(em, { id: record.id, revokedBy: 'test' })).toBe(true);
    const revoked = await post({ query: '{ me { role } }' }, { authorization: `Bearer ${token}` });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(await revoked.json()).toEqual({
      errors: [{ message: 'The API token is not valid: it is unknown, expired or revoked.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('refuses a malformed Authorization header or an unknown token with 401', async () => {
    expect((await post({ query: '{ me { role } }' }, { authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);
    expect((await post({ query: '{ me { role } }' }, { authorization: `Bearer rzh_${'x'.repeat(43)}` })).status).toBe(401);
  });

  it('refuses an oversize body with 413 before parsing it', async () => {
    const response = await post({ query: `{ me { role } } # ${'x'.repeat(20_000)}` });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Request body over 10000 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });
});
