import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { ensureDatabaseExists } from '../app/database.js';
import { createOrmConfig } from '../app/orm-config.js';
import { adminQuery, cloneDatabase, databaseUrl, dropDatabase } from './template-databases.js';

/** A database of its own for one test file, migrated through the checked-in chain. */
export interface TestDatabase {
  orm: MikroORM;
  url: string;
  name: string;
  /** Drops the database. */
  destroy(): Promise<void>;
}

/** Creates an empty database with a random name on the test server (not migrated). */
export async function createEmptyTestDatabase(prefix = 'test'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const adminUrl = inject('testAdminUrl');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await ensureDatabaseExists(adminUrl, name);
  return {
    url: databaseUrl(adminUrl, name),
    name,
    drop: () => dropDatabase(adminUrl, name),
  };
}

/**
 * A fresh migrated database, cloned from the run's template (global-setup.ts): `template: 'pilot'`
 * also holds the pilot programme's structure. Pass onQuery to see every statement.
 */
export async function createTestDatabase(
  options: { onQuery?: (message: string) => void; template?: 'migrated' | 'pilot' | 'pilotSeeded' } = {},
): Promise<TestDatabase> {
  const adminUrl = inject('testAdminUrl');
  const template = inject('testTemplates')[options.template ?? 'migrated'];
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, (client) => cloneDatabase(client, name, template));
  const url = databaseUrl(adminUrl, name);
  const orm = await MikroORM.init(createOrmConfig({ clientUrl: url, onQuery: options.onQuery }));
  return {
    orm,
    url,
    name,
    async destroy() {
      await orm.close(true);
      await dropDatabase(adminUrl, name);
    },
  };
}
