import type { IncomingMessage, Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { clientInfo, createHttpServer, listenOnLoopback } from './server.js';

const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe('the caller\'s address', () => {
  it('is the socket\'s unless the socket is a trusted proxy; then the right-most forwarded address not a proxy', () => {
    const forwarded = { 'x-forwarded-for': '203.0.113.9, 198.51.100.20' };
    expect(clientInfo(request('192.0.2.1', forwarded), []).ip).toBe('192.0.2.1');
    expect(clientInfo(request('192.0.2.1', forwarded), ['10.0.0.5']).ip).toBe('192.0.2.1');
    // The caller wrote 203.0.113.9 itself; the proxy appended the address it saw.
    expect(clientInfo(request('10.0.0.5', forwarded), ['10.0.0.5']).ip).toBe('198.51.100.20');
    // Two proxies in a row: skip the inner one too.
    expect(clientInfo(request('10.0.0.5', { 'x-forwarded-for': '198.51.100.20, 10.0.0.6' }), ['10.0.0.5', '10.0.0.6']).ip).toBe('198.51.100.20');
    // Garbage in the header is skipped; nothing usable leaves the proxy's own address.
    expect(clientInfo(request('10.0.0.5', { 'x-forwarded-for': 'unknown, <script>' }), ['10.0.0.5']).ip).toBe('10.0.0.5');
  });

  describe('over HTTP, behind a proxy on the loopback address', () => {
    let testHub: TestHub;
    let server: Server;
    let base: string;

    beforeAll(async () => {
      testHub = await createTestHub({ config: { HUB_TRUSTED_PROXIES: '127.0.0.1,::1' } });
      server = createHttpServer({ hub: testHub.hub });
      base = await listenOnLoopback(server);
    });
    afterAll(async () => {
      server.close();
      await testHub.close();
    });

    it('audits a sign-in by the address the proxy forwarded (the address the throttle counts)', async () => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9, 198.51.100.20' },
        body: JSON.stringify({ query: 'mutation { login(email: "nobody@example.org", password: "guess") { expiresAt } }' }),
      });
      expect(response.status).toBe(200);
      const entries = await testHub.database.orm.em.fork().find(AuditEntry, { action: 'login.failure' });
      expect(entries.map((entry) => entry.details?.ip)).toEqual(['198.51.100.20']);
    });
  });
});
