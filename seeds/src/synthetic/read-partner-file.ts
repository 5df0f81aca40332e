import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { FileEncoding } from './csv-writer.js';

/** A partner file read back: its raw bytes' traits and its records as header-keyed objects. */
export interface ReadPartnerFile {
  hasBom: boolean;
  /** The line ending every record ends with; 'mixed' when they differ. */
  lineEnding: '\r\n' | '\n' | 'mixed';
  header: string[];
  records: Record<string, string>[];
}

/** Splits delimited text into rows of fields, RFC 4180 style (quoted fields may hold delimiters, quotes, line breaks). */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      // The '\n' that follows ends the row.
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads a generated partner file the way an importer would (decode, strip a BOM, parse), keeping the
 * byte-level traits the contract cares about. Used by the tests; fine for pilot-sized files.
 */
export async function readPartnerFile(options: { path: string; encoding: FileEncoding; delimiter: ',' | ';' }): Promise<ReadPartnerFile> {
  const bytes = await readFile(options.path);
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = options.encoding === 'windows-1250' ? iconv.decode(bytes, 'win1250') : bytes.toString('utf8').replace(/^\uFEFF/, '');
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  const lineEnding = crlf === lf ? '\r\n' : crlf === 0 ? '\n' : 'mixed';
  const [header = [], ...rows] = parseDelimited(text, options.delimiter);
  const records = rows.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
  return { hasBom, lineEnding, header, records };
}
