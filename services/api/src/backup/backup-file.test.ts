import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupFileError, BackupReader, END_OF_TABLE, MAX_FRAME_BYTES, encodeHeader, frames, type BackupHeader } from './backup-file.js';

const HEADER: BackupHeader = {
  format: 'razem-hub-backup',
  version: 1,
  createdAt: '2026-11-25T10:00:00.000Z',
  serverVersion: '18.0',
  migrations: ['Migration20261123000000Initial'],
  tables: [
    { name: 'empty', columns: [{ name: 'id', type: 'integer' }], rows: 0 },
    { name: 'big', columns: [{ name: 'id', type: 'integer' }, { name: 'note', type: 'text' }], rows: 1 },
  ],
  sequences: [{ name: 'big_id_seq', lastValue: '9007199254740993', isCalled: true }],
  derivedTablesRebuilt: ['analytics_attendance_p'],
};

/** A row longer than one frame, so the reader must join pieces. */
const BIG_ROW = Buffer.from(`1\t${'zażółć '.repeat(Math.ceil((MAX_FRAME_BYTES * 1.5) / 7))}\n`, 'utf8');

function backupBytes(header: unknown = HEADER, tail: Buffer[] = []): Buffer {
  const headerLine = typeof header === 'string' ? Buffer.from(header) : encodeHeader(header as BackupHeader);
  return gzipSync(Buffer.concat([headerLine, END_OF_TABLE, ...frames(BIG_ROW), END_OF_TABLE, ...tail]));
}

async function readAll(reader: BackupReader): Promise<Buffer[]> {
  const tables: Buffer[] = [];
  for (const table of reader.header.tables) {
    const pieces: Buffer[] = [];
    for await (const piece of reader.tableData(table.name)) pieces.push(piece);
    tables.push(Buffer.concat(pieces));
  }
  await reader.expectEnd();
  return tables;
}

describe('the backup file format', () => {
  let dir: string;
  const write = async (name: string, bytes: Buffer | string) => {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    return file;
  };
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-backup-file-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads back the header and every table as written, a row longer than a frame included', async () => {
    const reader = await BackupReader.open(await write('good.backup', backupBytes()));
    try {
      expect(reader.header).toEqual(HEADER);
      const [empty, big] = await readAll(reader);
      expect(empty!.length).toBe(0);
      // Buffer.equals: a deep equality over 1.5 MB byte by byte takes seconds.
      expect(big!.equals(BIG_ROW)).toBe(true);
    } finally {
      reader.close();
    }
  });

  it.each([
    ['a missing file', null, 'Cannot read the backup FILE: no such file.'],
    ['a file that is not gzip', 'kod_uczestnika;pesel\n', 'FILE is not a hub backup (not a gzip file).'],
    ['gzip without a header line', gzipSync(Buffer.from('no newline at all')), 'FILE is not a hub backup (no header).'],
    ['a header that is not JSON', gzipSync(Buffer.from('hello\n')), 'FILE is not a hub backup (its header is not JSON).'],
    ['another JSON file', gzipSync(Buffer.from('{"format":"something-else","version":1}\n')), 'FILE is not a hub backup (no "razem-hub-backup" header).'],
    [
      'a newer format',
      backupBytes({ ...HEADER, version: 2 }),
      'FILE was written by a newer hub (backup format 2; this hub reads format 1): restore it with that version or later.',
    ],
    ['a header without row counts', backupBytes({ ...HEADER, tables: [{ name: 'big', columns: [{ name: 'id', type: 'integer' }] }] }), 'FILE has a corrupt header: table big has no valid row count.'],
    ['a table name that is no identifier', backupBytes({ ...HEADER, tables: [{ name: 'x; drop table y', columns: [], rows: 0 }] }), 'FILE has a corrupt header: table #1 has no valid name.'],
  ])('rejects %s on opening, naming the file', async (_, bytes, message) => {
    const file = bytes === null ? path.join(dir, 'missing.backup') : await write('bad.backup', bytes);
    await expect(BackupReader.open(file)).rejects.toThrow(new BackupFileError(message.replace('FILE', file)));
  });

  it('rejects a truncated file, a flipped byte and data after the last table while reading', async () => {
    const good = backupBytes();
    const truncated = await write('truncated.backup', good.subarray(0, good.length - 200));
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    const corrupt = await write('flipped.backup', flipped);
    const extra = await write('extra.backup', backupBytes(HEADER, [Buffer.from('more')]));
    for (const [file, message] of [
      [truncated, /truncated\.backup is truncated or corrupt \(unexpected end of file\)\.$/],
      // Inflating garbage fails, or yields a nonsense frame length before gzip's CRC is reached.
      [corrupt, /flipped\.backup is (truncated or )?corrupt \(.+\)\.$/],
      [extra, /extra\.backup is corrupt \(data after the last table\)\.$/],
    ] as const) {
      const reader = await BackupReader.open(file);
      try {
        await expect(readAll(reader)).rejects.toThrow(message);
      } finally {
        reader.close();
      }
    }
  });
});
