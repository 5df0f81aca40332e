import type { FileLayout, LayoutDateFormat, ProgrammeDefinition, UnifiedRecord } from '../../programme-definition.js';
import { createCsvWriter } from '../csv-writer.js';
import type { UnifiedRecordOf } from './unified-records.js';

/** A cell as a layout writes it: text, a number, or a calendar date (XLSX date cells; text in CSV). */
export type LayoutCell = string | number | { date: string };

/** Excel has no zone-free date: the workbook's fixed timestamps keep the generator deterministic. */
const WORKBOOK_TIME = new Date(Date.UTC(2000, 0, 1));

/** An ISO date in the layout's spelling. */
export function spellLayoutDate(iso: string, format: LayoutDateFormat): string {
  const [year, month, day] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  if (format === 'YYYY-MM-DD') return iso;
  return `${day}${format[2]}${month}${format[2]}${year}`;
}

/** The partner's code for a hub value: the first of the layout's codes that maps to it. */
function partnerCode(layout: FileLayout, field: keyof FileLayout['codes'], value: string): string {
  const map = layout.codes[field] as Record<string, string> | undefined;
  if (!map) return value;
  const found = Object.entries(map).find(([, target]) => target === value);
  if (!found) throw new Error(`layout ${layout.kind}: codes.${field} has no code for ${value}`);
  return found[0];
}

/** The session length in the layout's unit. */
function sessionLength(layout: FileLayout, minutes: number): number {
  const unit = layout.sessionLength?.unit ?? 'HOURS';
  if (unit === 'MINUTES') return minutes;
  if (unit === 'LESSON_HOURS') return minutes / (layout.sessionLength?.lessonMinutes ?? 45);
  return minutes / 60;
}

/**
 * One record as the layout's cells, keyed by file column: the mapped fields in the partner's spelling
 * (codes through the layout's code maps, activities by their file codes, session length in its unit),
 * and the dropped columns with what the partner's export carries there (the person's name).
 */
export function recordCells(options: {
  definition: ProgrammeDefinition;
  layout: FileLayout;
  record: UnifiedRecordOf<UnifiedRecord>;
}): Record<string, LayoutCell> {
  const { definition, layout } = options;
  const record = options.record as unknown as Record<string, string | number | null>;
  const cells: Record<string, LayoutCell> = {};
  for (const column of layout.dropColumns) cells[column] = String(record.fullName ?? '');
  for (const [field, column] of Object.entries(layout.columns) as [string, string][]) {
    const value = field === 'sessionLength' ? record.sessionMinutes : record[field];
    if (value === null || value === undefined) {
      cells[column] = '';
    } else if (field === 'activity') {
      const activity = definition.activities.find((candidate) => candidate.code === value);
      if (!activity) throw new Error(`layout ${layout.kind}: no activity ${String(value)}`);
      cells[column] = activity.fileCode;
    } else if (field === 'sessionLength') {
      cells[column] = sessionLength(layout, Number(value));
    } else if (field in layout.codes && typeof value === 'string') {
      cells[column] = partnerCode(layout, field as keyof FileLayout['codes'], value);
    } else if (/date$/i.test(field) || field === 'date') {
      cells[column] = { date: String(value) };
    } else {
      cells[column] = typeof value === 'number' ? value : String(value);
    }
  }
  return cells;
}

/** The file's header: dropped columns first (partners put names near the front), then the mapped ones. */
export function layoutHeader(layout: FileLayout): string[] {
  return [...layout.dropColumns, ...(Object.values(layout.columns) as string[])];
}

/** A cell as CSV text: dates in the layout's spelling, fractions with its decimal separator. */
function csvText(cell: LayoutCell, layout: FileLayout): string {
  if (typeof cell === 'object') return spellLayoutDate(cell.date, layout.dateFormat);
  if (typeof cell === 'number') {
    const text = String(Number(cell.toFixed(4)));
    return layout.decimalSeparator === ',' ? text.replace('.', ',') : text;
  }
  return cell;
}

/**
 * Writes records as the partner's file of this layout: CSV (its delimiter, its first encoding, CRLF) or
 * XLSX (one worksheet, the header row, date cells as dates, numbers as numbers, shared strings), streamed
 * either way. Returns the number of data rows.
 */
export async function writeRecordsByLayout(options: {
  definition: ProgrammeDefinition;
  layout: FileLayout;
  records: readonly UnifiedRecordOf<UnifiedRecord>[];
  path: string;
}): Promise<number> {
  const { definition, layout } = options;
  const header = layoutHeader(layout);
  const rows = () => options.records.map((record) => {
    const cells = recordCells({ definition, layout, record });
    return header.map((column) => cells[column] ?? '');
  });
  if (layout.format === 'csv') {
    const encoding = layout.encodings?.[0] ?? 'utf-8';
    const writer = createCsvWriter({
      path: options.path,
      header,
      delimiter: (layout.delimiter ?? ';') as ',' | ';',
      encoding,
      lineEnding: '\r\n',
      bom: false,
    });
    await writer.writeRows(rows().map((row) => row.map((cell) => csvText(cell, layout))));
    await writer.close();
    return writer.rows;
  }
  // Loaded only when a layout is XLSX: exceljs takes a quarter of a second to import, which every
  // process that reads the pilot (the hub, each `hub` command) would otherwise pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: options.path, useSharedStrings: true, useStyles: true });
  workbook.created = WORKBOOK_TIME;
  workbook.modified = WORKBOOK_TIME;
  workbook.creator = definition.code;
  const sheet = workbook.addWorksheet(layout.sheet ?? layout.kind);
  sheet.addRow(header).commit();
  let count = 0;
  for (const row of rows()) {
    const added = sheet.addRow(row.map((cell) => (typeof cell === 'object' ? new Date(`${cell.date}T00:00:00Z`) : cell)));
    row.forEach((cell, index) => {
      if (typeof cell === 'object') added.getCell(index + 1).numFmt = 'dd.mm.yyyy';
    });
    added.commit();
    count += 1;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
