import path from 'node:path';
import { mkdir, rm } from 'node:fs/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEFAULT_SYNTHETIC_SEED, shippedProgrammes, writeDefinitionDataset, type ProgrammeDefinition, type UnifiedRecords } from '@razem/seeds';
import type { HubConfig } from '../config/env.js';
import { resolveHubSecret } from '../config/secret.js';
import { migrateToLatest } from '../database/migrate.js';
import type { Viewer } from '../access/viewer.js';
import type { ImportReport } from '../modules/imports/import-report.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';
import { importGeneratedFile, refreshProgrammeRollups, requireAccepted } from './seed-synthetic-data.js';

/** The shipped programme with this code (`seeds/programmes/`), or an error listing the codes there are. */
export function findShippedProgramme(code: string): ProgrammeDefinition {
  const shipped = shippedProgrammes().map((loaded) => loaded.definition);
  const found = shipped.find((definition) => definition.code === code);
  if (!found) throw new Error(`No shipped programme ${JSON.stringify(code)}: expected one of ${shipped.map((definition) => definition.code).join(', ')}.`);
  return found;
}

/**
 * `hub seed --programme CODE` for a shipped programme other than the pilot: migrate, load its structure
 * from its definition, write its synthetic partner files through its layouts (CSV and XLSX, as its
 * partners send them) and import them through the same importers partners use. Running it again
 * changes nothing. Returns the reports and the records the files were written from.
 */
export async function seedShippedProgramme(options: {
  orm: MikroORM;
  /** Where the files are written (HUB_DATA_DIR/seed-files/programmes) and the secret keying PESEL hashes. */
  config: Pick<HubConfig, 'dataDir' | 'secret'>;
  definition: ProgrammeDefinition;
  viewer: Viewer;
  seed?: number;
  participants?: number;
  log?: (message: string) => void;
}): Promise<{ reports: ImportReport[]; records: UnifiedRecords }> {
  const { definition } = options;
  const log = options.log ?? (() => undefined);
  await migrateToLatest(options.orm);
  await loadProgrammeStructure({ em: options.orm.em.fork(), definition, actor: options.viewer.name });
  const peselSecret = await resolveHubSecret({ configured: options.config.secret, dataDir: options.config.dataDir });
  const filesDir = path.join(options.config.dataDir, 'seed-files', 'programmes');
  await rm(path.join(filesDir, definition.code), { recursive: true, force: true });
  await mkdir(filesDir, { recursive: true });
  const { files, records } = await writeDefinitionDataset({
    definition,
    outDir: filesDir,
    seed: options.seed ?? DEFAULT_SYNTHETIC_SEED,
    ...(options.participants === undefined ? {} : { participants: options.participants }),
  });
  const reports: ImportReport[] = [];
  for (const file of files) {
    const report = await importGeneratedFile({ orm: options.orm, programmeCode: definition.code, file, viewer: options.viewer, peselSecret });
    requireAccepted(report, definition.code);
    log(`${definition.code} ${file.kind}: ${report.rowsRead} rows, ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged`);
    reports.push(report);
  }
  await refreshProgrammeRollups(options.orm, definition.code);
  return { reports, records };
}
