import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { rawSql, runSql } from '../../database/sql-fragment.js';
import { transactionConnection } from '../../database/transaction-connection.js';
import type { ImportTarget } from './import-targets.js';

/** Creates the import's staging table; it disappears with the transaction. */
export async function createStagingTable(em: EntityManager, target: ImportTarget): Promise<void> {
  const columns = target.staging.map((column) => `"${column.name}" ${column.type}`).join(', ');
  await runSql(em, rawSql(`create temp table import_stage (line int not null, ${columns}) on commit drop`));
}

/** COPY text gathered before it is written to the stream: big enough to amortise a write, small enough to bound memory. */
const CHUNK_BYTES = 256 * 1024;
/** What the stream buffers before `add` waits for PostgreSQL to take it (a few chunks: parsing goes on meanwhile). */
const STREAM_BUFFER_BYTES = 4 * CHUNK_BYTES;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit: a row of n code units fits in 3n bytes. */
const MAX_BYTES_PER_CHAR = 3;

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format: NULL as \N, booleans as t/f, text with backslash, tab and line breaks escaped. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (char) => COPY_ESCAPES[char]!) : value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot stage ${value}.`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  throw new Error(`Cannot stage a value of type ${typeof value}.`);
}

/**
 * Streams rows into a table with one `COPY … FROM STDIN` on the import transaction's own connection:
 * PostgreSQL's fastest way in (no statement per batch, no array literals to parse), with memory
 * bounded by the stream's buffer whatever the file's size. While it is open nothing else may be sent
 * on the connection: `finish` (or `close`, on any failure) ends it.
 */
export class CopyWriter {
  /**
   * The chunk being filled, as UTF-8 bytes: each row string dies young, where a string of a whole chunk
   * built by concatenation outlives young-generation collections and fills the old one with garbage (the
   * city-scale workshop file, 1.18M rows: peak heap 134 MB that way, 67 MB this way).
   */
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private open = true;
  private failure: unknown = undefined;
  /** Rows sent so far. */
  rows = 0;

  private constructor(private readonly stream: CopyStreamQuery) {
    // A failed COPY (the connection lost, a key taken twice) surfaces at the next add or at finish.
    stream.on('error', (error: unknown) => {
      this.failure ??= error;
    });
  }

  static async open(em: EntityManager, table: string, columns: readonly string[]): Promise<CopyWriter> {
    const client = await transactionConnection(em);
    const names = columns.map((name) => `"${name}"`).join(', ');
    const stream = client.query(copyFrom(`copy "${table}" (${names}) from stdin`, { highWaterMark: STREAM_BUFFER_BYTES }));
    return new CopyWriter(stream);
  }

  /**
   * Adds one row: `first` (the staged line, say) then `values`, in the COPY's column order. Returns a
   * promise only when the caller must wait for PostgreSQL.
   */
  add(first: number, values: readonly unknown[]): Promise<void> | undefined {
    let row = String(first);
    for (const value of values) row += `\t${copyText(value)}`;
    row += '\n';
    this.rows += 1;
    if (this.used + row.length * MAX_BYTES_PER_CHAR <= this.chunk.length) {
      this.used += this.chunk.write(row, this.used);
      return undefined;
    }
    // The row may not fit: the chunk goes first; a row longer than a chunk goes on its own.
    const sent = this.used ? this.write() : undefined;
    if (row.length * MAX_BYTES_PER_CHAR > this.chunk.length) {
      const own = Buffer.from(row);
      return sent ? sent.then(() => this.send(own)) : this.send(own);
    }
    this.used += this.chunk.write(row, this.used);
    return sent;
  }

  /** Sends the rest and ends the COPY; resolves once PostgreSQL stored every row. */
  async finish(): Promise<void> {
    if (this.used) await this.write();
    this.open = false;
    this.stream.end();
    await finished(this.stream).catch((error: unknown) => {
      this.failure ??= error;
    });
    if (this.failure) throw this.failure;
  }

  /** Ends a COPY still open after a failure (its rows go with the rolled-back transaction), so the connection can roll back. */
  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.stream.destroy(new Error('import stopped'));
    await finished(this.stream).catch(() => undefined);
  }

  /** Sends the filled part of the chunk and starts a new one. */
  private write(): Promise<void> {
    const full = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    return this.send(full);
  }

  private async send(data: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    // `once` rejects when the stream fails while we wait.
    if (!this.stream.write(data)) await once(this.stream, 'drain');
    if (this.failure) throw this.failure;
  }
}

/** The COPY into `import_stage`: each row is its file line, then the values in target.staging order. */
export function openStagingCopy(em: EntityManager, target: ImportTarget): Promise<CopyWriter> {
  return CopyWriter.open(em, 'import_stage', ['line', ...target.staging.map((column) => column.name)]);
}
