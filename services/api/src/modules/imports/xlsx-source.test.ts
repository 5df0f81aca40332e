import { readdirSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FileLevelError } from './csv-source.js';
import { readPartnerXlsx } from './xlsx-source.js';
import { xlsxTempFolder } from './xlsx-temp-files.js';

const COLUMNS = ['kod', 'data', 'godziny', 'status'];

/** A workbook built with exceljs (shared strings, typed cells), as a partner's spreadsheet would save it. */
async function workbook(fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Obecności'), book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A ZIP package of stored (uncompressed) entries, written by hand: for packages no spreadsheet program would save. */
function storedZip(entries: [name: string, content: string][]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, byte) => {
    let crc = byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    return crc >>> 0;
  });
  const crc32 = (data: Buffer) => (data.reduce((crc, byte) => crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const fileName = Buffer.from(name);
    const data = Buffer.from(content);
    // The local header and the central directory's record share these fields, from `at` on.
    const record = (size: number, signature: number, at: number) => {
      const bytes = Buffer.alloc(size);
      bytes.writeUInt32LE(signature, 0);
      bytes.writeUInt16LE(20, at - 10);
      bytes.writeUInt32LE(crc32(data), at);
      bytes.writeUInt32LE(data.length, at + 4);
      bytes.writeUInt32LE(data.length, at + 8);
      bytes.writeUInt16LE(fileName.length, at + 12);
      return bytes;
    };
    const header = record(30, 0x04034b50, 14);
    const central = record(46, 0x02014b50, 16);
    central.writeUInt16LE(20, 4);
    central.writeUInt32LE(offset, 42);
    locals.push(header, fileName, data);
    centrals.push(central, fileName);
    offset += header.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function read(body: Buffer, options: { sheet?: string; decimalSeparator?: '.' | ',' } = {}) {
  const items = [];
  for await (const item of readPartnerXlsx({
    input: Readable.from([body]),
    columns: COLUMNS,
    ...(options.sheet ? { sheet: options.sheet } : {}),
    spelling: { dateFormat: 'DD/MM/YYYY', decimalSeparator: options.decimalSeparator ?? ',' },
  })) {
    items.push(item);
  }
  return items;
}

async function fileProblems(body: Buffer, sheet?: string) {
  const error = await read(body, sheet ? { sheet } : {}).then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(FileLevelError);
  return (error as FileLevelError).problems;
}

describe('reading a partner XLSX workbook', () => {
  it('yields the read columns as text: dates in the layout\'s spelling, numbers with its separator, physical row numbers', async () => {
    const body = await workbook((sheet) => {
      // Column order differs from the layout, header case too; `nazwisko` is never read.
      sheet.addRow(['Status', 'nazwisko', 'KOD', 'data', 'godziny']);
      sheet.addRow(['OB', 'Kowalska', 'MP-0001', new Date(Date.UTC(2013, 2, 4)), 1.5]);
      sheet.addRow(['NB', 'Nowak', 'MP-0002', '05/03/2013', 90]);
      // Row 4 left out entirely: the next row keeps its own number.
      sheet.getRow(5).values = ['OB', null, 'MP-0003', new Date(Date.UTC(2013, 11, 31)), 0.75];
      sheet.getRow(6).values = ['US', 'Wiśniewska', 'MP-0001', new Date(Date.UTC(2013, 2, 4)), null];
    });
    expect(await read(body)).toEqual([
      { line: 2, values: { kod: 'MP-0001', data: '04/03/2013', godziny: '1,5', status: 'OB' } },
      { line: 3, values: { kod: 'MP-0002', data: '05/03/2013', godziny: '90', status: 'NB' } },
      { line: 5, values: { kod: 'MP-0003', data: '31/12/2013', godziny: '0,75', status: 'OB' } },
      { line: 6, values: { kod: 'MP-0001', data: '04/03/2013', godziny: '', status: 'US' } },
    ]);
    expect((await read(body, { decimalSeparator: '.' }))[0]).toMatchObject({ values: { godziny: '1.5' } });
  });

  it('reads the named sheet, and refuses a workbook without it naming the sheets it has, on every read', async () => {
    const body = await workbook((sheet, book) => {
      sheet.addRow(['x']);
      const second = book.addWorksheet('Dane');
      second.addRow(COLUMNS);
      second.addRow(['MP-0009', '01/04/2013', 2, 'OB']);
    });
    // exceljs stores xl/workbook.xml (the sheet list) as the ZIP's last entry. Its one-pass reader sometimes lost that
    // entry, and skipping a sheet to reach the named one could end the process (an unhandled ENOENT on its copy of
    // the skipped sheet; exceljs issue #3064): within 60 rounds here, on that reader.
    for (let round = 0; round < 60; round += 1) {
      expect(await read(body, { sheet: 'Dane' })).toEqual([{ line: 2, values: { kod: 'MP-0009', data: '01/04/2013', godziny: '2', status: 'OB' } }]);
      expect(await fileProblems(body, 'Arkusz1')).toEqual([
        { line: 1, column: '', value: '', code: 'MISSING_SHEET', reason: 'the workbook has no worksheet "Arkusz1" (it has "Obecności", "Dane")' },
      ]);
    }
  });

  it('names bad cells by row and column, and never reads a cell of a column outside the layout', async () => {
    const body = await workbook((sheet) => {
      sheet.addRow([...COLUMNS, 'uwagi']);
      sheet.addRow(['MP-0001', new Date(Date.UTC(2013, 2, 4, 10, 30)), 1, 'OB', { error: '#REF!' }]);
      sheet.addRow(['MP-0002', '05/03/2013', { error: '#N/A' }, true]);
      sheet.addRow(['MP-0003', '06/03/2013', { formula: 'A1+1' }, 'OB']);
      sheet.addRow(['MP-0004', '07/03/2013', 2, 'OB']);
    });
    expect(await read(body)).toEqual([
      { problem: { line: 2, column: 'data', value: '2013-03-04T10:30:00.000Z', code: 'INVALID_DATE', reason: 'the date cell holds a time of day, not a calendar date' } },
      { problem: { line: 3, column: 'godziny', value: '', code: 'CELL_ERROR', reason: 'the cell holds the spreadsheet error #N/A' } },
      { problem: { line: 3, column: 'status', value: 'true', code: 'INVALID_CELL', reason: 'a TRUE/FALSE cell where a value was expected' } },
      { problem: { line: 4, column: 'godziny', value: '', code: 'INVALID_CELL', reason: 'a formula without a stored result' } },
      { line: 5, values: { kod: 'MP-0004', data: '07/03/2013', godziny: '2', status: 'OB' } },
    ]);
  });

  it('lists every column the header lacks or repeats', async () => {
    const body = await workbook((sheet) => {
      sheet.addRow(['kod', 'kod', 'data']);
      sheet.addRow(['MP-0001', 'MP-0001', '01/04/2013']);
    });
    expect(await fileProblems(body)).toEqual([
      { line: 1, column: 'kod', value: 'kod', code: 'DUPLICATE_COLUMN', reason: 'column kod appears twice in the header' },
      { line: 1, column: 'godziny', value: '', code: 'MISSING_COLUMN', reason: 'the header has no column godziny' },
      { line: 1, column: 'status', value: '', code: 'MISSING_COLUMN', reason: 'the header has no column status' },
    ]);
  });

  it('refuses what is not an XLSX workbook as a problem of the file, never an internal error', async () => {
    const csv = Buffer.from('kod;data;godziny;status\nMP-0001;01/04/2013;2;OB\n');
    expect(await fileProblems(csv)).toEqual([expect.objectContaining({ line: 1, code: 'NOT_XLSX' })]);
    expect(await fileProblems(Buffer.alloc(0))).toEqual([expect.objectContaining({ line: 1, code: 'EMPTY_FILE' })]);
    const good = await workbook((sheet) => {
      sheet.addRow(COLUMNS);
      for (let index = 0; index < 200; index += 1) sheet.addRow([`MP-${index}`, '01/04/2013', index, 'OB']);
    });
    // A ZIP signature with damaged contents (a truncated upload).
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    const problems = await fileProblems(truncated);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, column: '', value: '', code: 'NOT_XLSX' });
    expect(problems[0]!.reason).toMatch(/^the workbook cannot be read: it is damaged or not an \.xlsx file/);

    // A package without a workbook part, and one whose entry name quotes the file: the reason names neither.
    expect(await fileProblems(storedZip([['[Content_Types].xml', '<Types/>']]))).toEqual([
      { line: 1, column: '', value: '', code: 'NOT_XLSX', reason: 'the workbook cannot be read: it is damaged or not an .xlsx file (it has no xl/_rels/workbook.xml.rels)' },
    ]);
    const quoting = await fileProblems(storedZip([['../44051401458 Kowalska.xml', 'x']]));
    expect(quoting).toEqual([{ line: 1, column: '', value: '', code: 'NOT_XLSX', reason: expect.stringMatching(/^the workbook cannot be read: it is damaged or not an \.xlsx file/) }]);
    expect(quoting[0]!.reason).not.toMatch(/44051401458|Kowalska/);
  });

  it('copies the workbook to the process\'s own folder only while reading it, however the read ends', async () => {
    const body = await workbook((sheet) => {
      sheet.addRow(COLUMNS);
      for (let index = 0; index < 50; index += 1) sheet.addRow([`MP-${index}`, new Date(Date.UTC(2013, 3, 1)), 44051401458 + index, 'OB']);
    });
    const copies = () => readdirSync(xlsxTempFolder());
    const reader = readPartnerXlsx({ input: Readable.from([body]), columns: COLUMNS, spelling: { dateFormat: 'DD/MM/YYYY', decimalSeparator: ',' } });
    expect(await reader.next()).toMatchObject({ value: { line: 2, values: { kod: 'MP-0' } } });
    // Mid-read: the copy is there, private to the process.
    expect(copies()).toHaveLength(1);
    expect((statSync(xlsxTempFolder()).mode & 0o777).toString(8)).toBe('700');
    // Abandoned mid-sheet (an import stopped by too many bad rows, a dropped upload).
    await reader.return(undefined);
    expect(copies()).toEqual([]);

    const refused = await workbook((sheet) => {
      sheet.addRow(['kod', 'data']);
      sheet.addRow(['MP-0001', new Date(Date.UTC(2013, 3, 1))]);
    });
    expect((await fileProblems(refused)).map((problem) => problem.code)).toEqual(['MISSING_COLUMN', 'MISSING_COLUMN']);
    expect((await fileProblems(body.subarray(0, body.length - 30))).map((problem) => problem.code)).toEqual(['NOT_XLSX']);
    expect(await read(body)).toHaveLength(50);
    expect(copies()).toEqual([]);
  });
});
