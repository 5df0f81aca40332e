/**
 * The import report as `POST /imports` answers it and `hub import --json` prints it (docs/interfaces.md §8):
 * one shape for the API that writes it and the dashboard that reads it.
 */
export interface ImportReportJson {
  /** PREVIEWED: a dry run — the counts say what importing would change; nothing was stored. */
  outcome: 'SUCCEEDED' | 'REJECTED' | 'PREVIEWED';
  batch: number;
  programme: string;
  partner: string;
  kind: string;
  fileName: string;
  sha256: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
  mode: 'MERGE' | 'REPLACE';
  /** The days a replace covers (YYYY-MM-DD); null for a merge, and for the register (the whole programme). */
  periodFrom: string | null;
  periodTo: string | null;
  /** A preview's first changed keys per change type (codes only); null otherwise. */
  changedKeys: { inserted: string[]; updated: string[]; deleted: string[] } | null;
  totalErrors: number;
  badRows: number;
  errorsByCode: Record<string, number>;
  /** The first problems in full, by line: physical line, column, value (made safe), reason, stable code. */
  errors: Array<{ line: number; column: string; value: string; reason: string; code: string }>;
}
