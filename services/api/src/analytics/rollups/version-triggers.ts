import type { EntityManager } from '@mikro-orm/postgresql';
import { rawSql, runSql, sql } from '../../database/sql-fragment.js';
import { PROGRAMME_OF_ROW, type VersionedTable } from '../semantic/source-tables.js';

const WRITES = ['insert', 'update', 'delete', 'truncate'] as const;

/** What installVersionTriggers changed: triggers (table_version_write) created or replaced, and dropped. */
export interface VersionTriggerChanges {
  installed: string[];
  dropped: string[];
}

/**
 * Makes the version-raising triggers match the declarations in semantic/source-tables.ts: for every
 * declared table that names its programme itself, a statement trigger per kind of write calling
 * `analytics_bump_version` (migration 20261125000000), enabled ALWAYS so bulk imports in replica
 * mode fire it too; such triggers on tables no longer declared are dropped. Only what differs is
 * touched, so a second run changes nothing. `declared` is for tests; the hub passes nothing.
 */
export async function installVersionTriggers(
  em: EntityManager,
  declared: Partial<Record<string, (typeof PROGRAMME_OF_ROW)[VersionedTable]>> = PROGRAMME_OF_ROW,
): Promise<VersionTriggerChanges> {
  const existing = await runSql<{ table: string; name: string; enabled: string; argument: string }>(
    em,
    sql`select c.relname as table, t.tgname as name, t.tgenabled as enabled, encode(t.tgargs, 'escape') as argument
        from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
        where not t.tgisinternal and p.proname = 'analytics_bump_version' and c.relnamespace = current_schema()::regnamespace`,
  );
  const changes: VersionTriggerChanges = { installed: [], dropped: [] };
  for (const trigger of existing) {
    const path = declared[trigger.table];
    if (path === undefined || path === 'rollup maintenance') {
      await runSql(em, sql`drop trigger ${rawSql(quoted(trigger.name))} on ${rawSql(quoted(trigger.table))}`);
      changes.dropped.push(trigger.name);
    }
  }
  for (const [table, path] of Object.entries(declared)) {
    if (path === undefined || path === 'rollup maintenance') continue;
    for (const write of WRITES) {
      const name = `${table}_version_${write}`;
      // tgargs holds each argument followed by a NUL byte.
      if (existing.some((trigger) => trigger.name === name && trigger.table === table && trigger.enabled === 'A' && trigger.argument === `${path}\\000`)) continue;
      // Rows never move between programmes (every natural key includes the programme), so the new rows of
      // an update name them all; deletes and truncates raise every programme's version (the function's rule).
      const transition = write === 'insert' || write === 'update' ? 'referencing new table as changed_rows ' : '';
      await runSql(
        em,
        rawSql(`create or replace trigger ${quoted(name)} after ${write} on ${quoted(table)}
          ${transition}for each statement execute function "analytics_bump_version"('${path}')`),
      );
      await runSql(em, rawSql(`alter table ${quoted(table)} enable always trigger ${quoted(name)}`));
      changes.installed.push(name);
    }
  }
  return changes;
}

/** A PostgreSQL identifier, quoted. */
function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
