import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { writeSyntheticDataset, type SyntheticScale } from '@razem/seeds';
import type { Viewer } from '../modules/auth/viewer.js';
import { refreshRollupsUnderImportLock } from '../modules/imports/import-locks.js';
import { importPartnerFile } from '../modules/imports/import.service.js';
import type { ImportReport } from '../modules/imports/import-report.js';
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
      const report = await importPartnerFile({
        orm: options.orm,
        programmeCode: programme.code,
        partnerCode: file.partner,
        kind: file.kind,
        encoding: file.encoding,
        fileName: path.basename(file.path),
        open: () => createReadStream(file.path),
        viewer: options.viewer,
        peselSecret: options.peselSecret,
        // One rebuild per programme after all its files, not one per file.
        refreshRollups: false,
        onProgress: (rows) => log(`  ${file.kind}: ${rows} rows read…`),
      });
      if (report.outcome !== 'SUCCEEDED') {
        const first = report.errors.slice(0, 5).map((error) => `line ${error.line} ${error.column}: ${error.reason}`);
        throw new Error(`Seeding ${programme.code}: ${file.kind} was rejected (${report.errors.length} errors): ${first.join('; ')}`);
      }
      log(`${programme.code} ${file.kind}: ${report.rowsRead} rows, ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged (${Date.now() - started} ms)`);
      reports.push(report);
    }
    const refreshStarted = performance.now();
    const [{ id }] = (await options.orm.em.getConnection().execute('select id from programme where code = ?', [programme.code])) as [{ id: number }];
    await refreshRollupsUnderImportLock(options.orm.em.fork(), id);
    options.onRollupRefresh?.(performance.now() - refreshStarted);
    log(`${programme.code}: analytics rollups rebuilt (${Math.round(performance.now() - refreshStarted)} ms)`);
  }
  return reports;
}
