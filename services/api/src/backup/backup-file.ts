import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

/**
 * The hub's backup file: one gzip stream holding
 *
 *   1. the header, one line of JSON (BackupHeader) ending in "\n";
 *   2. for every table of the header, in its order, the table's rows in PostgreSQL's COPY text format,
 *      cut into frames: a 4-byte big-endian length, then that many bytes; a frame of length 0 ends
 *      the table.
 *
 * The text format (not COPY's binary one) keeps backups readable by any later PostgreSQL and any
 * column type's input function. Frames let the reader find where a table ends without parsing rows,
 * and gzip's CRC and length trailer catch a file cut short or altered.
 */
export const BACKUP_FORMAT = 'razem-hub-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Frames are at most this long, so a corrupt length cannot make the reader allocate gigabytes. */
export const MAX_FRAME_BYTES = 1024 * 1024;
/** A header is a few kilobytes; a first "line" longer than this is not one. */
const MAX_HEADER_BYTES = 4 * 1024 * 1024;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export interface BackupColumn {
  name: string;
  /** format_type() of the column, e.g. "character varying(200)". */
  type: string;
}

export interface BackupTable {
  name: string;
  columns: BackupColumn[];
  rows: number;
}

export interface BackupSequence {
  name: string;
  /** bigint as text: audit_entry's ids may outgrow a JavaScript number. */
  lastValue: string;
  isCalled: boolean;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  /** Migrations applied to the database backed up, in order: the schema level of its data. */
  migrations: string[];
  tables: BackupTable[];
  sequences: BackupSequence[];
  /** Derived tables not stored: restore rebuilds them. */
  derivedTablesRebuilt: string[];
}

/** A file that is not a readable hub backup; the message names the file and what is wrong. */
export class BackupFileError extends Error {}

/** Encodes the header line. */
export function encodeHeader(header: BackupHeader): Buffer {
  return Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
}

/** Frames `data` (any length) for the stream: cut into pieces of at most MAX_FRAME_BYTES. */
export function* frames(data: Buffer): Generator<Buffer> {
  for (let start = 0; start < data.length; start += MAX_FRAME_BYTES) {
    const piece = data.subarray(start, start + MAX_FRAME_BYTES);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(piece.length);
    yield length;
    yield piece;
  }
}

/** The frame that ends a table's data. */
export const END_OF_TABLE = Buffer.alloc(4);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdentifier(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIER.test(value);
}

/** Checks a parsed header's shape; returns what is wrong, or null. */
function headerProblem(value: Record<string, unknown>): string | null {
  if (typeof value.createdAt !== 'string' || typeof value.serverVersion !== 'string') return 'createdAt or serverVersion missing';
  if (!Array.isArray(value.migrations) || !value.migrations.every((name) => typeof name === 'string' && name.length > 0)) {
    return 'migrations is not a list of names';
  }
  if (!Array.isArray(value.tables)) return 'tables is not a list';
  for (const [index, table] of value.tables.entries()) {
    if (!isRecord(table) || !isIdentifier(table.name)) return `table #${index + 1} has no valid name`;
    if (!Number.isSafeInteger(table.rows) || (table.rows as number) < 0) return `table ${table.name} has no valid row count`;
    if (!Array.isArray(table.columns) || table.columns.length === 0) return `table ${table.name} has no columns`;
    for (const column of table.columns) {
      if (!isRecord(column) || !isIdentifier(column.name) || typeof column.type !== 'string') return `table ${table.name} has an invalid column`;
    }
  }
  if (new Set(value.tables.map((table) => (table as BackupTable).name)).size !== value.tables.length) return 'a table is listed twice';
  if (!Array.isArray(value.sequences)) return 'sequences is not a list';
  for (const sequence of value.sequences) {
    if (!isRecord(sequence) || !isIdentifier(sequence.name)) return 'a sequence has no valid name';
    if (typeof sequence.lastValue !== 'string' || !/^-?\d{1,19}$/.test(sequence.lastValue) || typeof sequence.isCalled !== 'boolean') {
      return `sequence ${sequence.name} has no valid state`;
    }
  }
  if (!Array.isArray(value.derivedTablesRebuilt) || !value.derivedTablesRebuilt.every(isIdentifier)) return 'derivedTablesRebuilt is not a list of names';
  return null;
}

/**
 * Reads a backup file front to back: the header on open, then each table's data in order. The file is
 * streamed; at most one frame is held in memory.
 */
export class BackupReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private ended = false;
  private nextTable = 0;
  /** Set by open() before the reader is handed out. */
  header!: BackupHeader;

  private constructor(
    readonly file: string,
    private readonly source: ReturnType<typeof createReadStream>,
    private readonly gunzip: ReturnType<typeof createGunzip>,
  ) {
    this.chunks = gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /** Opens `file` and validates its header; throws BackupFileError naming what is wrong. */
  static async open(file: string): Promise<BackupReader> {
    const magic = Buffer.alloc(2);
    const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      throw new BackupFileError(`Cannot read the backup ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
    });
    try {
      const { bytesRead } = await handle.read(magic, 0, 2, 0);
      if (bytesRead < 2 || !magic.equals(GZIP_MAGIC)) throw new BackupFileError(`${file} is not a hub backup (not a gzip file).`);
    } finally {
      await handle.close();
    }
    const source = createReadStream(file);
    const gunzip = createGunzip();
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    const reader = new BackupReader(file, source, gunzip);
    try {
      reader.header = reader.parseHeader(await reader.readHeaderLine());
    } catch (error) {
      reader.close();
      throw error;
    }
    return reader;
  }

  private async readHeaderLine(): Promise<string> {
    for (;;) {
      const joined = Buffer.concat(this.buffered);
      const newline = joined.indexOf(0x0a);
      if (newline >= 0) {
        this.buffered = [joined.subarray(newline + 1)];
        this.bufferedBytes = joined.length - newline - 1;
        return joined.subarray(0, newline).toString('utf8');
      }
      if (joined.length > MAX_HEADER_BYTES || !(await this.fill(joined.length + 1))) {
        throw new BackupFileError(`${this.file} is not a hub backup (no header).`);
      }
    }
  }

  private parseHeader(line: string): BackupHeader {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new BackupFileError(`${this.file} is not a hub backup (its header is not JSON).`);
    }
    if (!isRecord(value) || value.format !== BACKUP_FORMAT) throw new BackupFileError(`${this.file} is not a hub backup (no "${BACKUP_FORMAT}" header).`);
    if (!Number.isSafeInteger(value.version) || (value.version as number) < 1) {
      throw new BackupFileError(`${this.file} has an invalid format version ${JSON.stringify(value.version)}.`);
    }
    if ((value.version as number) > BACKUP_FORMAT_VERSION) {
      throw new BackupFileError(
        `${this.file} was written by a newer hub (backup format ${String(value.version)}; this hub reads format ${BACKUP_FORMAT_VERSION}): restore it with that version or later.`,
      );
    }
    const problem = headerProblem(value);
    if (problem) throw new BackupFileError(`${this.file} has a corrupt header: ${problem}.`);
    return value as unknown as BackupHeader;
  }

  /** Buffers at least `bytes` bytes; false if the stream ends first. */
  private async fill(bytes: number): Promise<boolean> {
    while (this.bufferedBytes < bytes && !this.ended) {
      let next: IteratorResult<Buffer>;
      try {
        next = await this.chunks.next();
      } catch (error) {
        throw new BackupFileError(`${this.file} is truncated or corrupt (${(error as Error).message}).`);
      }
      if (next.done) {
        this.ended = true;
      } else {
        this.buffered.push(next.value);
        this.bufferedBytes += next.value.length;
      }
    }
    return this.bufferedBytes >= bytes;
  }

  private async take(bytes: number, what: string): Promise<Buffer> {
    if (!(await this.fill(bytes))) throw new BackupFileError(`${this.file} is truncated (it ends inside ${what}).`);
    const joined = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
    this.buffered = [joined.subarray(bytes)];
    this.bufferedBytes = joined.length - bytes;
    return joined.subarray(0, bytes);
  }

  /** The next table's COPY data, frame by frame; `table` must be the next one in the header's order. */
  async *tableData(table: string): AsyncGenerator<Buffer> {
    const expected = this.header.tables[this.nextTable]?.name;
    if (expected !== table) throw new Error(`Backup tables must be read in order: expected ${String(expected)}, asked for ${table}.`);
    this.nextTable += 1;
    for (;;) {
      const length = (await this.take(4, `the data of table ${table}`)).readUInt32BE();
      if (length === 0) return;
      if (length > MAX_FRAME_BYTES) throw new BackupFileError(`${this.file} is corrupt (a frame of ${length} bytes in table ${table}).`);
      // A copy: the caller's COPY stream may keep it after the buffer it came from is reused.
      yield Buffer.from(await this.take(length, `the data of table ${table}`));
    }
  }

  /** Checks that every table was read and nothing follows (a file with extra data is not one we wrote). */
  async expectEnd(): Promise<void> {
    if (this.nextTable !== this.header.tables.length) throw new Error('Not every table of the backup was read.');
    if (await this.fill(1)) throw new BackupFileError(`${this.file} is corrupt (data after the last table).`);
  }

  close(): void {
    this.source.destroy();
    this.gunzip.destroy();
  }
}
