import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { LayoutDateFormat } from '@razem/seeds';
import type ExcelJS from 'exceljs';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { FileLevelError, mapHeaderColumns, type SourceProblem, type SourceRow } from './csv-source.js';
import { xlsxTempFolder } from './xlsx-temp-files.js';

/** How a typed cell becomes the text the row reader validates: in the layout's own spelling of dates and decimals. */
export interface CellSpelling {
  dateFormat: LayoutDateFormat;
  /** 'either' writes a point. */
  decimalSeparator: '.' | ',' | 'either';
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const notXlsx = (reason: string, code = 'NOT_XLSX'): FileLevelError =>
  new FileLevelError([{ line: 1, column: '', value: '', reason, code }]);

/** A cell the row reader cannot take as text: reported on its row and column, never an internal error. */
class CellProblem {
  constructor(readonly reason: string, readonly code: string) {}
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date cell in the layout's date spelling. Excel dates carry no zone: exceljs gives them as UTC midnight. */
function spellDate(date: Date, format: LayoutDateFormat): string {
  if (Number.isNaN(date.getTime())) throw new CellProblem('the date cell holds no valid date', 'INVALID_DATE');
  const [year, month, day] = [String(date.getUTCFullYear()), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
  if (date.getUTCHours() || date.getUTCMinutes() || date.getUTCSeconds()) {
    throw new CellProblem('the date cell holds a time of day, not a calendar date', 'INVALID_DATE');
  }
  switch (format) {
    case 'YYYY-MM-DD':
      return `${year}-${month}-${day}`;
    case 'DD.MM.YYYY':
      return `${day}.${month}.${year}`;
    case 'DD/MM/YYYY':
      return `${day}/${month}/${year}`;
    case 'DD-MM-YYYY':
      return `${day}-${month}-${year}`;
  }
}

/** A numeric cell as text: integers plainly, fractions with the layout's separator (no exponent, no float noise). */
function spellNumber(value: number, spelling: CellSpelling): string {
  if (!Number.isFinite(value)) throw new CellProblem('the cell holds no finite number', 'INVALID_NUMBER');
  if (Number.isInteger(value)) return String(value);
  const text = String(Number(value.toPrecision(12)));
  if (/e/i.test(text)) throw new CellProblem('the number is too small or too large', 'INVALID_NUMBER');
  return spelling.decimalSeparator === ',' ? text.replace('.', ',') : text;
}

/** The text of one cell value as exceljs's streaming reader gives it (shared strings already resolved). */
function cellText(value: ExcelJS.CellValue, spelling: CellSpelling): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return spellNumber(value, spelling);
  if (typeof value === 'boolean') throw new CellProblem('a TRUE/FALSE cell where a value was expected', 'INVALID_CELL');
  if (value instanceof Date) return spellDate(value, spelling.dateFormat);
  if ('error' in value) throw new CellProblem(`the cell holds the spreadsheet error ${value.error}`, 'CELL_ERROR');
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('').trim();
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) throw new CellProblem('a formula without a stored result', 'INVALID_CELL');
    return cellText(result as ExcelJS.CellValue, spelling);
  }
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  throw new CellProblem('a cell the hub cannot read as a value', 'INVALID_CELL');
}

/** The input with its first chunk put back, after looking at it. */
async function peekStart(input: Readable): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : first.value;
  const stream = Readable.from(
    (async function* () {
      if (head.length) yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    })(),
    { objectMode: false },
  );
  return { head, stream };
}

/**
 * The parts of exceljs 4.4.0's streaming `WorkbookReader` the hub drives itself, one ZIP entry at a time
 * (present in its code, absent from its typings; exceljs is pinned to that version for this reason).
 * Its own `parse()` reads the ZIP in one pass and, in a race of its stream iteration, sometimes loses the
 * last entry: for a workbook saved by exceljs that is `xl/workbook.xml`, and the read failed with
 * "Cannot read properties of undefined (reading 'sheets')" (exceljs issue #3064). Skipping a sheet made
 * it delete the sheet's temporary copy before its stream opened it: an unhandled ENOENT that ended the process.
 */
interface WorkbookParts {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; id: number; rId: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<{ value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

/** A package the reader cannot make sense of, with what is wrong with it when that is known. */
const unreadable = (detail: string): FileLevelError =>
  notXlsx(`the workbook cannot be read: it is damaged or not an .xlsx file${detail ? ` (${detail})` : ''}`);

/** A ZIP entry's path from a relationship's target: relative to `xl/`, or absolute within the package. */
const partPath = (target: string): string => (target.startsWith('/') ? target.slice(1) : path.posix.normalize(`xl/${target}`));

/**
 * Opens the layout's sheet (default the workbook's first) of the ZIP package: the workbook's relationships,
 * its sheet list, shared strings and styles read first, from the ZIP's central directory, whatever order
 * the entries were stored in; then only that sheet, whose rows stream as they are inflated.
 */
async function openWorksheet(zip: ZipFile, sheet: string | undefined): Promise<ExcelJS.stream.xlsx.WorksheetReader> {
  const entries = new Map<string, Entry>();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  const part = async (name: string, required: boolean): Promise<Readable | undefined> => {
    const entry = entries.get(name);
    if (entry) return zip.openReadStreamPromise(entry);
    if (required) throw unreadable(`it has no ${name}`);
    return undefined;
  };

  // Loaded by the first XLSX file, not by every process that may import CSV: importing exceljs takes a quarter of a second.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.stream.xlsx.WorkbookReader(undefined as unknown as Readable, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date cell from a number (its number format).
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookParts;
  await book._parseRels((await part('xl/_rels/workbook.xml.rels', true))!);
  await book._parseWorkbook((await part('xl/workbook.xml', true))!);
  const sharedStrings = await part('xl/sharedStrings.xml', false);
  if (sharedStrings) for await (const _ of book._parseSharedStrings(sharedStrings));
  const styles = await part('xl/styles.xml', false);
  if (styles) await book._parseStyles(styles);

  const sheets = book.model?.sheets ?? [];
  const chosen = sheet === undefined ? sheets[0] : sheets.find((candidate) => candidate.name === sheet);
  if (!chosen) {
    throw notXlsx(
      sheet === undefined
        ? 'the workbook has no worksheet'
        : `the workbook has no worksheet ${JSON.stringify(sheet)} (it has ${sheets.map((candidate) => JSON.stringify(candidate.name)).join(', ') || 'none'})`,
      'MISSING_SHEET',
    );
  }
  const target = book.workbookRels?.find((relationship) => relationship.Id === chosen.rId)?.Target;
  const rows = target === undefined ? undefined : await part(partPath(target), false);
  if (!rows) throw unreadable(`its worksheet ${JSON.stringify(chosen.name)} has no part`);
  const [emitted] = book._parseWorksheet(rows, String(chosen.id));
  return emitted!.value;
}

/**
 * A damaged ZIP or XML as a file-level problem. The library's message is kept only up to its first colon:
 * what follows can quote the file (an entry's name, a tag), and nothing from a partner file but codes may
 * reach a report or a log.
 */
const damaged = (error: unknown): FileLevelError => {
  if (error instanceof FileLevelError) return error;
  return unreadable(error instanceof Error ? error.message.split(/[:\n]/)[0]!.trim().slice(0, 80) : '');
};

/**
 * Reads a partner XLSX workbook: the layout's sheet (default the first), its first row the header, then
 * rows holding only the columns the layout reads — the same rows `readPartnerCsv` yields, with the sheet's
 * physical row numbers as lines. Date cells come out in the layout's date spelling, numeric cells as plain
 * numbers with its decimal separator, so one row reader validates both formats. The body is copied to a
 * private file first (a ZIP is read from its central directory, at the end) and deleted when the read
 * ends, however it ends; rows stream from the sheet as they are inflated, so memory stays bounded for a
 * big sheet (shared strings kept once). A body that is not an XLSX workbook, or a damaged one, is a
 * file-level problem on line 1, never an internal error.
 */
export async function* readPartnerXlsx(options: {
  input: Readable;
  columns: readonly string[];
  sheet?: string;
  spelling: CellSpelling;
}): AsyncGenerator<SourceRow | { problem: SourceProblem }> {
  const { head, stream } = await peekStart(options.input);
  if (head.length === 0) throw notXlsx('the file is empty: no header row', 'EMPTY_FILE');
  if (!ZIP_SIGNATURE.every((byte, index) => head[index] === byte)) {
    throw notXlsx('the file is not an Excel .xlsx workbook (an .xlsx file is a ZIP package): send the workbook as Excel saves it (.xlsx)');
  }
  // The body copied to a file of the process's own folder (0600): the ZIP's central directory is at its end.
  const copy = path.join(xlsxTempFolder(), `upload-${randomUUID()}.xlsx`);
  try {
    await pipeline(stream, createWriteStream(copy, { flags: 'wx', mode: 0o600 }));
    let zip: ZipFile | undefined;
    try {
      zip = await yauzl.openPromise(copy, { autoClose: false });
      yield* readSheet(await openWorksheet(zip, options.sheet), options);
    } catch (error) {
      throw damaged(error);
    } finally {
      zip?.close();
    }
  } finally {
    await rm(copy, { force: true });
  }
}

async function* readSheet(
  worksheet: ExcelJS.stream.xlsx.WorksheetReader,
  options: { columns: readonly string[]; spelling: CellSpelling },
): AsyncGenerator<SourceRow | { problem: SourceProblem }> {
  let positions: Map<string, number> | undefined;
  for await (const row of worksheet) {
    const cells = row.values as ExcelJS.CellValue[];
    if (!positions) {
      // Header cells are text; a number or date there is taken as written.
      const names = Array.from({ length: cells.length }, (_, index) => (index === 0 ? '' : safeText(cells[index], options.spelling)));
      positions = mapHeaderColumns(names.map((name) => name.toLowerCase()), options.columns, row.number);
      continue;
    }
    if (!row.hasValues) continue;
    const values: Record<string, string> = {};
    let bad = false;
    for (const column of options.columns) {
      try {
        values[column] = cellText(cells[positions.get(column)!], options.spelling);
      } catch (error) {
        if (!(error instanceof CellProblem)) throw error;
        bad = true;
        yield { problem: { line: row.number, column, value: shownValue(cells[positions.get(column)!]), reason: error.reason, code: error.code } };
      }
    }
    if (!bad) yield { line: row.number, values };
  }
  if (!positions) throw notXlsx('the worksheet is empty: no header row', 'EMPTY_FILE');
}

/** What a report shows of a cell it could not read: its plain value, never an object's innards. */
function shownValue(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return typeof value === 'object' || value === undefined ? '' : String(value);
}

function safeText(value: ExcelJS.CellValue, spelling: CellSpelling): string {
  try {
    return cellText(value, spelling);
  } catch {
    return '';
  }
}
