/** One bad value (or line) in a partner file. */
export interface ImportRowError {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  column: string;
  /** The value as found; a PESEL is masked, names never appear. */
  value: string;
  reason: string;
  /** Stable code for the kind of problem, e.g. UNKNOWN_PARTICIPANT. */
  code: string;
}

/** SUCCEEDED: stored. REJECTED: nothing stored, every bad row listed. PREVIEWED: a dry run, nothing stored. */
export type ImportOutcome = 'SUCCEEDED' | 'REJECTED' | 'PREVIEWED';

export type ImportModeName = 'MERGE' | 'REPLACE';

/** What an import did: counts when accepted, every bad row when rejected. */
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
  errors: ImportRowError[];
}

/** The report as the CLI prints it. */
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
  const lines = report.errors.map(
    (error) => `  line ${error.line}${error.column ? `, column ${error.column}` : ''}${error.value !== '' ? `, value ${JSON.stringify(error.value)}` : ''}: ${error.reason}`,
  );
  return `${head}: REJECTED — nothing from this file was stored.\nrows read ${report.rowsRead} · bad rows ${new Set(report.errors.map((error) => error.line)).size}\n${lines.join('\n')}\n`;
}
