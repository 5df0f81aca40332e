import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { FileEncoding } from './partner-file-kinds.js';

/** One data row of a partner file: its line number and the values of the columns the kind reads. */
export interface SourceRow {
  line: number;
  values: Record<string, string>;
}

/** A problem with the file as a whole or one of its lines that is not about a single field. */
export interface SourceProblem {
  line: number;
  column: string;
  value: string;
  reason: string;
  code: string;
}

/** The file's header lacks required columns (or repeats one): nothing below it can be read. */
export class HeaderError extends Error {
  constructor(readonly problems: SourceProblem[]) {
    super(problems.map((problem) => problem.reason).join('; '));
  }
}

/**
 * Streams a partner CSV: decodes it (UTF-8 with or without BOM, or Windows-1250), parses RFC 4180
 * with the kind's delimiter (CRLF or LF), maps the header, and yields rows holding only the columns
 * the kind reads. Other columns — such as ZDZ's names — are dropped here and never reach storage.
 * Lines with the wrong number of fields come out as problems, not rows.
 */
export async function* readPartnerCsv(options: {
  input: Readable;
  encoding: FileEncoding;
  delimiter: string;
  columns: readonly string[];
}): AsyncGenerator<SourceRow | { problem: SourceProblem }> {
  // iconv-lite decodes across chunk boundaries and strips a UTF-8 BOM.
  const decoded = options.input.pipe(iconv.decodeStream(options.encoding === 'windows-1250' ? 'win1250' : 'utf8'));
  // on_record hands out the live line counter; `info: true` would copy a snapshot per record (2× slower).
  const parser = decoded.pipe(
    parse({
      delimiter: options.delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      on_record: ((record: string[], context: { lines: number }) => ({ record, info: { lines: context.lines } })) as never,
    }),
  );
  options.input.on('error', (error) => parser.destroy(error));

  let positions: Map<string, number> | undefined;
  let headerLength = 0;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!positions) {
      const header = record.map((name) => name.replace(/^\uFEFF/, '').trim().toLowerCase());
      headerLength = header.length;
      positions = new Map();
      const problems: SourceProblem[] = [];
      header.forEach((name, index) => {
        if (positions!.has(name) && options.columns.includes(name)) {
          problems.push({ line: info.lines, column: name, value: name, reason: `column ${name} appears twice in the header`, code: 'DUPLICATE_COLUMN' });
        }
        positions!.set(name, index);
      });
      for (const column of options.columns) {
        if (!positions.has(column)) {
          problems.push({ line: info.lines, column, value: '', reason: `the header has no column ${column}`, code: 'MISSING_COLUMN' });
        }
      }
      if (problems.length) throw new HeaderError(problems);
      continue;
    }
    if (record.length !== headerLength) {
      yield {
        problem: {
          line: info.lines,
          column: '',
          value: `${record.length} fields`,
          reason: `expected ${headerLength} fields like the header, found ${record.length}`,
          code: 'WRONG_FIELD_COUNT',
        },
      };
      continue;
    }
    const values: Record<string, string> = {};
    let undecodable: string | undefined;
    for (const column of options.columns) {
      const value = record[positions.get(column)!]!.trim();
      if (value.includes('\uFFFD')) undecodable ??= column;
      values[column] = value;
    }
    if (undecodable !== undefined) {
      yield {
        problem: {
          line: info.lines,
          column: undecodable,
          value: values[undecodable]!,
          reason: `the text is not valid ${options.encoding === 'utf-8' ? 'UTF-8: if the file comes from a Windows system, import it with --encoding windows-1250' : options.encoding}`,
          code: 'INVALID_ENCODING',
        },
      };
      continue;
    }
    yield { line: info.lines, values };
  }
  if (!positions) {
    throw new HeaderError([{ line: 1, column: '', value: '', reason: 'the file is empty: no header row', code: 'EMPTY_FILE' }]);
  }
}
