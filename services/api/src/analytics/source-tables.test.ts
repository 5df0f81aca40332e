import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgArray } from '../database/pg-array.js';
import { runSql, sql } from '../database/sql-fragment.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { installVersionTriggers } from './rollups/version-triggers.js';
import { PROGRAMME_OF_ROW, VERSIONED_TABLES } from './semantic/source-tables.js';

/** pg_trigger.tgtype bits (PostgreSQL's trigger.h): which writes fire a trigger. */
const WRITE_BITS = { insert: 4, delete: 8, update: 16, truncate: 32 } as const;

describe('the tables analytics answers read', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it('each raise the data version on every kind of write, through triggers enabled ALWAYS', async () => {
    const em = database.orm.em.fork();
    // A function raises the version itself, or through a helper it calls (`perform helper(…)`).
    const RAISES = /version\s*=\s*[a-z_.]*version\s*\+\s*1/;
    const functions = await runSql<{ name: string; source: string }>(
      em,
      sql`select p.proname as name, p.prosrc as source from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = current_schema()`,
    );
    const raisingHelpers = functions.filter((fn) => RAISES.test(fn.source)).map((fn) => fn.name);
    const raises = (source: string) => RAISES.test(source) || raisingHelpers.some((name) => new RegExp(`perform\\s+${name}\\s*\\(`).test(source));
    const rows = await runSql<{ table: string; type: number; enabled: string; source: string }>(
      em,
      sql`select c.relname as table, t.tgtype::int as type, t.tgenabled as enabled, p.prosrc as source
          from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
          where not t.tgisinternal and c.relname = any(${pgArray(VERSIONED_TABLES)}::text[])`,
    );
    const triggers = rows.map((row) => ({ ...row, raises_version: raises(row.source) }));
    const missing: string[] = [];
    for (const table of VERSIONED_TABLES) {
      for (const [write, bit] of Object.entries(WRITE_BITS)) {
        const raising = triggers.filter((trigger) => trigger.table === table && trigger.raises_version && (trigger.type & bit) !== 0);
        if (!raising.some((trigger) => trigger.enabled === 'A')) {
          missing.push(`${table} ${write}: ${raising.length ? `enabled ${raising.map((trigger) => trigger.enabled).join(',')}, not ALWAYS` : 'no trigger raises the version'}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(VERSIONED_TABLES.length).toBe(16);
  });

  it('get their triggers from the declarations: a table declared gains them, one no longer declared loses them, a disabled one is enabled ALWAYS again', async () => {
    const em = database.orm.em.fork();
    const triggersOn = async (table: string) =>
      (
        await runSql<{ name: string; enabled: string }>(
          em,
          sql`select t.tgname as name, t.tgenabled as enabled from pg_trigger t join pg_class c on c.oid = t.tgrelid
              where not t.tgisinternal and c.relname = ${table} and t.tgname like ${`${table}_version_%`} order by t.tgname`,
        )
      ).map((trigger) => `${trigger.name} ${trigger.enabled}`);
    const all = (table: string) => ['delete', 'insert', 'truncate', 'update'].map((write) => `${table}_version_${write}`);

    // Migrated and derived already (the test template, like the hub at start): nothing to change.
    expect(await installVersionTriggers(em)).toEqual({ installed: [], dropped: [] });

    const { site: _site, ...withoutSite } = PROGRAMME_OF_ROW;
    const changed = await installVersionTriggers(em, { ...withoutSite, import_batch: 'programme_id' });
    expect({ installed: [...changed.installed].sort(), dropped: [...changed.dropped].sort() }).toEqual({ installed: all('import_batch'), dropped: all('site') });
    expect(await triggersOn('import_batch')).toEqual(all('import_batch').map((name) => `${name} A`));
    expect(await triggersOn('site')).toEqual([]);

    await runSql(em, sql`alter table partner disable trigger partner_version_insert`);
    const restored = await installVersionTriggers(em);
    expect({ installed: [...restored.installed].sort(), dropped: [...restored.dropped].sort() }).toEqual({
      installed: [...all('site'), 'partner_version_insert'].sort(),
      dropped: all('import_batch'),
    });
    expect(await triggersOn('site')).toEqual(all('site').map((name) => `${name} A`));
    expect(await triggersOn('partner')).toEqual(all('partner').map((name) => `${name} A`));
    expect(await installVersionTriggers(em)).toEqual({ installed: [], dropped: [] });
  });
});
