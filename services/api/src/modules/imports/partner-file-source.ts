import type { Readable } from 'node:stream';
import type { FileLayout } from '@razem/seeds';
import { readPartnerCsv, type SourceProblem, type SourceRow } from './csv-source.js';
import type { FileEncoding } from './partner-file-kinds.js';
import { readPartnerXlsx } from './xlsx-source.js';

/** What of a layout decides how its file is read (the rest says what the rows mean). */
export interface FileFormatOf {
  format: FileLayout['format'];
  delimiter?: string;
  sheet?: string;
  dateFormat: FileLayout['dateFormat'];
  decimalSeparator: FileLayout['decimalSeparator'];
}

/**
 * A partner file's rows by its layout's format: CSV text or an XLSX workbook, both yielding the same rows
 * (the read columns' values as text, with the file's physical line or row number) and problems, so the
 * same row reader, report and atomic import serve every format.
 */
export function readPartnerFile(options: {
  input: Readable;
  encoding: FileEncoding;
  columns: readonly string[];
  layout: FileFormatOf;
}): AsyncGenerator<SourceRow | { problem: SourceProblem }> {
  const { layout } = options;
  if (layout.format === 'xlsx') {
    return readPartnerXlsx({
      input: options.input,
      columns: options.columns,
      ...(layout.sheet === undefined ? {} : { sheet: layout.sheet }),
      spelling: { dateFormat: layout.dateFormat, decimalSeparator: layout.decimalSeparator },
    });
  }
  return readPartnerCsv({ input: options.input, encoding: options.encoding, delimiter: layout.delimiter ?? ',', columns: options.columns });
}
