import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A CSV export parsed by a CSV parser (after checking its UTF-8 BOM): one object per record, keyed by the header. */
export function parseCsvExport(body: Buffer, delimiter: ',' | ';' = ','): Record<string, string>[] {
  if (!body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) throw new Error('The CSV does not start with a UTF-8 BOM.');
  return parse(body.subarray(3).toString('utf8'), { columns: true, delimiter, record_delimiter: '\r\n', relax_column_count: false }) as Record<string, string>[];
}

/** An XLSX export read back with exceljs. */
export async function readXlsxExport(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as arrays of cell values (column A first; empty cells null). */
export function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let index = 1; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    const values: ExcelJS.CellValue[] = [];
    for (let column = 1; column <= Math.max(row.cellCount, 1); column += 1) values.push(row.getCell(column).value ?? null);
    rows.push(values);
  }
  return rows;
}

/** What a GraphQL value is published as: the number, or "hidden". */
export type Published = number | null | 'hidden';

export function publishedFromGraphql(value: number | null, suppressed: boolean): Published {
  return suppressed ? 'hidden' : value;
}

/** Reads a CSV field back: "<K" is hidden, "" is null, otherwise a number (decimal point or comma). */
export function publishedFromCsv(text: string | undefined, marker: string): Published {
  if (text === undefined) throw new Error('No such CSV field.');
  if (text === marker) return 'hidden';
  if (text === '') return null;
  const value = Number(text.replace(',', '.'));
  if (Number.isNaN(value)) throw new Error(`Not a number: ${JSON.stringify(text)}`);
  return value;
}

/** Reads an XLSX cell back: a number, "<K" as hidden, empty as null. */
export function publishedFromXlsx(value: ExcelJS.CellValue | undefined, marker: string): Published {
  if (value === null || value === undefined) return null;
  if (value === marker) return 'hidden';
  if (typeof value === 'number') return value;
  throw new Error(`Not a published number: ${JSON.stringify(value)}`);
}

/** Every text of a workbook (sheet names, cell values, properties), for searching it. */
export function workbookText(workbook: ExcelJS.Workbook): string {
  const parts: string[] = [JSON.stringify({ creator: workbook.creator, title: workbook.title, subject: workbook.subject, keywords: workbook.keywords })];
  workbook.eachSheet((sheet) => {
    parts.push(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => parts.push(String(cell.value)));
    });
  });
  return parts.join('\n');
}
