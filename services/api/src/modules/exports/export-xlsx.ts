import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type ExcelJS from 'exceljs';
import { Measure } from '../../analytics/index.js';
import { IndicatorUnit } from '../../codes/indicator-codes.js';
import { describeFilter, ESF_COLUMNS, type EsfTable, type ExportCell, type ExportDocument } from './export-document.js';

/**
 * Sheet names. Excel forbids "/" in a sheet name, so the bilingual names use an en dash where the
 * issue wrote "Metadane / Metadata".
 */
export const XLSX_SHEETS = {
  values: 'Wartości – Values',
  esf: 'Uczestnicy EFS – ESF',
  metadata: 'Metadane – Metadata',
} as const;

const FORMAT = {
  count: '#,##0',
  rate: '0.0%',
  hours: '#,##0.00',
} as const;

const UNIT_FORMAT: Record<IndicatorUnit, string> = {
  [IndicatorUnit.COUNT]: FORMAT.count,
  [IndicatorUnit.RATE]: FORMAT.rate,
  [IndicatorUnit.HOURS]: FORMAT.hours,
};

function measureFormat(measure: Measure): string {
  if (measure === Measure.ATTENDANCE_RATE) return FORMAT.rate;
  if (measure === Measure.ATTENDANCE_HOURS || measure === Measure.CHILDCARE_HOURS) return FORMAT.hours;
  return FORMAT.count;
}

/** Writes a number with its format, the "<K" marker for a hidden one, or leaves the cell empty (a rate of nothing). */
function putNumber(cell: ExcelJS.Cell, value: number | null, suppressed: boolean, format: string, marker: string): void {
  if (suppressed) {
    cell.value = marker;
    cell.alignment = { horizontal: 'right' };
  } else if (value !== null) {
    cell.value = value;
    cell.numFmt = format;
  }
}

/** A bold header row; returns how many columns it heads. */
function headerRow(sheet: ExcelJS.Worksheet, values: string[]): number {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  return values.length;
}

function addValuesSheet(workbook: ExcelJS.Workbook, document: ExportDocument): void {
  const sheet = workbook.addWorksheet(XLSX_SHEETS.values, { views: [{ state: 'frozen', ySplit: 1 }] });
  const marker = document.suppressedMarker;
  let columns = 1;
  if (document.indicators) {
    sheet.columns = [{ width: 24 }, { width: 60 }, { width: 10 }, { width: 14 }, { width: 12 }, { width: 14 }, { width: 14 }];
    columns = headerRow(sheet, ['Kod / Code', 'Nazwa / Name', 'Jednostka / Unit', 'Wartość / Value', 'Cel / Target', 'Licznik / Numerator', 'Mianownik / Denominator']);
    for (const indicator of document.indicators) {
      const row = sheet.addRow([indicator.code, indicator.name, indicator.unit]);
      const termFormat = indicator.unit === IndicatorUnit.HOURS ? FORMAT.hours : FORMAT.count;
      putNumber(row.getCell(4), indicator.value, indicator.suppressed, UNIT_FORMAT[indicator.unit], marker);
      putNumber(row.getCell(5), indicator.target, false, UNIT_FORMAT[indicator.unit], marker);
      putNumber(row.getCell(6), indicator.numerator, indicator.suppressed, termFormat, marker);
      putNumber(row.getCell(7), indicator.denominator, indicator.suppressed, termFormat, marker);
    }
  } else if (document.aggregate) {
    const { aggregate } = document;
    sheet.columns = [...aggregate.groupBy.flatMap(() => [{ width: 16 }, { width: 40 }]), { width: 14 }];
    columns = headerRow(sheet, [...aggregate.groupBy.flatMap((dimension) => [`${dimension} (kod / code)`, dimension]), `${aggregate.measure}`]);
    const format = measureFormat(aggregate.measure);
    for (const entry of aggregate.rows) {
      const row = sheet.addRow(entry.keys.flatMap((key) => [key.code, key.label]));
      putNumber(row.getCell(entry.keys.length * 2 + 1), entry.value, entry.suppressed, format, marker);
      // Committing a row writes it and every row before it out of memory: an aggregate has up to
      // HUB_MAX_EXPORT_CELLS rows (any number from `hub export`). The other sheets' few rows go at sheet.commit().
      row.commit();
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
  sheet.commit();
}

function addEsfTable(sheet: ExcelJS.Worksheet, table: EsfTable, marker: string): void {
  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 12 };
  headerRow(sheet, ['Kategoria / Category', 'Kod / Code', ESF_COLUMNS.female, ESF_COLUMNS.male, ESF_COLUMNS.total]);
  const format = measureFormat(table.measure);
  for (const entry of table.rows) {
    const row = sheet.addRow([entry.label, entry.code]);
    (['female', 'male', 'total'] as const).forEach((column, index) => {
      const cell: ExportCell = entry[column];
      putNumber(row.getCell(3 + index), cell.value, cell.suppressed, format, marker);
    });
  }
  sheet.addRow([]);
}

function addEsfSheet(workbook: ExcelJS.Workbook, document: ExportDocument): void {
  const sheet = workbook.addWorksheet(XLSX_SHEETS.esf);
  sheet.columns = [{ width: 62 }, { width: 18 }, { width: 16 }, { width: 16 }, { width: 16 }];
  const intro = sheet.addRow([
    'Wskaźniki wspólne EFS: uczestnicy w chwili przystąpienia według płci oraz rezultaty po zakończeniu udziału / ' +
      'ESF common indicators: participants at entry by sex, and results at exit',
  ]);
  intro.font = { bold: true, size: 13 };
  sheet.addRow([]);
  for (const table of document.esf.participantsAtEntry) addEsfTable(sheet, table, document.suppressedMarker);
  addEsfTable(sheet, document.esf.resultsAtExit, document.suppressedMarker);
  sheet.commit();
}

function addMetadataSheet(workbook: ExcelJS.Workbook, document: ExportDocument): void {
  const sheet = workbook.addWorksheet(XLSX_SHEETS.metadata);
  sheet.columns = [{ width: 34 }, { width: 60 }, { width: 50 }, { width: 10 }, { width: 44 }, { width: 26 }, { width: 30 }, { width: 26 }, { width: 30 }, { width: 10 }, { width: 12 }];
  const { programme } = document;
  const pairs: [string, string | number][] = [
    ['Program / Programme', programme.code],
    ['Nazwa programu / Programme name', programme.name],
    ['Okres programu / Programme period', `${programme.startDate} – ${programme.endDate}`],
    ['Okres danych / Data period', document.filter.from || document.filter.to ? `${document.filter.from ?? programme.startDate} – ${document.filter.to ?? '…'}` : 'cały program / whole programme'],
    ['Filtr / Filter', describeFilter(document.filter as Record<string, unknown>) || 'brak / none'],
    ['Wygenerowano / Generated at (UTC)', document.generatedAt],
    ['Rola / Role', document.role],
    ...(document.partnerCode ? [['Partner', document.partnerCode] as [string, string]] : []),
    ['K (SUPPRESSION_K)', document.suppressionK],
    [
      'Ukryte komórki / Suppressed cells',
      `${document.suppressedMarker}: wartość ukryta — opiera się na mniej niż ${document.suppressionK} uczestnikach lub pozwoliłaby odtworzyć inną ukrytą wartość / ` +
        `hidden: rests on fewer than ${document.suppressionK} participants, or would let another hidden value be worked out`,
    ],
    ['Zaburzenie / Perturbation', document.perturbation.note],
    ['Dane syntetyczne / Synthetic data', programme.syntheticParticipants ? 'tak — dane uczestników są wygenerowane / yes — participant data is generated' : 'nie / no'],
    ['Wersja formatu / Format version', document.version],
  ];
  if (document.aggregate) {
    pairs.push(
      ['Miara / Measure', document.aggregate.measure],
      ['Definicja miary / Measure definition', document.aggregate.measureDefinition],
      ['Grupowanie / Group by', document.aggregate.groupBy.join(', ') || 'brak / none (total)'],
    );
  }
  for (const [key, value] of pairs) {
    const row = sheet.addRow([key, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  const title = sheet.addRow(['Definicje wskaźników / Indicator definitions']);
  title.font = { bold: true, size: 12 };
  headerRow(sheet, [
    'Kod / Code', 'Nazwa / Name', 'Opis / Description', 'Jednostka / Unit', 'Wzór / Formula',
    'Licznik / Numerator', 'Filtr licznika / Numerator filter', 'Mianownik / Denominator', 'Filtr mianownika / Denominator filter',
    'Cel / Target', 'Cel poglądowy / Illustrative target',
  ]);
  for (const definition of document.indicatorDefinitions) {
    const row = sheet.addRow([
      definition.code,
      definition.name,
      definition.description,
      definition.unit,
      definition.formula,
      definition.numerator.measure,
      describeFilter(definition.numerator.filter),
      definition.denominator?.measure ?? '',
      describeFilter(definition.denominator?.filter),
    ]);
    putNumber(row.getCell(10), definition.target, false, UNIT_FORMAT[definition.unit], document.suppressedMarker);
    row.getCell(11).value = definition.targetIllustrative ? 'tak / yes' : 'nie / no';
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  const glossary = sheet.addRow(['Miary / Measures']);
  glossary.font = { bold: true, size: 12 };
  const measures = new Map<string, string>();
  for (const definition of document.indicatorDefinitions) {
    for (const term of [definition.numerator, definition.denominator]) if (term) measures.set(term.measure, term.measureDefinition);
  }
  if (document.aggregate) measures.set(document.aggregate.measure, document.aggregate.measureDefinition);
  for (const [measure, text] of measures) {
    const row = sheet.addRow([measure, text]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.commit();
}

/**
 * The export as a workbook: values (with number formats), the ESF participants sheet, and the metadata sheet.
 * Written by exceljs's streaming writer, row by row: its in-memory workbook held ~6 kB of objects per row
 * (a 100,000-row aggregate took 641 MB of heap to write a 2.6 MB file), the streaming one holds a row.
 */
export async function renderXlsx(document: ExportDocument): Promise<Buffer> {
  // Loaded by the first XLSX export: importing exceljs takes a quarter of a second at every start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const output = new PassThrough();
  const body = buffer(output);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Razem Hub';
  workbook.created = new Date(document.generatedAt);
  workbook.modified = workbook.created;
  workbook.title = `${document.programme.code} ${document.kind}`;
  addValuesSheet(workbook, document);
  addEsfSheet(workbook, document);
  addMetadataSheet(workbook, document);
  await workbook.commit();
  return body;
}
