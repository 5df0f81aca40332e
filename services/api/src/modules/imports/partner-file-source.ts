import type { Readable } from 'node:stream';
import type { FileLayout } from '@razem/seeds';
import { readPartnerCsv, type SourceItem } from './csv-source.js';
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
 * same row reader, report and atomic import serve every format. Rows come in batches, as the CSV reader
 * hands them over: the import's loop then awaits once per batch, not per row.
 */
export function readPartnerFile(options: {
  input: Readable;
  encoding: FileEncoding;
  columns: readonly string[];
  layout: FileFormatOf;
}): AsyncGenerator<SourceItem[]> {
  const { layout } = options;
  if (layout.format === 'xlsx') {
    return inBatches(readPartnerXlsx({
      input: options.input,
      columns: options.columns,
      ...(layout.sheet === undefined ? {} : { sheet: layout.sheet }),
      spelling: { dateFormat: layout.dateFormat, decimalSeparator: layout.decimalSeparator },
    }));
  }
  return readPartnerCsv({ input: options.input, encoding: options.encoding, delimiter: layout.delimiter ?? ',', columns: options.columns });
}

const XLSX_BATCH_ROWS = 1_000;

async function* inBatches(items: AsyncIterable<SourceItem>): AsyncGenerator<SourceItem[]> {
  let batch: SourceItem[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === XLSX_BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
