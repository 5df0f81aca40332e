import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer.js';
import { sniffFileStart, Utf8Watcher } from './file-sniffing.js';
import type { FileEncoding } from './partner-file-kinds.js';

/** One data row of a partner file: its line number and the values of the columns the kind reads. */
export interface SourceRow {
  line: number;
  values: Record<string, string>;
}

/** A problem with the file as a whole or one of its lines that is not about a single field's meaning. */
export interface SourceProblem {
  line: number;
  column: string;
  value: string;
  reason: string;
  code: string;
}

/** The file as a whole cannot be read (no usable header, not CSV text, the wrong encoding): the import stops with these problems. */
export class FileLevelError extends Error {
  constructor(readonly problems: SourceProblem[]) {
    super(problems.map((problem) => problem.code).join(', '));
  }
}

const ENCODING_NAME: Record<FileEncoding, string> = { 'utf-8': 'UTF-8', 'windows-1250': 'Windows-1250' };

/** What one piece of the file gave: rows and problems, in file order. */
export type SourceItem = SourceRow | { problem: SourceProblem };

/**
 * Streams a partner CSV: recognises what is not CSV text from its first bytes, decodes it (UTF-8 with
 * or without BOM, or Windows-1250, refusing a file whose bytes say it is the other one), splits RFC
 * 4180 records with the kind's delimiter (CRLF or LF), maps the header, and yields rows holding only
 * the columns the kind reads. Other columns — such as ZDZ's names — are dropped here and never reach
 * storage, a report or a log (a problem in one is reported without its value). Bad lines come out as
 * problems, with the physical line of the file. Items come in batches, one per piece of the file read:
 * an await per row would cost more than reading the row.
 */
export async function* readPartnerCsv(options: {
  input: Readable;
  encoding: FileEncoding;
  delimiter: string;
  columns: readonly string[];
}): AsyncGenerator<SourceItem[]> {
  // iconv-lite decodes across chunk boundaries and strips a UTF-8 BOM.
  const decoder = iconv.getDecoder(options.encoding === 'windows-1250' ? 'win1250' : 'utf8');
  const tokenizer = new CsvTokenizer(options.delimiter);
  // Only a file declared Windows-1250 needs its bytes watched: undecodable UTF-8 shows as U+FFFD in values.
  const utf8 = options.encoding === 'windows-1250' ? new Utf8Watcher() : undefined;
  const header = new HeaderMap(options.columns);
  let first = true;

  const handle = (records: CsvRecord[]): SourceItem[] => {
    const items: SourceItem[] = [];
    for (const record of records) {
      if (!header.known) header.read(record);
      else header.addItemsOf(record, options.encoding, items);
    }
    return items;
  };

  for await (const chunk of options.input as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      const verdict = sniffFileStart(chunk, options.encoding);
      if (verdict) throw new FileLevelError([{ line: 1, column: '', value: '', ...verdict }]);
    }
    utf8?.feed(chunk);
    const items = handle(tokenizer.push(decoder.write(chunk)));
    if (items.length) yield items;
  }
  const rest = decoder.end();
  const items = handle([...(rest ? tokenizer.push(rest) : []), ...tokenizer.end()]);
  if (items.length) yield items;

  if (utf8?.valid && utf8.firstMultibyteLine !== undefined) {
    throw new FileLevelError([{
      line: utf8.firstMultibyteLine,
      column: '',
      value: '',
      reason: 'the file is declared Windows-1250 but it is valid UTF-8 with multi-byte letters: it looks like UTF-8, import it with encoding utf-8',
      code: 'MISLABELLED_ENCODING',
    }]);
  }
  if (!header.known) {
    throw new FileLevelError([{ line: 1, column: '', value: '', reason: 'the file is empty: no header row', code: 'EMPTY_FILE' }]);
  }
}

/**
 * The position of each header name (lower-cased by the caller); a column the hub reads must appear exactly
 * once. Shared by every row source (CSV, XLSX), so a header problem reads the same whatever the format.
 */
export function mapHeaderColumns(names: readonly string[], columns: readonly string[], line: number): Map<string, number> {
  const positions = new Map<string, number>();
  const problems: SourceProblem[] = [];
  names.forEach((name, index) => {
    if (positions.has(name) && columns.includes(name)) {
      problems.push({ line, column: name, value: name, reason: `column ${name} appears twice in the header`, code: 'DUPLICATE_COLUMN' });
    }
    positions.set(name, index);
  });
  for (const column of columns) {
    if (!positions.has(column)) {
      problems.push({ line, column, value: '', reason: `the header has no column ${column}`, code: 'MISSING_COLUMN' });
    }
  }
  if (problems.length) throw new FileLevelError(problems);
  return positions;
}

/** The header's column positions, and turning records into rows by them. */
class HeaderMap {
  known = false;
  private length = 0;
  private names: string[] = [];
  private positions = new Map<string, number>();
  /** The field index of each column the kind reads, in `columns` order. */
  private indexes: number[] = [];

  constructor(private readonly columns: readonly string[]) {}

  read(record: CsvRecord): void {
    this.known = true;
    const problems: SourceProblem[] = record.problems.map((problem) => ({
      line: problem.line,
      column: '',
      value: '',
      reason: `the header line cannot be read: ${problem.reason}`,
      code: problem.code,
    }));
    if (problems.length) throw new FileLevelError(problems);
    this.names = record.fields.map((name) => name.replace(/^\uFEFF/, '').trim().toLowerCase());
    this.length = record.fieldCount;
    this.positions = mapHeaderColumns(this.names, this.columns, record.line);
    this.indexes = this.columns.map((column) => this.positions.get(column)!);
  }

  /** The column a field belongs to, and whether the hub reads it (only then may its value be shown). */
  private columnOf(index: number): { name: string; read: boolean } {
    const name = this.names[index];
    return name === undefined ? { name: `field ${index + 1}`, read: false } : { name, read: this.columns.includes(name) };
  }

  /** Adds the record's row, or its problems, to `items`. */
  addItemsOf(record: CsvRecord, encoding: FileEncoding, items: SourceItem[]): void {
    if (record.problems.length) {
      for (const problem of record.problems) {
        const column = this.columnOf(problem.fieldIndex);
        // An unterminated quote's "value" is the rest of the file: not worth showing.
        const value = column.read && problem.code !== 'UNTERMINATED_QUOTE' ? (record.fields[problem.fieldIndex] ?? '') : '';
        items.push({ problem: { line: problem.line, column: column.name, value, reason: problem.reason, code: problem.code } });
      }
      return;
    }
    if (record.fieldCount !== this.length) {
      items.push({
        problem: {
          line: record.line,
          column: '',
          value: `${record.fieldCount} fields`,
          reason: `expected ${this.length} fields like the header, found ${record.fieldCount}`,
          code: 'WRONG_FIELD_COUNT',
        },
      });
      return;
    }
    const values: Record<string, string> = {};
    let undecodable: string | undefined;
    const { columns, indexes } = this;
    for (let index = 0; index < columns.length; index += 1) {
      const column = columns[index]!;
      const value = record.fields[indexes[index]!]!.trim();
      if (undecodable === undefined && value.includes('\uFFFD')) undecodable = column;
      values[column] = value;
    }
    if (undecodable !== undefined) {
      items.push({
        problem: {
          line: record.line,
          column: undecodable,
          value: values[undecodable]!,
          reason:
            encoding === 'utf-8'
              ? 'the text is not valid UTF-8; it looks like Windows-1250: if the file comes from a Windows system, import it with --encoding windows-1250'
              : `the text is not valid ${ENCODING_NAME[encoding]}`,
          code: 'INVALID_ENCODING',
        },
      });
      return;
    }
    items.push({ line: record.line, values });
  }
}
