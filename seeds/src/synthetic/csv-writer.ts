import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import iconv from 'iconv-lite';

export type FileEncoding = 'utf-8' | 'windows-1250';

/** A partner-file writer: delimited text, RFC 4180 quoting, the partner's encoding and line endings. */
export interface CsvWriter {
  /** Writes rows, waiting for the disk whenever the stream's buffer is full. */
  writeRows(rows: Iterable<readonly string[]>): Promise<void>;
  /** Flushes and closes the file. */
  close(): Promise<void>;
  /** Data rows written so far (the header excluded). */
  readonly rows: number;
}

/** Rows are joined into chunks of about this many characters before encoding: fewer, larger writes. */
const CHUNK_CHARS = 64 * 1024;
const UTF8_BOM = '\uFEFF';

/** Quotes a field when it holds the delimiter, a quote or a line break (RFC 4180), doubling inner quotes. */
export function quoteCsvField(value: string, delimiter: string): string {
  if (value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/**
 * Opens a partner file for streaming: writes the optional BOM and the header at once, then rows in
 * chunks, honouring backpressure (awaits 'drain') so memory stays flat however big the file grows.
 */
export function createCsvWriter(options: {
  path: string;
  header: readonly string[];
  delimiter: ',' | ';';
  encoding: FileEncoding;
  lineEnding: '\r\n' | '\n';
  bom: boolean;
}): CsvWriter {
  const { delimiter, lineEnding } = options;
  if (options.bom && options.encoding !== 'utf-8') throw new Error('a BOM is only written on UTF-8 files');
  const stream: WriteStream = createWriteStream(options.path);
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure = error;
  });
  const encode = (text: string): Buffer =>
    options.encoding === 'windows-1250' ? iconv.encode(text, 'win1250') : Buffer.from(text, 'utf8');
  const formatRow = (fields: readonly string[]): string => {
    let line = '';
    for (let i = 0; i < fields.length; i++) {
      if (i > 0) line += delimiter;
      line += quoteCsvField(fields[i] ?? '', delimiter);
    }
    return line + lineEnding;
  };

  let pending = (options.bom ? UTF8_BOM : '') + formatRow(options.header);
  let rows = 0;

  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    if (pending === '') return;
    const chunk = encode(pending);
    pending = '';
    if (!stream.write(chunk)) await once(stream, 'drain');
  };

  return {
    get rows() {
      return rows;
    },
    async writeRows(source) {
      for (const fields of source) {
        pending += formatRow(fields);
        rows++;
        if (pending.length >= CHUNK_CHARS) await flush();
      }
    },
    async close() {
      await flush();
      stream.end();
      await once(stream, 'finish');
      if (failure) throw failure;
    },
  };
}
