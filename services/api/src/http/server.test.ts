import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { Role } from '../access/viewer.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { createHttpServer, listenOnLoopback } from './server.js';

describe('the HTTP server', () => {
  let testHub: TestHub;
  let server: Server;
  let base: string;
  let token: string;
  let dashboardDir: string;

  beforeAll(async () => {
    testHub = await createTestHub();
    ({ token } = await createApiToken(testHub.database.orm.em.fork(), {
      secret: testHub.hub.secret,
      binding: { role: Role.STEERING, partnerCode: null },
      name: 'server test',
      createdBy: 'test',
    }));
    dashboardDir = await mkdtemp(path.join(os.tmpdir(), 'razem-dashboard-'));
    await writeFile(path.join(dashboardDir, 'index.html'), '<!doctype html><title>Razem Hub</title>');
    await mkdir(path.join(dashboardDir, 'assets'));
    await writeFile(path.join(dashboardDir, 'assets', 'index-B9MZWLgi.js'), 'console.log("dashboard")');
    server = createHttpServer({ hub: testHub.hub, dashboardDir, maxBodyBytes: 10_000 });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    server.close();
    await testHub.close();
    await rm(dashboardDir, { recursive: true, force: true });
  });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves GraphQL over POST with a request id', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ programmes { code } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ data: { programmes: [{ code: 'RDR-PLOCK-2011' }] } });
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ programmes { code } } # ${'x'.repeat(20_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('blocks a simple cross-site GET (Apollo CSRF prevention)', async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ programmes { code } }')}`);
    expect(response.status).toBe(400);
  });

  it('serves the dashboard at / and falls back to it for client-side routes', async () => {
    for (const route of ['/', '/przeglad']) {
      const response = await fetch(`${base}${route}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Razem Hub</title>');
      expect(response.headers.get('cache-control')).toBeNull();
    }
  });

  it('lets browsers keep the hashed bundles for good, and revalidate the page that names them', async () => {
    const bundle = await fetch(`${base}/assets/index-B9MZWLgi.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${base}/assets/index-0ld0ne.js`);
    expect([missing.status, missing.headers.get('cache-control')]).toEqual([404, 'no-store']);
    const folder = await fetch(`${base}/assets/`);
    expect(await folder.text()).toContain('<title>Razem Hub</title>');
    expect(folder.headers.get('cache-control')).toBeNull();
    const page = await fetch(`${base}/`);
    const etag = page.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await fetch(`${base}/`, { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });
});
