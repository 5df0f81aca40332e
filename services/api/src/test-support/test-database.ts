import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { ensureDatabaseExists } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';
import { createOrmConfig } from '../database/orm-config.js';

/** A database of its own for one test file, migrated through the checked-in chain. */
export interface TestDatabase {
  orm: MikroORM;
  url: string;
  name: string;
  /** Drops the database. */
  destroy(): Promise<void>;
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty database with a random name on the test server (not migrated). */
export async function createEmptyTestDatabase(prefix = 'test'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const adminUrl = inject('testAdminUrl');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await ensureDatabaseExists(adminUrl, name);
  return {
    url: databaseUrl(adminUrl, name),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Creates and migrates a fresh database; pass onQuery to see every statement. */
export async function createTestDatabase(options: { onQuery?: (message: string) => void } = {}): Promise<TestDatabase> {
  const empty = await createEmptyTestDatabase();
  const orm = await MikroORM.init(createOrmConfig({ clientUrl: empty.url, onQuery: options.onQuery }));
  await migrateToLatest(orm);
  return {
    orm,
    url: empty.url,
    name: empty.name,
    async destroy() {
      await orm.close(true);
      await empty.drop();
    },
  };
}
