import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { HubConfig } from '../config/env.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../database/embedded-postgres.js';
import { createOrmConfig } from './orm-config.js';

/** An open connection to the hub's database, plus the embedded server behind it when there is one. */
export interface Database {
  orm: MikroORM;
  url: string;
  cluster: EmbeddedCluster | undefined;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE_NAME = 'razem';

/** Creates `name` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * Opens the hub's database: DATABASE_URL when set, otherwise the embedded PostgreSQL in the data dir.
 * Does not migrate: callers decide (start-up and `hub init` do; `hub migrate --check` must not).
 */
export async function openDatabase(options: {
  config: HubConfig;
  log?: (message: string) => void;
  poolMax?: number;
}): Promise<Database> {
  let cluster: EmbeddedCluster | undefined;
  let url = options.config.databaseUrl;
  if (!url) {
    cluster = await startEmbeddedPostgres({ dataDir: options.config.dataDir, log: options.log });
    try {
      await ensureDatabaseExists(cluster.adminUrl, EMBEDDED_DATABASE_NAME);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    url = cluster.databaseUrl(EMBEDDED_DATABASE_NAME);
  }
  let orm: MikroORM;
  try {
    orm = await MikroORM.init(createOrmConfig({ clientUrl: url, poolMax: options.poolMax }));
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
  return {
    orm,
    url,
    cluster,
    async close() {
      await orm.close(true);
      await cluster?.stop();
    },
  };
}
