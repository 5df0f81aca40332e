import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { refreshAnalyticsRollups } from '../analytics/index.js';
import { lockForTransaction } from '../database/advisory-locks.js';
import { BackupFileError, BackupReader, type BackupHeader } from './backup-file.js';
import {
  DERIVED_TABLE,
  dropHubObjects,
  listForeignKeys,
  listSequences,
  listTables,
  migrationsTableOf,
  setCopySettings,
  tablesWithRows,
  transactionConnection,
} from './hub-schema.js';

/** The target database holds hub data and the caller did not ask to replace it. */
export class RestoreRefusedError extends Error {}

export interface RestoreSummary {
  file: string;
  tables: number;
  rows: number;
  /** The backup's schema level (its last migration). */
  backupMigration: string | null;
  /** Migrations newer than the backup's, applied after its data. */
  migratedUp: string[];
  /** Programmes whose analytics rollups were rebuilt. */
  programmes: number;
  seconds: number;
}

/**
 * Restores a backup written by createBackup into the hub's database, in ONE transaction — PostgreSQL's
 * DDL is transactional, so a restore that fails at any step (a truncated file, a row the schema
 * refuses) leaves the database exactly as it was.
 *
 * The hub's schema objects are dropped and rebuilt by the migration chain up to the backup's own
 * migration (the level its rows fit), the rows are copied in, sequences set, and only then are newer
 * migrations applied and the derived analytics tables rebuilt. Foreign keys are dropped for the copy
 * and re-created after it, as pg_restore does: the tables hold reference cycles (programme ↔ activity),
 * no superuser is needed, and re-creating them checks every reference of the restored data at once.
 *
 * A database holding hub rows is refused unless `replace` is set.
 */
export async function restoreBackup(options: { orm: MikroORM; file: string; replace?: boolean }): Promise<RestoreSummary> {
  const started = performance.now();
  const { orm, file } = options;
  const reader = await BackupReader.open(file);
  try {
    const header = reader.header;
    checkMigrations(file, header.migrations, (orm.config.get('migrations').migrationsList ?? []).map((migration) => migration.name));
    const migrator = orm.getMigrator();
    // MikroORM creates its migrations table on a connection of its own, outside any transaction: it must
    // exist before ours begins (as `hub migrate --check` leaves it too).
    await migrator.getExecutedMigrations();
    const migrationsTable = migrationsTableOf(orm);

    return await orm.em.fork().transactional(async (em) => {
      const transaction = em.getTransactionContext<Knex.Transaction>()!;
      const client = await transactionConnection(em);
      await setCopySettings(client);
      await lockForTransaction(em, 'restore', 0);

      const existing = (await listTables(client)).map((table) => table.name).filter((name) => name !== migrationsTable && !DERIVED_TABLE.test(name));
      const holdingRows = await tablesWithRows(client, existing);
      if (holdingRows.length && !options.replace) {
        const named = holdingRows.length > 4 ? `${holdingRows.slice(0, 4).join(', ')} and ${holdingRows.length - 4} more` : holdingRows.join(', ');
        throw new RestoreRefusedError(`The database already holds hub data (rows in ${named}): restore with --replace to overwrite it.`);
      }

      await dropHubObjects(client, { keepTable: migrationsTable });
      await client.query(`delete from ${client.escapeIdentifier(migrationsTable)}`);
      const backupMigration = header.migrations.at(-1) ?? null;
      if (backupMigration) await migrator.up({ to: backupMigration, transaction });
      await checkSchemaMatches(client, { file, header, migrationsTable });

      const foreignKeys = await listForeignKeys(client);
      for (const key of foreignKeys) await client.query(`alter table ${key.table} drop constraint ${client.escapeIdentifier(key.name)}`);
      // A migration may have inserted rows of its own; the backup's rows replace them.
      if (header.tables.length) await client.query(`truncate ${header.tables.map((table) => client.escapeIdentifier(table.name)).join(', ')}`);
      for (const table of header.tables) await copyTable(client, reader, table);
      await reader.expectEnd();
      for (const key of foreignKeys) {
        try {
          await client.query(`alter table ${key.table} add constraint ${client.escapeIdentifier(key.name)} ${key.definition}`);
        } catch (error) {
          throw new BackupFileError(`${file} holds rows that break foreign key ${key.name} of table ${key.table}: ${(error as Error).message}.`);
        }
      }
      await restoreSequences(client, { file, header, migrationsTable });

      const migratedUp = (await migrator.up({ transaction })).map((migration) => migration.name);
      const { rows: programmes } = await client.query<{ id: number }>('select id from programme order by id');
      for (const programme of programmes) await refreshAnalyticsRollups(em, { programmeId: programme.id, force: true });

      return {
        file,
        tables: header.tables.length,
        rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
        backupMigration,
        migratedUp,
        programmes: programmes.length,
        seconds: (performance.now() - started) / 1000,
      };
    });
  } finally {
    reader.close();
  }
}

/** The backup's migrations must be the start of this hub's chain: its rows fit no other schema. */
function checkMigrations(file: string, backup: readonly string[], known: readonly string[]): void {
  const unknown = backup.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new BackupFileError(
      `${file} was made by a newer hub: it holds migrations this hub does not know (${unknown.join(', ')}). Restore it with that version or later.`,
    );
  }
  const outOfOrder = backup.findIndex((name, index) => known[index] !== name);
  if (outOfOrder >= 0) {
    throw new BackupFileError(`${file} lists its migrations in an order that is not this hub's chain (at ${backup[outOfOrder]}).`);
  }
}

/** After migrating to the backup's level, the tables and columns must be exactly the backup's. */
async function checkSchemaMatches(client: pg.ClientBase, context: { file: string; header: BackupHeader; migrationsTable: string }): Promise<void> {
  const level = context.header.migrations.at(-1) ?? 'no migration';
  const tables = new Map(
    (await listTables(client)).filter((table) => table.name !== context.migrationsTable && !DERIVED_TABLE.test(table.name)).map((table) => [table.name, table]),
  );
  const mismatch = (problem: string) => new BackupFileError(`${context.file} does not match the hub's schema at ${level}: ${problem}.`);
  for (const table of context.header.tables) {
    const present = tables.get(table.name);
    if (!present) throw mismatch(`it holds table ${table.name}, which that schema has not`);
    const types = new Map(present.columns.map((column) => [column.name, column.type]));
    for (const column of table.columns) {
      const type = types.get(column.name);
      if (type === undefined) throw mismatch(`it holds column ${table.name}.${column.name}, which that schema has not`);
      if (type !== column.type) throw mismatch(`column ${table.name}.${column.name} is ${column.type} in the backup, ${type} in the schema`);
    }
    if (present.columns.length !== table.columns.length) {
      const missing = present.columns.filter((column) => !table.columns.some((stored) => stored.name === column.name)).map((column) => column.name);
      throw mismatch(`it has no data for column(s) ${missing.map((name) => `${table.name}.${name}`).join(', ')}`);
    }
    tables.delete(table.name);
  }
  if (tables.size) throw mismatch(`it has no data for table(s) ${[...tables.keys()].join(', ')}`);
}

async function copyTable(client: pg.ClientBase, reader: BackupReader, table: BackupHeader['tables'][number]): Promise<void> {
  const columns = table.columns.map((column) => client.escapeIdentifier(column.name)).join(', ');
  const copy = client.query(copyFrom(`copy ${client.escapeIdentifier(table.name)} (${columns}) from stdin`));
  try {
    await pipeline(Readable.from(reader.tableData(table.name)), copy);
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(`${reader.file}: the rows of table ${table.name} cannot be restored: ${(error as Error).message}.`);
  }
  if (copy.rowCount !== table.rows) {
    throw new BackupFileError(`${reader.file} is corrupt: table ${table.name} has ${copy.rowCount} rows, its header says ${table.rows}.`);
  }
}

/**
 * Sets every sequence to its state in the backup — or past the largest restored id, should the backup
 * say less (a sequence is read outside the snapshot, so it is normally ahead, never behind).
 */
async function restoreSequences(client: pg.ClientBase, context: { file: string; header: BackupHeader; migrationsTable: string }): Promise<void> {
  const sequences = new Map((await listSequences(client)).map((sequence) => [sequence.name, sequence]));
  for (const sequence of context.header.sequences) {
    const present = sequences.get(sequence.name);
    if (!present) throw new BackupFileError(`${context.file} holds sequence ${sequence.name}, which the hub's schema has not.`);
    sequences.delete(sequence.name);
    let value = BigInt(sequence.lastValue);
    let called = sequence.isCalled;
    const largest = await largestOwnedValue(client, present);
    if (largest !== null && (largest > value || (largest === value && !called))) {
      value = largest;
      called = true;
    }
    await client.query('select setval($1::regclass, $2::bigint, $3)', [client.escapeIdentifier(sequence.name), value.toString(), called]);
  }
  // Sequences the backup does not name (none, for a backup of this schema): at least past the restored ids.
  for (const sequence of sequences.values()) {
    if (sequence.ownerTable === context.migrationsTable || (sequence.ownerTable && DERIVED_TABLE.test(sequence.ownerTable))) continue;
    const largest = await largestOwnedValue(client, sequence);
    if (largest !== null) await client.query('select setval($1::regclass, $2::bigint, true)', [client.escapeIdentifier(sequence.name), largest.toString()]);
  }
}

async function largestOwnedValue(client: pg.ClientBase, sequence: { ownerTable: string | null; ownerColumn: string | null }): Promise<bigint | null> {
  if (!sequence.ownerTable || !sequence.ownerColumn) return null;
  const { rows } = await client.query<{ largest: string | null }>(
    `select max(${client.escapeIdentifier(sequence.ownerColumn)})::text as largest from ${client.escapeIdentifier(sequence.ownerTable)}`,
  );
  return rows[0]?.largest == null ? null : BigInt(rows[0].largest);
}
