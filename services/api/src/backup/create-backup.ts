import { createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { IsolationLevel, type MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  END_OF_TABLE,
  encodeHeader,
  frames,
  type BackupHeader,
  type BackupTable,
} from './backup-file.js';
import { DERIVED_TABLE, listSequences, listTables, migrationsTableOf, setCopySettings, transactionConnection } from './hub-schema.js';

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  /** Size of the (compressed) file. */
  bytes: number;
  seconds: number;
}

/** COPY output arrives a row or two at a time; frames of about this size keep their overhead negligible. */
const FRAME_TARGET_BYTES = 64 * 1024;

/**
 * Writes a logical backup of the hub's database to `file` (format: backup-file.ts): every hub table's
 * rows, the sequences' state and the applied migrations, all read in one REPEATABLE READ snapshot, so
 * the backup is consistent while imports go on. Tables are streamed through COPY into gzip, never held
 * in memory. The file is written beside the target and renamed into place when complete and synced: a
 * crash leaves at worst a stale `FILE.tmp`, never a partial FILE.
 */
export async function createBackup(options: { orm: MikroORM; file: string }): Promise<BackupSummary> {
  const started = performance.now();
  const temporary = `${options.file}.tmp`;
  const migrationsTable = migrationsTableOf(options.orm);
  let header: BackupHeader;
  try {
    header = await options.orm.em.fork().transactional(
      async (em) => {
        const client = await transactionConnection(em);
        await setCopySettings(client);
        const read = await readHeader(client, migrationsTable);
        await pipeline(backupStream(client, read), createGzip(), createWriteStream(temporary));
        return read;
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
    // On disk before it takes the real name: a crash right after the rename must not leave an empty file.
    const handle = await open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, options.file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const { size } = await stat(options.file);
  return {
    file: options.file,
    tables: header.tables.length,
    rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
    bytes: size,
    seconds: (performance.now() - started) / 1000,
  };
}

async function readHeader(client: pg.ClientBase, migrationsTable: string): Promise<BackupHeader> {
  const { rows: found } = await client.query<{ exists: boolean }>(`select to_regclass($1) is not null as exists`, [migrationsTable]);
  if (!found[0]?.exists) throw new Error('The database holds no hub schema (no migrations applied): there is nothing to back up.');
  const { rows: migrations } = await client.query<{ name: string }>(`select name from ${client.escapeIdentifier(migrationsTable)} order by id`);
  const { rows: version } = await client.query<{ server_version: string }>('show server_version');

  const tables: BackupTable[] = [];
  const derived: string[] = [];
  for (const table of await listTables(client)) {
    if (table.name === migrationsTable) continue;
    if (DERIVED_TABLE.test(table.name)) {
      derived.push(table.name);
      continue;
    }
    // Counted in the same snapshot as the COPY that follows, so restore can check it got every row.
    const { rows } = await client.query<{ rows: string }>(`select count(*) as rows from ${client.escapeIdentifier(table.name)}`);
    tables.push({ name: table.name, columns: table.columns, rows: Number(rows[0]!.rows) });
  }

  const sequences = [];
  for (const sequence of await listSequences(client)) {
    if (sequence.ownerTable === migrationsTable || (sequence.ownerTable && DERIVED_TABLE.test(sequence.ownerTable))) continue;
    // Sequences are outside transactions: this may be ahead of the snapshot's rows, never behind them.
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text, is_called from ${client.escapeIdentifier(sequence.name)}`,
    );
    sequences.push({ name: sequence.name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
  }

  return {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    serverVersion: version[0]!.server_version,
    migrations: migrations.map((migration) => migration.name),
    tables,
    sequences,
    derivedTablesRebuilt: derived,
  };
}

/** The uncompressed file: the header line, then each table's COPY text in frames. */
async function* backupStream(client: pg.ClientBase, header: BackupHeader): AsyncGenerator<Buffer> {
  yield encodeHeader(header);
  for (const table of header.tables) {
    const columns = table.columns.map((column) => client.escapeIdentifier(column.name)).join(', ');
    const copy = client.query(copyTo(`copy ${client.escapeIdentifier(table.name)} (${columns}) to stdout`));
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of copy as AsyncIterable<Buffer>) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= FRAME_TARGET_BYTES) {
        yield* frames(Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
      }
    }
    if (pendingBytes) yield* frames(Buffer.concat(pending, pendingBytes));
    yield END_OF_TABLE;
    if (copy.rowCount !== table.rows) {
      throw new Error(`COPY of table ${table.name} gave ${copy.rowCount} rows where the snapshot counted ${table.rows}.`);
    }
  }
}
