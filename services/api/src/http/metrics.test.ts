import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { Role } from '../access/viewer.js';
import { createLogger } from '../observability/logger.js';
import { importLines } from '../test-support/import-files.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../test-support/test-hub.js';
import { createHttpServer, listenOnLoopback } from './server.js';

describe('observability', () => {
  let testHub: TestHub;
  let server: Server;
  let base: string;
  const tokens: Record<string, string> = {};
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    testHub = await createTestHub();
    for (const role of [Role.ADMIN, Role.STEERING]) {
      tokens[role] = (
        await createApiToken(testHub.database.orm.em.fork(), {
          secret: TEST_HUB_SECRET,
          binding: { role, partnerCode: null },
          name: `metrics ${role}`,
          createdBy: 'test',
        })
      ).token;
    }
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    server = createHttpServer({ hub: testHub.hub, logger: createLogger({ destination: capture }) });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    server.close();
    await testHub.close();
  });

  it('serves Prometheus metrics to ADMIN only, with request, operation, pool and import series', async () => {
    const query = await fetch(`${base}/graphql?ignored=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.STEERING}` },
      body: JSON.stringify({ query: 'query Programmes { programmes { code } }', operationName: 'Programmes' }),
    });
    expect(query.status).toBe(200);
    const requestId = query.headers.get('x-request-id');
    await importLines(testHub.database.orm, 'mops-results', ['kod_uczestnika;data;rezultat', 'RDR-404;2012-12-01;ZATRUDNIENIE']);

    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${tokens.STEERING}` } })).status).toBe(403);
    const metrics = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${tokens.ADMIN}` } });
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(text).toMatch(/razem_hub_http_request_duration_seconds_count\{route="\/graphql",method="POST",status="200"\} \d+/);
    expect(text).toMatch(/razem_hub_graphql_operation_duration_seconds_count\{operation="Programmes",outcome="ok"\} \d+/);
    expect(text).toMatch(/razem_hub_db_pool_connections\{state="used"\} \d+/);
    expect(text).toMatch(/razem_hub_import_files_total\{kind="mops-results",outcome="rejected"\} [1-9]/);
    expect(text).toMatch(/razem_hub_import_rows_total\{kind="mops-results",outcome="rejected"\} [1-9]/);

    // One log line per request, carrying the id the response carried, the path without its query.
    const line = logLines.find((entry) => entry.requestId === requestId);
    expect(line).toMatchObject({ msg: 'request', method: 'POST', path: '/graphql', status: 200 });
    expect(JSON.stringify(logLines)).not.toContain('ignored=1');
  });
});
