import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { BackupColumn } from './backup-file.js';

/**
 * The hub's objects as PostgreSQL's catalog shows them: everything in schema `public`, which the
 * migration chain owns. Backup and restore discover tables and sequences here rather than from the
 * entities, so tables without entities (import mappings, rollups) are covered and a new migration
 * needs no change to backups.
 */

/**
 * Derived analytics tables (rollups, cubes and their freshness state): rebuilt from the base tables,
 * so backups leave them out — the same pattern the ORM's schema diff skips (orm-config.ts).
 */
export const DERIVED_TABLE = /^analytics_/;

export interface HubTable {
  name: string;
  columns: BackupColumn[];
}

export interface HubSequence {
  name: string;
  /** The table whose column owns the sequence (serial or identity), if any. */
  ownerTable: string | null;
  ownerColumn: string | null;
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** The migrations table's name (MikroORM's, as configured). */
export function migrationsTableOf(orm: MikroORM): string {
  return orm.config.get('migrations').tableName ?? 'mikro_orm_migrations';
}

export { transactionConnection } from '../database/transaction-connection.js';

/** Session settings under which COPY text is written and read: the same on both sides, whatever the server's defaults. */
export async function setCopySettings(client: pg.ClientBase): Promise<void> {
  // A city-scale table takes longer than the hub's 30 s statement limit; DateStyle decides how dates are
  // written and parsed; extra_float_digits = 3 writes floats exactly (as pg_dump does).
  for (const setting of [
    'statement_timeout = 0',
    "datestyle = 'ISO, YMD'",
    "intervalstyle = 'postgres'",
    "timezone = 'UTC'",
    'extra_float_digits = 3',
    "bytea_output = 'hex'",
    "client_encoding = 'UTF8'",
  ]) {
    await client.query(`set local ${setting}`);
  }
}

/** Every ordinary table of schema public with its columns (generated ones left out: COPY cannot write them). */
export async function listTables(client: pg.ClientBase): Promise<HubTable[]> {
  const { rows } = await client.query<HubTable>(
    `select c.relname as name,
            json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod)) order by a.attnum) as columns
       from pg_class c
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
      group by c.relname
      order by c.relname`,
  );
  return rows;
}

/** Every sequence of schema public, with the column owning it. */
export async function listSequences(client: pg.ClientBase): Promise<HubSequence[]> {
  const { rows } = await client.query<HubSequence>(
    `select s.relname as name, t.relname as "ownerTable", a.attname as "ownerColumn"
       from pg_class s
       left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
                            and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
       left join pg_class t on t.oid = d.refobjid
       left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
      where s.relkind = 'S' and s.relnamespace = 'public'::regnamespace
      order by s.relname`,
  );
  return rows;
}

/** Every foreign key between tables of schema public, as SQL that recreates it. */
export async function listForeignKeys(client: pg.ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
      order by c.conrelid::regclass::text, c.conname`,
  );
  return rows;
}

/** Those of `tables` holding at least one row. */
export async function tablesWithRows(client: pg.ClientBase, tables: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ any: boolean }>(`select exists (select from ${client.escapeIdentifier(table)}) as any`);
    if (rows[0]?.any) found.push(table);
  }
  return found;
}

/**
 * Drops every object of schema public the migrations created — tables, views, sequences, routines,
 * types — except the migrations table (MikroORM's migrator looks for it outside the caller's
 * transaction, so it must stay; the caller empties it). Extension objects are left alone.
 */
export async function dropHubObjects(client: pg.ClientBase, options: { keepTable: string }): Promise<void> {
  const notFromExtension = (catalog: string, alias: string) =>
    `not exists (select from pg_depend e where e.classid = '${catalog}'::regclass and e.objid = ${alias}.oid and e.deptype = 'e')`;
  // Owned sequences ('a', 'i') go with their tables, partitions with their parents.
  const { rows: relations } = await client.query<{ name: string; kind: string }>(
    `select c.relname as name, c.relkind as kind
       from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
        and not c.relispartition and c.relname <> $1
        and ${notFromExtension('pg_class', 'c')}
        and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i'))`,
    [options.keepTable],
  );
  const dropRelation: Record<string, string> = { r: 'table', p: 'table', v: 'view', m: 'materialized view', S: 'sequence', f: 'foreign table' };
  for (const relation of relations) {
    // IF EXISTS: a view may already be gone with the table it reads.
    await client.query(`drop ${dropRelation[relation.kind]} if exists ${client.escapeIdentifier(relation.name)} cascade`);
  }
  const { rows: routines } = await client.query<{ signature: string }>(
    `select p.oid::regprocedure::text as signature from pg_proc p
      where p.pronamespace = 'public'::regnamespace and ${notFromExtension('pg_proc', 'p')}`,
  );
  for (const routine of routines) await client.query(`drop routine if exists ${routine.signature} cascade`);
  const { rows: types } = await client.query<{ name: string; kind: string }>(
    `select t.oid::regtype::text as name, t.typtype as kind from pg_type t
      where t.typnamespace = 'public'::regnamespace and ${notFromExtension('pg_type', 't')}
        and (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))`,
  );
  for (const type of types) await client.query(`drop ${type.kind === 'd' ? 'domain' : 'type'} if exists ${type.name} cascade`);
}
