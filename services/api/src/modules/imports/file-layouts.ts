import type { EntityManager } from '@mikro-orm/postgresql';
import type { CodeMapTargets, FileLayout, UnifiedRecord } from '@razem/seeds';
import { runSql, sql } from '../../database/sql-fragment.js';
import type { DateFormat, DecimalSeparator } from './field-readers.js';

/** The request itself is wrong (unknown programme or kind, kind of another partner): nothing was read. */
export class ImportRequestError extends Error {}

/** The programme has no layout of that kind; the message lists the kinds it has. */
export class UnknownFileKindError extends ImportRequestError {}

/** The fields of each unified record a layout may map, participant fields aside (docs/interfaces.md §10). */
const RECORD_FIELDS: Readonly<Record<UnifiedRecord, readonly string[]>> = {
  register: ['entryDate', 'exitDate', 'exitReason', 'labourStatus', 'education'],
  attendance: ['activity', 'date', 'sessionLength', 'status'],
  childcare: ['date', 'children', 'hours'],
  results: ['date', 'result'],
  support: ['date', 'supportKind', 'quantity', 'description'],
  exams: ['activity', 'date', 'outcome', 'certificateNumber'],
};
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['support.description']);
/** Coded fields whose partner codes the layout must map (support kinds may be the programme's own codes). */
const CODED_FIELDS: Readonly<Partial<Record<UnifiedRecord, readonly (keyof CodeMapTargets)[]>>> = {
  register: ['exitReason', 'labourStatus', 'education'],
  attendance: ['status'],
  results: ['result'],
  exams: ['outcome'],
};

/**
 * A stored layout made ready for reading one file: its columns as the header reads them (lower case),
 * checked once per file so that row mapping can trust them.
 */
export interface PreparedLayout {
  kind: string;
  partner: string;
  record: UnifiedRecord;
  format: FileLayout['format'];
  delimiter: string;
  /** XLSX only: the worksheet (default the first). */
  sheet?: string;
  dateFormat: DateFormat;
  decimalSeparator: DecimalSeparator;
  /** record field → the file's column (lower case, as the header is read). */
  columns: Readonly<Record<string, string>>;
  /** The columns the header must name and the hub reads: the mapped ones, never a dropped one. */
  readColumns: readonly string[];
  /** How participants are named: by programme code or by PESEL, and in which column. */
  participant: { by: 'code' | 'pesel'; column: string };
  sessionLength?: FileLayout['sessionLength'];
  codes: FileLayout['codes'];
  activity?: string;
}

/** Checks what the importer relies on and lower-cases the column names; a flaw names the layout and field. */
export function prepareLayout(layout: FileLayout): PreparedLayout {
  const flaw = (what: string) => new ImportRequestError(`The ${layout.kind} file layout is unusable: ${what}. Correct the programme definition and load it again.`);
  const fields = RECORD_FIELDS[layout.record];
  if (!fields) throw flaw(`record ${JSON.stringify(layout.record)} is not one of ${Object.keys(RECORD_FIELDS).join(', ')}`);
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(layout.columns)) {
    if (column === undefined) continue;
    if (field !== 'participantCode' && field !== 'pesel' && !fields.includes(field)) throw flaw(`columns.${field} is not a field of the ${layout.record} record`);
    columns[field] = column.trim().toLowerCase();
  }
  for (const field of fields) {
    if (columns[field] === undefined && !OPTIONAL_FIELDS.has(`${layout.record}.${field}`)) throw flaw(`columns.${field} is not mapped`);
  }
  if (layout.record === 'register' ? !(columns.participantCode && columns.pesel) : !columns.participantCode === !columns.pesel) {
    throw flaw(layout.record === 'register' ? 'the register maps both participantCode and pesel' : 'map exactly one of participantCode and pesel');
  }
  for (const field of CODED_FIELDS[layout.record] ?? []) {
    if (!layout.codes[field] || Object.keys(layout.codes[field]).length === 0) throw flaw(`codes.${field} is missing`);
  }
  if (layout.record === 'attendance') {
    const unit = layout.sessionLength?.unit;
    if (unit !== 'HOURS' && unit !== 'MINUTES' && unit !== 'LESSON_HOURS') throw flaw('sessionLength.unit must be HOURS, MINUTES or LESSON_HOURS');
    const minutes = layout.sessionLength?.lessonMinutes;
    if (unit === 'LESSON_HOURS' && !(Number.isInteger(minutes) && minutes! > 0)) throw flaw('sessionLength.lessonMinutes must be a whole number of minutes');
  }
  if (layout.record === 'childcare' && !layout.activity) throw flaw('a childcare layout names its activity');
  if (layout.format === 'csv' && !layout.delimiter) throw flaw('a CSV layout names its delimiter');
  const readColumns = Object.values(columns);
  const twice = readColumns.find((column, index) => readColumns.indexOf(column) !== index);
  if (twice !== undefined) throw flaw(`column ${twice} is mapped twice`);
  const dropped = new Set(layout.dropColumns.map((column) => column.trim().toLowerCase()));
  const readAndDropped = readColumns.find((column) => dropped.has(column));
  if (readAndDropped !== undefined) throw flaw(`column ${readAndDropped} is both mapped and dropped`);
  return {
    kind: layout.kind,
    partner: layout.partner,
    record: layout.record,
    format: layout.format,
    delimiter: layout.delimiter ?? ';',
    ...(layout.sheet === undefined ? {} : { sheet: layout.sheet }),
    dateFormat: layout.dateFormat,
    decimalSeparator: layout.decimalSeparator,
    columns,
    readColumns,
    participant: columns.participantCode ? { by: 'code', column: columns.participantCode } : { by: 'pesel', column: columns.pesel! },
    sessionLength: layout.sessionLength,
    codes: layout.codes,
    activity: layout.activity,
  };
}

/** A programme's stored layouts, in the order of its definition. */
export async function loadFileLayouts(em: EntityManager, programmeId: number): Promise<FileLayout[]> {
  const rows = await runSql<{ layout: FileLayout }>(em, sql`select layout from partner_file_layout where programme_id = ${programmeId} order by position, kind`);
  return rows.map((row) => row.layout);
}

/**
 * The layout a file of `kind` is read by, in the programme named by code. Unknown programme, or a kind
 * the programme has no layout for (the message lists the kinds it has), is an ImportRequestError.
 */
export async function findFileLayout(em: EntityManager, programmeCode: string, kind: string): Promise<{ programmeId: number; layout: PreparedLayout }> {
  const [programme] = await runSql<{ id: number }>(em, sql`select id from programme where code = ${programmeCode}`);
  if (!programme) throw new ImportRequestError(`Unknown programme ${JSON.stringify(programmeCode)}.`);
  const layouts = await loadFileLayouts(em, programme.id);
  const layout = layouts.find((candidate) => candidate.kind === kind);
  if (!layout) {
    throw new UnknownFileKindError(
      layouts.length
        ? `Unknown file kind ${JSON.stringify(kind)}: expected one of ${layouts.map((candidate) => candidate.kind).join(', ')}.`
        : `Programme ${programmeCode} has no partner file layouts: load its definition first (hub init).`,
    );
  }
  return { programmeId: programme.id, layout: prepareLayout(layout) };
}
