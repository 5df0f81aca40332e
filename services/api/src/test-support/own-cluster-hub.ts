import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { pilotProgramme } from '@razem/seeds';
import { createHub, type Hub } from '../app/create-hub.js';
import { readConfig } from '../config/env.js';
import { ensureDatabaseExists } from '../app/database.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../database/embedded-postgres.js';
import { migrateToLatest } from '../database/migrate.js';
import { createOrmConfig } from '../app/orm-config.js';
import { createHttpServer, listenOnLoopback } from '../http/server.js';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { Role } from '../access/viewer.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';

const SECRET = 'outage-test-secret-0123456789abcdefghij';

/** An HTTP hub with the pilot structure on a PostgreSQL of its own, which a test may stop and start again under it. */
export interface OwnClusterHub {
  orm: MikroORM;
  hub: Hub;
  /** The hub's base URL (http://127.0.0.1:port). */
  base: string;
  /** An ADMIN API token, for `authorization: Bearer …`. */
  token: string;
  /** Stops PostgreSQL (a fast shutdown: open transactions are rolled back, connections ended). */
  stopDatabase(): Promise<void>;
  /** Starts it again on the same port and data. */
  startDatabase(): Promise<void>;
  close(): Promise<void>;
}

export async function startOwnClusterHub(): Promise<OwnClusterHub> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'razem-outage-'));
  let cluster: EmbeddedCluster = await startEmbeddedPostgres({ dataDir, durable: false });
  const port = cluster.port;
  await ensureDatabaseExists(cluster.adminUrl, 'hub');
  const orm = await MikroORM.init(createOrmConfig({ clientUrl: cluster.databaseUrl('hub') }));
  await migrateToLatest(orm);
  await loadProgrammeStructure({ em: orm.em.fork(), definition: pilotProgramme, actor: 'test' });
  const { token } = await createApiToken(orm.em.fork(), { secret: SECRET, binding: { role: Role.ADMIN, partnerCode: null }, name: 'outage', createdBy: 'test' });
  const hub = await createHub({ orm, config: readConfig({ HUB_DATA_DIR: dataDir, HUB_SECRET: SECRET }) });
  const server: Server = createHttpServer({ hub });
  const base = await listenOnLoopback(server);
  return {
    orm,
    hub,
    base,
    token,
    stopDatabase: () => cluster.stop(),
    async startDatabase() {
      cluster = await startEmbeddedPostgres({ dataDir, port, durable: false });
    },
    async close() {
      server.close();
      await hub.stop();
      await orm.close(true);
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
