import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { runSql, sql } from '../../database/sql-fragment.js';
import { importedRows, importFiles } from '../../observability/metrics.js';
import type { Viewer } from '../auth/viewer.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ImportBatch, ImportStatus } from '../import-batch/import-batch.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { isDatabaseUnavailable } from '../../security/error-format.js';
import { FileLevelError, readPartnerCsv } from './csv-source.js';
import { IMPORT_KINDS } from './import-kinds.js';
import { loadImportLookups } from './import-lookups.js';
import { lockForImport, refreshRollupsUnderImportLock } from './import-locks.js';
import { ErrorCollector, type ImportReport, type ImportRowError } from './import-report.js';
import { findPartnerFileKind, PARTNER_FILE_KINDS, type FileEncoding } from './partner-file-kinds.js';
import { RowReader } from './row-reader.js';
import { createStagingTable, findStagedProblems, mergeStagedRows, StagingBuffer } from './staged-merge.js';

/** The request itself is wrong (unknown programme or kind, kind of another partner): nothing was read. */
export class ImportRequestError extends Error {}

export { MAX_LISTED_ERRORS } from './import-report.js';

/** How an import applies a file. Only `merge` (insert new rows, update changed ones) exists so far. */
export type ImportMode = 'merge';
export const SUPPORTED_IMPORT_MODES: readonly string[] = ['merge'] satisfies ImportMode[];
/** Whether the service can report what a file would change without storing it (not yet). */
export const SUPPORTS_DRY_RUN = false;

/** Thrown inside the import transaction to roll it back with the file's report. */
class FileRejected extends Error {
  constructor(readonly errors: ErrorCollector, readonly rowsRead: number) {
    super('file rejected');
  }
}

/** PostgreSQL's disk_full, and the operating system's "no space left on device". */
const DISK_FULL_CODES = new Set(['53100', 'ENOSPC']);

/** Whether the error, or one it wraps, says the disk is full. */
export function isDiskFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string' && DISK_FULL_CODES.has(code)) return true;
    current = (current as { previous?: unknown; cause?: unknown }).previous ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Why an import failed, in words for the batch and its caller: never the driver's message (it may quote SQL with values). */
export function importFailureReason(error: unknown): string {
  if (isDiskFull(error)) return 'no space left on the database disk; nothing was stored';
  if (isDatabaseUnavailable(error)) return 'the database became unreachable during the import; nothing was stored';
  return 'the import failed on the server; nothing was stored';
}

export interface ImportFileOptions {
  orm: MikroORM;
  programmeCode: string;
  partnerCode: string;
  kind: string;
  encoding: FileEncoding;
  fileName: string;
  /** Opens the file from the start; called twice (checksum, then reading). */
  open: () => Readable;
  viewer: Viewer;
  peselSecret: string;
  /** How to apply the file (default `merge`, the only one so far). */
  mode?: ImportMode;
  /** Only report what would change (default false; not supported yet). */
  dryRun?: boolean;
  onProgress?: (rowsRead: number) => void;
  /**
   * Rebuild the analytics rollups once the file is stored (default true). A caller importing many
   * files in a row (seeding) passes false and refreshes once at the end.
   */
  refreshRollups?: boolean;
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function collect(errors: Iterable<ImportRowError>): ErrorCollector {
  const collector = new ErrorCollector();
  collector.addAll(errors);
  return collector;
}

/**
 * Imports one partner file atomically: every row is read and checked; if any is bad nothing is
 * stored and the report lists every bad row; otherwise rows are merged by natural key (a re-import
 * is a no-op, a changed value an audited update). Every attempt is recorded as an ImportBatch.
 */
export async function importPartnerFile(options: ImportFileOptions): Promise<ImportReport> {
  if (options.mode !== undefined && !SUPPORTED_IMPORT_MODES.includes(options.mode)) {
    throw new ImportRequestError(`Import mode ${JSON.stringify(options.mode)} is not supported: expected one of ${SUPPORTED_IMPORT_MODES.join(', ')}.`);
  }
  if (options.dryRun && !SUPPORTS_DRY_RUN) throw new ImportRequestError('Dry runs are not supported yet.');
  const spec = findPartnerFileKind(options.kind);
  if (!spec) throw new ImportRequestError(`Unknown file kind ${JSON.stringify(options.kind)}: expected one of ${PARTNER_FILE_KINDS.join(', ')}.`);
  if (spec.partner !== options.partnerCode) {
    throw new ImportRequestError(`A ${spec.kind} file belongs to ${spec.partner}, not ${options.partnerCode}.`);
  }
  const em = options.orm.em.fork();
  const programme = await em.findOne(Programme, { code: options.programmeCode });
  if (!programme) throw new ImportRequestError(`Unknown programme ${JSON.stringify(options.programmeCode)}.`);
  const partner = await em.findOne(Partner, { programme, code: options.partnerCode });
  if (!partner) throw new ImportRequestError(`Programme ${programme.code} has no partner ${options.partnerCode}.`);

  const sha256 = await sha256Of(options.open());
  const batch = em.create(ImportBatch, {
    programme,
    partner,
    kind: spec.kind,
    fileName: options.fileName,
    sha256,
    encoding: options.encoding,
    status: ImportStatus.RUNNING,
    submittedBy: options.viewer.name,
  });
  await em.flush();

  const { target, createMapper, fileColumns } = IMPORT_KINDS[spec.kind];
  const report: ImportReport = {
    batchId: batch.id,
    outcome: 'SUCCEEDED',
    programme: programme.code,
    partner: partner.code,
    kind: spec.kind,
    fileName: options.fileName,
    sha256,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    totalErrors: 0,
    badRows: 0,
    errorsByCode: {},
  };

  try {
    await em.transactional(async (trx) => {
      // Bulk statements over millions of rows legitimately outlast the per-request statement timeout.
      await runSql(trx, sql`set local statement_timeout = 0`);
      await lockForImport(trx, { programmeId: programme.id, batchId: batch.id });
      const lookups = await loadImportLookups({ em: trx, programmeId: programme.id, partnerId: partner.id, peselSecret: options.peselSecret });
      const mapRow = createMapper(lookups);
      await createStagingTable(trx, target);
      const buffer = new StagingBuffer(trx, target);
      const errors = new ErrorCollector();
      let staged = 0;
      try {
        for await (const item of readPartnerCsv({ input: options.open(), encoding: options.encoding, delimiter: spec.delimiter, columns: spec.columns })) {
          report.rowsRead += 1;
          if (options.onProgress && report.rowsRead % 100_000 === 0) options.onProgress(report.rowsRead);
          if ('problem' in item) {
            errors.add(item.problem);
            continue;
          }
          const row = new RowReader(item.line, item.values, lookups, spec.dateStyle);
          const values = mapRow(row);
          if (values) {
            // Once the file is known to be bad, staging more rows is wasted work.
            if (!errors.total) await buffer.add(item.line, values);
            staged += 1;
          } else {
            errors.addAll(row.errors);
          }
        }
      } catch (error) {
        // A whole-file problem replaces the rows' ones: they were read from text that is not what it seemed.
        if (error instanceof FileLevelError) throw new FileRejected(collect(error.problems), 0);
        throw error;
      }
      if (report.rowsRead === 0 && !errors.total) {
        errors.add({ line: 2, column: '', value: '', reason: 'the file has a header but no data rows', code: 'NO_ROWS' });
      }
      if (errors.total) throw new FileRejected(errors, report.rowsRead);
      await buffer.drain();
      const context = { programmeId: programme.id, batchId: batch.id, fileColumns };
      const problems = await findStagedProblems(trx, target, context);
      if (problems.length) throw new FileRejected(collect(problems.sort((a, b) => a.line - b.line)), report.rowsRead);

      const counts = await mergeStagedRows(trx, target, {
        ...context,
        actor: options.viewer.name,
        programmeCode: programme.code,
        stagedRows: staged,
      });
      Object.assign(report, counts);
      await recordOutcome(trx, batch.id, report, ImportStatus.SUCCEEDED, options.viewer);
    });
    importFiles.inc({ kind: spec.kind, outcome: 'accepted' });
    importedRows.inc({ kind: spec.kind, outcome: 'accepted' }, report.rowsRead);
    if (options.refreshRollups !== false) {
      await refreshRollupsUnderImportLock(options.orm.em.fork(), programme.id);
    }
  } catch (error) {
    if (!(error instanceof FileRejected)) {
      importFiles.inc({ kind: spec.kind, outcome: 'failed' });
      // When the database itself is gone this cannot be recorded; the start-up sweep marks the batch then.
      await recordOutcome(options.orm.em.fork(), batch.id, report, ImportStatus.INTERRUPTED, options.viewer, {
        error: importFailureReason(error),
      }).catch(() => undefined);
      throw error;
    }
    const summary = error.errors.summary();
    importFiles.inc({ kind: spec.kind, outcome: 'rejected' });
    importedRows.inc({ kind: spec.kind, outcome: 'rejected' }, error.rowsRead);
    Object.assign(report, { outcome: 'REJECTED', inserted: 0, updated: 0, unchanged: 0, rowsRead: error.rowsRead, ...summary });
    await recordOutcome(options.orm.em.fork(), batch.id, report, ImportStatus.REJECTED, options.viewer, summary);
  }
  return report;
}

async function recordOutcome(
  em: EntityManager,
  batchId: number,
  report: ImportReport,
  status: ImportStatus,
  viewer: Viewer,
  details?: Record<string, unknown>,
): Promise<void> {
  const batch = await em.findOneOrFail(ImportBatch, batchId);
  em.assign(batch, {
    status,
    rowsRead: report.rowsRead,
    inserted: report.inserted,
    updated: report.updated,
    unchanged: report.unchanged,
    rejectedRows: report.badRows,
    report: details ?? null,
    finishedAt: new Date(),
  });
  em.create(AuditEntry, {
    actor: viewer.name,
    action: `import.${status.toLowerCase()}`,
    programmeCode: report.programme,
    entityType: 'import_batch',
    entityKey: String(batchId),
    details: {
      partner: report.partner,
      kind: report.kind,
      fileName: report.fileName,
      rowsRead: report.rowsRead,
      inserted: report.inserted,
      updated: report.updated,
      unchanged: report.unchanged,
      rejectedRows: batch.rejectedRows,
    },
  });
  await em.flush();
}
