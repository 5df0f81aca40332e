import type { ImportReportJson } from '@razem/contract';
/** One bad value (or line) in a partner file. */
export interface ImportRowError {
  /** 1-based physical line in the file (the header is line 1); a record spanning lines is named by its first. */
  line: number;
  column: string;
  /** The value as found, made safe for reports (see reportValue); values of columns the hub does not read never appear. */
  value: string;
  reason: string;
  /** Stable code for the kind of problem, e.g. UNKNOWN_PARTICIPANT. */
  code: string;
}

/** SUCCEEDED: stored. REJECTED: nothing stored, every bad row listed. PREVIEWED: a dry run, nothing stored. */
export type ImportOutcome = 'SUCCEEDED' | 'REJECTED' | 'PREVIEWED';

export type ImportModeName = 'MERGE' | 'REPLACE';

/** What an import did: counts when accepted, the bad rows when rejected. */
export interface ImportReport {
  batchId: number;
  outcome: ImportOutcome;
  programme: string;
  partner: string;
  kind: string;
  fileName: string;
  sha256: string;
  mode: ImportModeName;
  /** The days a replace covered (YYYY-MM-DD); null bounds for the register (the whole programme) and merges. */
  periodFrom: string | null;
  periodTo: string | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** A dry run's first changed keys per change type (codes only); null otherwise. */
  changedKeys: { inserted: string[]; updated: string[]; deleted: string[] } | null;
  /** The first MAX_LISTED_ERRORS problems in full, by line. */
  errors: ImportRowError[];
  /** Every problem found, counted (also those beyond the listed ones). */
  totalErrors: number;
  /** Distinct lines with at least one problem. */
  badRows: number;
  /** Problems per code, over the whole file. */
  errorsByCode: Record<string, number>;
}

/** A report lists at most this many problems in full (stored with the batch, printed, answered); the rest are counted per code. */
export const MAX_LISTED_ERRORS = 1_000;
/** Longest value a report shows; longer ones are cut with an ellipsis. */
export const MAX_REPORTED_VALUE_CHARS = 200;
/** How many problems the CLI prints before summing up the rest by code. */
const MAX_PRINTED_ERRORS = 100;

/**
 * A value as a report may show it: any run of 11 or more digits masked like a PESEL (but the last
 * two digits), NUL and other control characters shown as visible symbols (PostgreSQL cannot store NUL
 * in text), and at most MAX_REPORTED_VALUE_CHARS characters.
 */
export function reportValue(raw: string): string {
  const cut = raw.length > MAX_REPORTED_VALUE_CHARS ? `${raw.slice(0, MAX_REPORTED_VALUE_CHARS)}…` : raw;
  return cut
    .replace(/\d{11,}/g, (digits) => `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (char) => (char === '\u0000' ? '␀' : '\uFFFD'));
}

/**
 * Collects a file's problems with bounded memory: the first MAX_LISTED_ERRORS in full (values made
 * safe), and for all of them the count per code and the number of distinct bad lines.
 */
export class ErrorCollector {
  readonly listed: ImportRowError[] = [];
  readonly byCode: Record<string, number> = {};
  total = 0;
  private badLines = 0;
  private lastLine = -1;

  add(error: ImportRowError): void {
    this.total += 1;
    this.byCode[error.code] = (this.byCode[error.code] ?? 0) + 1;
    // Problems arrive in line order while streaming, so a new line is a new bad row.
    if (error.line !== this.lastLine) {
      this.badLines += 1;
      this.lastLine = error.line;
    }
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push({ ...error, value: reportValue(error.value) });
  }

  addAll(errors: Iterable<ImportRowError>): void {
    for (const error of errors) this.add(error);
  }

  get badRows(): number {
    return this.badLines;
  }

  /** The report's share: listed problems by line, counts. */
  summary(): Pick<ImportReport, 'errors' | 'totalErrors' | 'badRows' | 'errorsByCode'> {
    const errors = [...this.listed].sort((a, b) => a.line - b.line || a.column.localeCompare(b.column));
    return { errors, totalErrors: this.total, badRows: this.badLines, errorsByCode: { ...this.byCode } };
  }
}

/** The report as JSON, as POST /imports answers it and `hub import --json` prints it. */
export function reportAsJson(report: ImportReport): ImportReportJson {
  return {
    outcome: report.outcome,
    batch: report.batchId,
    programme: report.programme,
    partner: report.partner,
    kind: report.kind,
    fileName: report.fileName,
    sha256: report.sha256,
    rowsRead: report.rowsRead,
    inserted: report.inserted,
    updated: report.updated,
    deleted: report.deleted,
    unchanged: report.unchanged,
    mode: report.mode,
    periodFrom: report.periodFrom,
    periodTo: report.periodTo,
    changedKeys: report.changedKeys,
    totalErrors: report.totalErrors,
    badRows: report.badRows,
    errorsByCode: report.errorsByCode,
    errors: report.errors,
  };
}

/** The report as the CLI prints it: at most MAX_PRINTED_ERRORS problems, then the rest counted by code. */
export function formatImportReport(report: ImportReport): string {
  const head = `${report.fileName} (${report.partner} ${report.kind}, programme ${report.programme}, batch ${report.batchId})`;
  const mode = report.mode === 'REPLACE'
    ? `mode replace, ${report.periodFrom ? `${report.periodFrom} … ${report.periodTo}` : 'the whole programme'}`
    : 'mode merge';
  const counts = `rows read ${report.rowsRead} · inserted ${report.inserted} · updated ${report.updated} · deleted ${report.deleted} · unchanged ${report.unchanged}`;
  if (report.outcome === 'SUCCEEDED') return `${head}: accepted (${mode}).\n${counts}\n`;
  if (report.outcome === 'PREVIEWED') {
    const keys = report.changedKeys!;
    const listed = (['inserted', 'updated', 'deleted'] as const)
      .filter((type) => keys[type].length)
      .map((type) => `  first ${type}: ${keys[type].join('; ')}`);
    return `${head}: dry run (${mode}) — nothing was stored; importing it would give:\n${counts}\n${listed.map((line) => `${line}\n`).join('')}`;
  }
  const lines = report.errors.slice(0, MAX_PRINTED_ERRORS).map(
    (error) => `  line ${error.line}${error.column ? `, column ${error.column}` : ''}${error.value !== '' ? `, value ${JSON.stringify(error.value)}` : ''}: ${error.reason} [${error.code}]`,
  );
  const shown = lines.length;
  if (report.totalErrors > shown) {
    const counts = Object.entries(report.errorsByCode).sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => `${code} ${count}`).join(', ');
    lines.push(`  … ${report.totalErrors - shown} more problems not shown (all problems by code: ${counts})`);
  }
  return `${head}: REJECTED — nothing from this file was stored.\nrows read ${report.rowsRead} · bad rows ${report.badRows} · problems ${report.totalErrors}\n${lines.join('\n')}\n`;
}
