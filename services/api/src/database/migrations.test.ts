import { MikroORM } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { createEmptyTestDatabase } from '../test-support/test-database.js';
import { migrateToLatest, pendingMigrations } from './migrate.js';
import { migrationsList } from './migrations/index.js';
import { createOrmConfig } from '../app/orm-config.js';

describe('the migration chain', () => {
  it('builds from an empty database exactly the schema the entities describe, keeping accounts made before programme grants working', async () => {
    const empty = await createEmptyTestDatabase('migrations');
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: empty.url }));
    try {
      const names = migrationsList.map((migration) => migration.name);
      expect(await pendingMigrations(orm)).toEqual(names);
      // Up to the programme grants first, with accounts made before them: they must keep working after.
      const grants = names.indexOf('Migration20261130530000ProgrammeGrants');
      const before = (await orm.getMigrator().up({ to: names[grants - 1] })).map((migration) => migration.name);
      await seedAccountsBeforeGrants(orm);
      expect([...before, ...(await migrateToLatest(orm))]).toEqual(names);
      expect(await pendingMigrations(orm)).toEqual([]);
      expect(await grantsAfterMigration(orm)).toEqual({
        users: [
          ['admin@example.org', true, ''],
          ['cisi@example.org', false, 'A'],
          ['steering@example.org', false, 'A,B'],
        ],
        tokens: [
          ['admin script', true, ''],
          ['evaluation', false, 'A,B'],
          ['mops uploads', false, 'A,B'],
        ],
      });
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

/** Two programmes (B without CISI) and accounts of every kind, as a hub had them before grants existed. */
async function seedAccountsBeforeGrants(orm: MikroORM): Promise<void> {
  const connection = orm.em.getConnection();
  await connection.execute(`insert into programme (code, name, description, start_date, end_date, target_participants, synthetic_participants)
    values ('A', 'A', '', '2011-01-01', '2011-12-31', 1, true), ('B', 'B', '', '2011-01-01', '2011-12-31', 1, true)`);
  await connection.execute(`insert into partner (programme_id, code, name, short_name, role)
    select id, 'MOPS', 'MOPS', 'MOPS', 'LEADER' from programme union all select id, 'CISI', 'CISI', 'CISI', 'PARTNER' from programme where code = 'A'`);
  await connection.execute(`insert into hub_user (email, password_hash, role, partner_code)
    values ('admin@example.org', 'x', 'ADMIN', null), ('steering@example.org', 'x', 'STEERING', null), ('cisi@example.org', 'x', 'PARTNER', 'CISI')`);
  await connection.execute(`insert into api_token (name, role, partner_code, token_hash, prefix, created_by)
    values ('admin script', 'ADMIN', null, 'h1', 'p1', 'cli'), ('evaluation', 'EVALUATOR', null, 'h2', 'p2', 'cli'), ('mops uploads', 'PARTNER', 'MOPS', 'h3', 'p3', 'cli')`);
}

/** Each account with its whole-hub flag and granted programme codes. */
async function grantsAfterMigration(orm: MikroORM): Promise<{ users: unknown[][]; tokens: unknown[][] }> {
  const connection = orm.em.getConnection();
  const read = async (table: string, label: string, column: string) =>
    (
      await connection.execute<{ label: string; all_programmes: boolean; codes: string }[]>(
        `select a.${label} as label, a.all_programmes, coalesce(string_agg(p.code, ',' order by p.code), '') as codes
           from ${table} a left join programme_grant g on g.${column} = a.id left join programme p on p.id = g.programme_id
          group by a.id order by 1`,
      )
    ).map((row) => [row.label, row.all_programmes, row.codes]);
  return { users: await read('hub_user', 'email', 'user_id'), tokens: await read('api_token', 'name', 'api_token_id') };
}
