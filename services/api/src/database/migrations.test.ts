import { MikroORM } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { createEmptyTestDatabase } from '../test-support/test-database.js';
import { migrateToLatest, pendingMigrations } from './migrate.js';
import { migrationsList } from './migrations/index.js';
import { createOrmConfig } from './orm-config.js';

describe('the migration chain', () => {
  it('builds from an empty database exactly the schema the entities describe', async () => {
    const empty = await createEmptyTestDatabase('migrations');
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: empty.url }));
    try {
      expect(await pendingMigrations(orm)).toEqual(migrationsList.map((migration) => migration.name));
      expect(await migrateToLatest(orm)).toEqual(migrationsList.map((migration) => migration.name));
      expect(await pendingMigrations(orm)).toEqual([]);
      // Any difference means an entity changed without a migration (or the other way round).
      const drift = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(drift.trim(), 'entities and migrations differ by these statements').toBe('');
      expect(await migrateToLatest(orm)).toEqual([]);
    } finally {
      await orm.close(true);
      await empty.drop();
    }
  });
});
