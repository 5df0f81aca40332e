import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, listenOnLoopback } from '../../http/server.js';
import { runHubImportJson } from '../../test-support/hub-cli.js';
import { registerParticipants } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { createApiToken } from '../api-token/api-token.service.js';
import { Role } from '../../access/viewer.js';

const W = 'kod_uczestnika;warsztat;data;godziny;obecnosc';

describe('hub import --json', () => {
  let testHub: TestHub;
  let dir: string;
  let server: Server;
  let base: string;
  let token: string;

  beforeAll(async () => {
    testHub = await createTestHub();
    await registerParticipants(testHub.database.orm);
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-import-bounds-'));
    token = (await createApiToken(testHub.database.orm.em.fork(), { secret: testHub.hub.secret, binding: { role: Role.ADMIN, partnerCode: null }, name: 'bounds', createdBy: 'test' })).token;
    server = createHttpServer({ hub: testHub.hub });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    server.close();
    await testHub.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('gives the same report from hub import as from POST /imports', async () => {
    const text = [
      W,
      'RDR-001;"MOPS-W1";2011-10-05;3;OB',
      'RDR-001;MOPS"W2;2011-10-05;3;OB',
      'RDR-999;MOPS-W1;2011-10-05;3;OB',
      'RDR-001;MOPS-W1;2011-13-05;3;OB',
      'RDR-001;MOPS-W1;2011-10-06;3',
      'RDR-001;MOPS-W3;2011-10-05;3;"OB',
      'x',
    ].join('\r\n');
    const file = path.join(dir, 'mixed.csv');
    await writeFile(file, text);
    const cli = await runHubImportJson({ dir, databaseUrl: testHub.database.url, kind: 'mops-workshops', file });
    const response = await fetch(`${base}/imports/mops-workshops?programme=RDR-PLOCK-2011&fileName=mixed.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: text,
    });
    expect(response.status).toBe(422);
    const http = (await response.json()) as Record<string, unknown>;
    const fromCli = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect({ ...fromCli, batch: 0 }).toEqual({ ...http, batch: 0 });
    expect(http.errorsByCode).toEqual({ INVALID_DATE: 1, STRAY_QUOTE: 1, UNKNOWN_PARTICIPANT: 1, UNTERMINATED_QUOTE: 1, WRONG_FIELD_COUNT: 1 });
  });
});
