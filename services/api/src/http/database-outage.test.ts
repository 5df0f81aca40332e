import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { pilotProgramme } from '@razem/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../app/create-hub.js';
import { readConfig } from '../config/env.js';
import { ensureDatabaseExists } from '../database/database.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../database/embedded-postgres.js';
import { migrateToLatest } from '../database/migrate.js';
import { createOrmConfig } from '../database/orm-config.js';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { Role } from '../modules/auth/viewer.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';
import { createHttpServer, listenOnLoopback } from './server.js';

const SECRET = 'outage-test-secret-0123456789abcdefghij';

/** A hub on a PostgreSQL of its own, which the test stops and starts again under it. */
describe('a database outage', () => {
  let dataDir: string;
  let cluster: EmbeddedCluster;
  let orm: MikroORM;
  let hub: Hub;
  let server: Server;
  let base: string;
  let token: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'razem-outage-'));
    cluster = await startEmbeddedPostgres({ dataDir });
    await ensureDatabaseExists(cluster.adminUrl, 'hub');
    orm = await MikroORM.init(createOrmConfig({ clientUrl: cluster.databaseUrl('hub') }));
    await migrateToLatest(orm);
    await loadProgrammeStructure({ em: orm.em.fork(), definition: pilotProgramme, actor: 'test' });
    token = (await createApiToken(orm.em.fork(), { secret: SECRET, binding: { role: Role.STEERING, partnerCode: null }, name: 'outage', createdBy: 'test' })).token;
    hub = await createHub({ orm, config: readConfig({ HUB_DATA_DIR: dataDir, HUB_SECRET: SECRET }) });
    server = createHttpServer({ hub });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    server.close();
    await hub.stop();
    await orm.close(true);
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const query = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ programme(code: "RDR-PLOCK-2011") { activities { code } } }' }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown>, ms: performance.now() - started };
  };

  it('fails requests fast with a clear error while PostgreSQL is down, and recovers without a restart', async () => {
    const before = await query();
    expect(before.status).toBe(200);
    expect(((before.body.data as { programme: { activities: unknown[] } }).programme.activities)).toHaveLength(20);

    const port = cluster.port;
    await cluster.stop();

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'database unreachable' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const during = await query();
      expect(during.status).toBe(503);
      expect(during.body).toEqual({
        errors: [{ message: 'The database is unreachable at the moment; the hub keeps running — try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
      });
      expect(during.ms).toBeLessThan(5_000);
    }
    // An upload is answered the same way: 503, never a 500 or a batch left RUNNING.
    const upload = await fetch(`${base}/imports/mops-register?programme=RDR-PLOCK-2011`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: 'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie\r\n',
    });
    expect(upload.status).toBe(503);
    expect(await upload.json()).toEqual({
      errors: [{ message: 'The database is unreachable at the moment; the hub keeps running — try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
    });

    cluster = await startEmbeddedPostgres({ dataDir, port });
    let after = await query();
    for (let attempt = 0; attempt < 20 && after.status !== 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await query();
    }
    expect(after.status).toBe(200);
    expect(((after.body.data as { programme: { activities: unknown[] } }).programme.activities)).toHaveLength(20);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
