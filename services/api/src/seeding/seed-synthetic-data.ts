import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { writeSyntheticDataset, type GeneratedFile, type SyntheticScale } from '@razem/seeds';
import type { Viewer } from '../access/viewer.js';
import { refreshRollupsUnderImportLock } from '../modules/imports/import-locks.js';
import { importPartnerFile, type ImportFileOptions } from '../modules/imports/import.service.js';
import type { ImportReport } from '../modules/imports/import-report.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';

export interface SeedOptions {
  orm: MikroORM;
  scale: SyntheticScale;
  /** Where the generated partner files are written (kept: they are what partners would send). */
  filesDir: string;
  viewer: Viewer;
  peselSecret: string;
  log?: (message: string) => void;
  /** Called with how long each programme's one rollup rebuild took (benchmarks report it). */
  onRollupRefresh?: (milliseconds: number) => void;
}

/** Imports one generated partner file as its partner would send it; the caller rebuilds rollups after a batch. */
export function importGeneratedFile(options: {
  orm: MikroORM;
  programmeCode: string;
  /** A generated file: the pilot generator's, or one written from a definition's layouts. */
  file: Pick<GeneratedFile, 'encoding' | 'path'> & { partner: string; kind: string };
  viewer: Viewer;
  peselSecret: string;
  onProgress?: (rowsRead: number) => void;
  onTimings?: ImportFileOptions['onTimings'];
}): Promise<ImportReport> {
  const { file } = options;
  return importPartnerFile({
    orm: options.orm,
    programmeCode: options.programmeCode,
    partnerCode: file.partner,
    kind: file.kind,
    encoding: file.encoding,
    fileName: path.basename(file.path),
    open: () => createReadStream(file.path),
    viewer: options.viewer,
    peselSecret: options.peselSecret,
    onProgress: options.onProgress,
    onTimings: options.onTimings,
    // One rebuild after all the files, not one per file.
    refreshRollups: false,
  });
}

/** A generated file must go in whole: anything else is a generator bug, reported with its first problems. */
export function requireAccepted(report: ImportReport, programmeCode: string): void {
  if (report.outcome === 'SUCCEEDED') return;
  const first = report.errors.slice(0, 5).map((error) => `line ${error.line} ${error.column}: ${error.reason}`);
  throw new Error(`Seeding ${programmeCode}: ${report.kind} was rejected (${report.totalErrors} errors): ${first.join('; ')}`);
}

/** Rebuilds the analytics rollups of the programme with this code. */
export async function refreshProgrammeRollups(orm: MikroORM, programmeCode: string): Promise<void> {
  const programme = await orm.em.fork().findOneOrFail(Programme, { code: programmeCode });
  await refreshRollupsUnderImportLock(orm.em.fork(), programme.id);
}

/**
 * Loads the programmes of a scale with their synthetic participant data. The data goes in as the
 * partners' own files through the same importers partners use, so seeding exercises the real path.
 */
export async function seedSyntheticData(options: SeedOptions): Promise<ImportReport[]> {
  const log = options.log ?? (() => undefined);
  await rm(options.filesDir, { recursive: true, force: true });
  await mkdir(options.filesDir, { recursive: true });
  const programmes = await writeSyntheticDataset({ scale: options.scale, outDir: options.filesDir, onProgress: log });
  const reports: ImportReport[] = [];
  for (const { programme, files } of programmes) {
    await loadProgrammeStructure({ em: options.orm.em.fork(), definition: programme, actor: options.viewer.name });
    for (const file of files) {
      const started = Date.now();
      const report = await importGeneratedFile({
        orm: options.orm,
        programmeCode: programme.code,
        file,
        viewer: options.viewer,
        peselSecret: options.peselSecret,
        onProgress: (rows) => log(`  ${file.kind}: ${rows} rows read…`),
      });
      requireAccepted(report, programme.code);
      log(`${programme.code} ${file.kind}: ${report.rowsRead} rows, ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged (${Date.now() - started} ms)`);
      reports.push(report);
    }
    const refreshStarted = performance.now();
    await refreshProgrammeRollups(options.orm, programme.code);
    options.onRollupRefresh?.(performance.now() - refreshStarted);
    log(`${programme.code}: analytics rollups rebuilt (${Math.round(performance.now() - refreshStarted)} ms)`);
  }
  return reports;
}
