import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { refreshAnalyticsRollups } from '../../analytics/index.js';
import { rawSql, runSql, sql } from '../../database/sql-fragment.js';
import { importedRows, importFiles } from '../../observability/metrics.js';
import { Role, type Viewer } from '../../access/viewer.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ImportBatch, ImportMode, ImportStatus } from './import-batch.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { approvedMonths, PERIOD_LOCKED, PeriodLockedError } from '../period/period-lock.js';
import { Programme } from '../programme/programme.entity.js';
import { isDatabaseUnavailable } from '../../database/database-errors.js';
import { FileLevelError } from './csv-source.js';
import { findFileLayout, ImportRequestError, type PreparedLayout } from './file-layouts.js';
import { RECORD_IMPORTS } from './import-kinds.js';
import { readPartnerFile } from './partner-file-source.js';
import { loadImportLookups } from './import-lookups.js';
import { lockForImport } from './import-locks.js';
import { checkDataChange, datesOfChanges } from './data-change.js';
import { ErrorCollector, type ImportModeName, type ImportReport, type ImportRowError } from './import-report.js';
import type { ReplacePeriod } from './import-targets.js';
import type { FileEncoding } from './partner-file-kinds.js';
import { RowReader } from './row-reader.js';
import { findPeriodLockedRows, findStagedProblems, mergeStagedRows, prepareStagedRows } from './staged-merge.js';
import { createStagingTable, openStagingCopy } from './staging-table.js';
import { DirectAttendanceWriter, NeedsMerge } from './direct-attendance.js';
import type { RowMapper } from './import-kinds.js';
import type { ImportLookups } from './import-lookups.js';
import type { ImportTarget } from './import-targets.js';
import { inBulkMode, mayWriteInBulkMode } from '../../database/bulk-mode.js';
import { pgArray } from '../../database/pg-array.js';
import { StageClock, type ImportTimings } from './import-stages.js';

export { ImportRequestError } from './file-layouts.js';

export { MAX_LISTED_ERRORS } from './import-report.js';

/** Thrown inside a dry run's transaction to roll back what it did. */
class DryRunFinished extends Error {
  constructor() {
    super('dry run finished');
  }
}

/** Default share of a replace's scope it may delete without --allow-mass-delete. */
export const DEFAULT_MASS_DELETE_SHARE = 0.2;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the mode options together; returns the explicit period, if any. */
function readModeOptions(options: ImportFileOptions, layout: PreparedLayout): { mode: ImportModeName; explicit: ReplacePeriod | null } {
  const mode = options.mode ?? 'MERGE';
  if (mode !== 'MERGE' && mode !== 'REPLACE') throw new ImportRequestError(`Unknown mode ${JSON.stringify(mode)}: expected MERGE or REPLACE.`);
  const from = options.from ?? null;
  const to = options.to ?? null;
  if (from === null && to === null) return { mode, explicit: null };
  if (mode !== 'REPLACE') throw new ImportRequestError('A period (from/to) belongs to a replace: use mode REPLACE.');
  if (layout.record === 'register') throw new ImportRequestError('The register has no period: a replace of it covers the whole programme.');
  if (from === null || to === null) throw new ImportRequestError('Give both ends of the period (from and to), or neither.');
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
      throw new ImportRequestError(`${name} ${JSON.stringify(value)} is not a date (YYYY-MM-DD).`);
    }
  }
  if (from > to) throw new ImportRequestError(`The period ends (${to}) before it starts (${from}).`);
  return { mode, explicit: { from, to } };
}

/**
 * The days a replace covers: the explicit period, or the calendar months the staged dates span; rows
 * outside an explicit period are errors (the file would say more than it replaces).
 */
async function resolveReplacePeriod(
  em: EntityManager,
  dateColumn: string | null,
  fileColumn: string,
  explicit: ReplacePeriod | null,
): Promise<{ period: ReplacePeriod; problems: ImportRowError[] }> {
  if (!dateColumn) return { period: { from: null, to: null }, problems: [] };
  const date = rawSql(`"${dateColumn}"`);
  if (explicit) {
    const outside = await runSql<{ line: number; date: string }>(
      em,
      sql`select line, ${date}::text as date from import_stage where ${date} not between ${explicit.from}::date and ${explicit.to}::date order by line`,
    );
    const problems = outside.map((row) => ({
      line: row.line,
      column: fileColumn,
      value: row.date,
      reason: `date outside the period being replaced (${explicit.from} … ${explicit.to})`,
      code: 'OUTSIDE_REPLACE_PERIOD',
    }));
    return { period: explicit, problems };
  }
  const [span] = await runSql<{ from: string; to: string }>(
    em,
    sql`select date_trunc('month', min(${date}))::date::text as from, (date_trunc('month', max(${date})) + interval '1 month - 1 day')::date::text as to
        from import_stage`,
  );
  return { period: { from: span!.from, to: span!.to }, problems: [] };
}

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
  onProgress?: (rowsRead: number) => void;
  /** MERGE (default): insert and update. REPLACE: also delete what the file no longer has in its period. */
  mode?: ImportModeName;
  /** An explicit replace period (both or neither, YYYY-MM-DD); default: the calendar months the file's dates span. */
  from?: string | null;
  to?: string | null;
  /** Run everything, report what would change, store nothing. */
  dryRun?: boolean;
  /** Let a replace delete more than `massDeleteShare` of the rows it covers. */
  allowMassDelete?: boolean;
  /** Share (0–1) of its scope a replace may delete unless allowed (HUB_MASS_DELETE_SHARE, default 0.2). */
  massDeleteShare?: number;
  /** ADMIN only: a register replace may remove people who have records, deleting those records too. */
  confirmCascade?: boolean;
  /**
   * Bring the analytics rollups up to date in the import's transaction (default true). A caller
   * importing many files in a row (seeding) passes false and refreshes once at the end.
   */
  refreshRollups?: boolean;
  /** Called once the import ends (whatever its outcome) with the milliseconds spent in each stage. */
  onTimings?: (timings: Readonly<ImportTimings>) => void;
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
  const em = options.orm.em.fork();
  // The programme's layout for the kind, read once per file: rows are mapped by it, never by code per kind.
  const { layout } = await findFileLayout(em, options.programmeCode, options.kind);
  if (layout.partner !== options.partnerCode) {
    throw new ImportRequestError(`A ${layout.kind} file belongs to ${layout.partner}, not ${options.partnerCode}.`);
  }
  const { mode, explicit } = readModeOptions(options, layout);
  if (options.confirmCascade && options.viewer.role !== Role.ADMIN) {
    throw new ImportRequestError('Only an ADMIN may confirm that removing people deletes their records at every partner.');
  }
  const massDeleteShare = options.massDeleteShare ?? DEFAULT_MASS_DELETE_SHARE;
  const programme = await em.findOneOrFail(Programme, { code: options.programmeCode });
  const partner = await em.findOne(Partner, { programme, code: options.partnerCode });
  if (!partner) throw new ImportRequestError(`Programme ${programme.code} has no partner ${options.partnerCode}.`);

  const clock = new StageClock();
  const sha256 = await sha256Of(options.open());
  clock.lap('checksum');
  const batch = em.create(ImportBatch, {
    programme,
    partner,
    kind: layout.kind,
    fileName: options.fileName,
    sha256,
    encoding: options.encoding,
    status: ImportStatus.RUNNING,
    mode: mode as ImportMode,
    submittedBy: options.viewer.name,
  });
  await em.flush();

  const { target, createMapper } = RECORD_IMPORTS[layout.record];
  const fileColumns = layout.columns;
  const report: ImportReport = {
    batchId: batch.id,
    outcome: 'SUCCEEDED',
    programme: programme.code,
    partner: partner.code,
    kind: layout.kind,
    fileName: options.fileName,
    sha256,
    mode,
    periodFrom: null,
    periodTo: null,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    changedKeys: null,
    errors: [],
    totalErrors: 0,
    badRows: 0,
    errorsByCode: {},
  };

  try {
    await em.transactional(async (trx) => {
      // Bulk statements over millions of rows legitimately outlast the per-request statement timeout.
      await runSql(trx, sql`set local statement_timeout = 0`);
      // The checks and the merge hash the whole file (keys, sessions, the stored rows it meets): with the
      // server's default 4 MB they spill to disk. For this transaction only.
      await runSql(trx, sql`set local work_mem = '64MB'`);
      await lockForImport(trx, { programmeId: programme.id, batchId: batch.id });
      const lookups = await loadImportLookups({ em: trx, programmeId: programme.id, partnerId: partner.id, peselSecret: options.peselSecret, layout });
      await createStagingTable(trx, target);
      clock.lap('setup');
      const read = (write: RowWriter) => readRows({ options, layout, lookups, mapRow: createMapper(layout, lookups), clock, report, write });
      // Approved months are read under the import lock, which approving and reopening also take.
      const lockedMonths = await approvedMonths(trx, { programmeId: programme.id, partnerId: partner.id });
      // Attendance of sessions not stored yet (a first import, a new month) goes straight into the table;
      // any other file, or one that turns out to need the merge, goes through the staging table.
      const direct =
        layout.record === 'attendance' && mode === 'MERGE' && !options.dryRun && (await mayWriteInBulkMode(trx))
          ? await importDirectly(trx, { batchId: batch.id, partnerId: partner.id, lockedMonths, read, clock, report })
          : null;
      if (direct) {
        Object.assign(report, { inserted: direct.rows, updated: 0, deleted: 0, unchanged: 0 });
        clock.lap('merge');
      } else {
        const { errors, staged } = await stageRows(trx, target, read);
        clock.lap('stage');
        rejectIfBad(errors, report.rowsRead);
        let replacing: ReplacePeriod | null = null;
        if (mode === 'REPLACE') {
          const resolved = await resolveReplacePeriod(trx, target.dateColumn, fileColumns.date ?? 'date', explicit);
          if (resolved.problems.length) throw new FileRejected(collect(resolved.problems), report.rowsRead);
          replacing = resolved.period;
          Object.assign(report, { periodFrom: replacing.from, periodTo: replacing.to });
        }
        const context = { programmeId: programme.id, partnerId: partner.id, batchId: batch.id, fileColumns, replacing };
        const problems = await findStagedProblems(trx, target, context);
        if (problems.length) throw new FileRejected(collect(problems.sort((a, b) => a.line - b.line)), report.rowsRead);
        if (lockedMonths.length) {
          await prepareStagedRows(trx, target, context);
          const locked = await findPeriodLockedRows(trx, target, { ...context, partnerCode: partner.code }, lockedMonths);
          if (locked.length) throw new FileRejected(collect(locked), report.rowsRead);
        }

        clock.lap('checks');
        const merged = await mergeStagedRows(trx, target, {
          ...context,
          actor: options.viewer.name,
          programmeCode: programme.code,
          stagedRows: staged,
          massDeleteShare,
          allowMassDelete: options.allowMassDelete ?? false,
          confirmCascade: options.confirmCascade ?? false,
          listKeys: options.dryRun ?? false,
        });
        if ('problems' in merged) throw new FileRejected(collect(merged.problems), report.rowsRead);
        Object.assign(report, merged.counts, { changedKeys: merged.keys });
        clock.lap('merge');
      }
      // The file's own dates (the staged rows, cheaper than finding the written rows again) and those of the rows it changed.
      const stagedDates = direct
        ? sql`select unnest(${pgArray(direct.dates)}::date[])`
        : rawSql(`select "${target.dateColumn ?? 'entry_date'}" from import_stage`);
      const months = await checkDataChange(trx, {
        programmeId: programme.id,
        partnerId: partner.id,
        action: 'import',
        dates: sql`${stagedDates} union ${datesOfChanges(batch.id)}`,
        // Inserted and updated rows were checked line by line (old and new dates); deletions have no line.
        guardedDates: datesOfChanges(batch.id, 'DELETE'),
      }).catch((error: unknown) => {
        // What a replace deletes has no line of the file: one problem per locked month.
        if (!(error instanceof PeriodLockedError)) throw error;
        throw new FileRejected(
          collect(error.months.map((month) => ({ line: 1, column: '', value: month, reason: error.message, code: PERIOD_LOCKED }))),
          report.rowsRead,
        );
      });
      clock.lap('months');
      if (options.dryRun) throw new DryRunFinished();
      // In the import's transaction, under its programme lock: readers keep the last committed rollups
      // until the rows and their rollups appear together.
      if (options.refreshRollups !== false) await refreshAnalyticsRollups(trx, { programmeId: programme.id });
      clock.lap('rollups');
      await recordOutcome(trx, batch.id, report, ImportStatus.SUCCEEDED, options.viewer, undefined, months);
    });
    clock.lap('commit');
    importFiles.inc({ kind: layout.kind, outcome: 'accepted' });
    importedRows.inc({ kind: layout.kind, outcome: 'accepted' }, report.rowsRead);
  } catch (error) {
    if (error instanceof DryRunFinished) {
      report.outcome = 'PREVIEWED';
      await recordOutcome(options.orm.em.fork(), batch.id, report, ImportStatus.PREVIEWED, options.viewer, { changedKeys: report.changedKeys });
      return report;
    }
    if (!(error instanceof FileRejected)) {
      importFiles.inc({ kind: layout.kind, outcome: 'failed' });
      // When the database itself is gone this cannot be recorded; the start-up sweep marks the batch then.
      await recordOutcome(options.orm.em.fork(), batch.id, report, ImportStatus.INTERRUPTED, options.viewer, {
        error: importFailureReason(error),
      }).catch(() => undefined);
      throw error;
    }
    const summary = error.errors.summary();
    importFiles.inc({ kind: layout.kind, outcome: 'rejected' });
    importedRows.inc({ kind: layout.kind, outcome: 'rejected' }, error.rowsRead);
    Object.assign(report, { outcome: 'REJECTED', inserted: 0, updated: 0, deleted: 0, unchanged: 0, rowsRead: error.rowsRead, ...summary });
    await recordOutcome(options.orm.em.fork(), batch.id, report, ImportStatus.REJECTED, options.viewer, summary);
  } finally {
    options.onTimings?.(clock.timings);
  }
  return report;
}

/** Where a mapped row goes (the staging COPY, or the target directly); a promise when the caller must wait. */
type RowWriter = (line: number, values: readonly unknown[]) => Promise<void> | undefined;

/**
 * Reads and maps every row of the file, counting them in the report, and hands each good one to
 * `write` until the first bad one (once the file is known to be bad, writing more is wasted work).
 * Returns every problem found and how many rows mapped.
 */
async function readRows(input: {
  options: ImportFileOptions;
  layout: PreparedLayout;
  lookups: ImportLookups;
  mapRow: RowMapper;
  clock: StageClock;
  report: ImportReport;
  write: RowWriter;
}): Promise<{ errors: ErrorCollector; staged: number }> {
  const { options, layout, lookups, mapRow, clock, report, write } = input;
  const errors = new ErrorCollector();
  let staged = 0;
  report.rowsRead = 0;
  for await (const items of readPartnerFile({ input: options.open(), encoding: options.encoding, columns: layout.readColumns, layout })) {
    for (const item of items) {
      report.rowsRead += 1;
      if (options.onProgress && report.rowsRead % 100_000 === 0) options.onProgress(report.rowsRead);
      if ('problem' in item) {
        errors.add(item.problem);
        continue;
      }
      const row = new RowReader(item.line, item.values, lookups, layout.dateFormat);
      const values = mapRow(row);
      if (values) {
        if (!errors.total) {
          const full = write(item.line, values);
          if (full) await clock.carve('stage', full);
        }
        staged += 1;
      } else {
        errors.addAll(row.errors);
      }
    }
  }
  clock.lap('read');
  return { errors, staged };
}

/** Stages the file's rows with COPY; a whole-file problem rejects the file. */
async function stageRows(
  em: EntityManager,
  target: ImportTarget,
  read: (write: RowWriter) => Promise<{ errors: ErrorCollector; staged: number }>,
): Promise<{ errors: ErrorCollector; staged: number }> {
  const staging = await openStagingCopy(em, target);
  try {
    const result = await read((line, values) => staging.add(line, values));
    await staging.finish();
    return result;
  } catch (error) {
    await staging.close();
    // A whole-file problem replaces the rows' ones: they were read from text that is not what it seemed.
    if (error instanceof FileLevelError) throw new FileRejected(collect(error.problems), 0);
    throw error;
  }
}

/** Rejects a file with bad rows, or with none at all. */
function rejectIfBad(errors: ErrorCollector, rowsRead: number): void {
  if (rowsRead === 0 && !errors.total) {
    errors.add({ line: 2, column: '', value: '', reason: 'the file has a header but no data rows', code: 'NO_ROWS' });
  }
  if (errors.total) throw new FileRejected(errors, rowsRead);
}

const UNIQUE_VIOLATION = '23505';

/**
 * Attendance written straight into its table while the file is read (see DirectAttendanceWriter), in
 * bulk mode, behind a savepoint: a row that needs the merge (a stored session, an approved month) or a
 * participant twice at one session rolls it back, and null sends the file through the staging table.
 */
async function importDirectly(
  em: EntityManager,
  input: {
    batchId: number;
    partnerId: number;
    lockedMonths: readonly string[];
    read: (write: RowWriter) => Promise<{ errors: ErrorCollector; staged: number }>;
    clock: StageClock;
    report: ImportReport;
  },
): Promise<{ rows: number; dates: string[] } | null> {
  await runSql(em, sql`savepoint import_direct`);
  const writer = await DirectAttendanceWriter.open(em, input);
  try {
    const outcome = await inBulkMode(em, async () => {
      const { errors } = await input.read((_line, values) => writer.add(values));
      rejectIfBad(errors, input.report.rowsRead);
      const dates = await writer.finish();
      input.clock.lap('stage');
      return { rows: writer.rows, dates };
    });
    await runSql(em, sql`release savepoint import_direct`);
    return outcome;
  } catch (error) {
    await writer.close();
    if (error instanceof FileLevelError) throw new FileRejected(collect(error.problems), 0);
    const duplicate = (error as { code?: unknown }).code === UNIQUE_VIOLATION;
    if (!(error instanceof NeedsMerge) && !duplicate) throw error;
    await runSql(em, sql`rollback to savepoint import_direct`);
    return null;
  }
}

async function recordOutcome(
  em: EntityManager,
  batchId: number,
  report: ImportReport,
  status: ImportStatus,
  viewer: Viewer,
  details?: Record<string, unknown>,
  months?: string[],
): Promise<void> {
  const batch = await em.findOneOrFail(ImportBatch, batchId);
  em.assign(batch, {
    status,
    rowsRead: report.rowsRead,
    inserted: report.inserted,
    updated: report.updated,
    deleted: report.deleted,
    unchanged: report.unchanged,
    periodFrom: report.periodFrom,
    periodTo: report.periodTo,
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
      mode: report.mode,
      periodFrom: report.periodFrom,
      periodTo: report.periodTo,
      rowsRead: report.rowsRead,
      inserted: report.inserted,
      updated: report.updated,
      deleted: report.deleted,
      unchanged: report.unchanged,
      rejectedRows: batch.rejectedRows,
      ...(months ? { months } : {}),
    },
  });
  await em.flush();
}
