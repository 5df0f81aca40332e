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

export type ImportOutcome = 'SUCCEEDED' | 'REJECTED';

/** What an import did: counts when accepted, every bad row when rejected. */
export interface ImportReport {
  batchId: number;
  outcome: ImportOutcome;
  programme: string;
  partner: string;
  kind: string;
  fileName: string;
  sha256: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
}

/** The report as the CLI prints it. */
export function formatImportReport(report: ImportReport): string {
  const head = `${report.fileName} (${report.partner} ${report.kind}, programme ${report.programme}, batch ${report.batchId})`;
  if (report.outcome === 'SUCCEEDED') {
    return `${head}: accepted.\nrows read ${report.rowsRead} · inserted ${report.inserted} · updated ${report.updated} · unchanged ${report.unchanged}\n`;
  }
  const lines = report.errors.map(
    (error) => `  line ${error.line}${error.column ? `, column ${error.column}` : ''}${error.value !== '' ? `, value ${JSON.stringify(error.value)}` : ''}: ${error.reason}`,
  );
  return `${head}: REJECTED — nothing from this file was stored.\nrows read ${report.rowsRead} · bad rows ${new Set(report.errors.map((error) => error.line)).size}\n${lines.join('\n')}\n`;
}
