import type { MikroORM } from '@mikro-orm/postgresql';
import { pilotProgramme, SYNTHETIC_SCALES, syntheticProgrammes } from '@razem/seeds';
import { installVersionTriggers } from '../analytics/index.js';
import type { HubConfig } from '../config/env.js';
import { migrateToLatest } from '../database/migrate.js';
import { runSql, sql } from '../database/sql-fragment.js';
import { Role, type Viewer } from '../access/viewer.js';
import { markInterruptedImports, refreshStaleRollups } from '../modules/imports/import-locks.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';
import { seedHub } from '../seeding/seed-hub.js';

/** The hub itself, loading the pilot on first start. */
const systemViewer: Viewer = { kind: 'cli', role: Role.ADMIN, partnerCode: null, name: 'system' };

/**
 * Start-up's database step: apply pending migrations, (re)install the data-version triggers the fact
 * sources declare, and on an empty database load the pilot so
 * that a first `npm start` shows something real.
 */
export async function prepareDatabase(options: {
  orm: MikroORM;
  config: HubConfig;
  log: (message: string) => void;
}): Promise<{ migrations: string[]; seeded: boolean }> {
  const migrations = await migrateToLatest(options.orm);
  if (migrations.length) options.log(`Applied migrations: ${migrations.join(', ')}`);
  const em = options.orm.em.fork();
  const triggers = await installVersionTriggers(em);
  if (triggers.installed.length + triggers.dropped.length) {
    options.log(`Data-version triggers derived from the fact sources: ${triggers.installed.length} installed, ${triggers.dropped.length} dropped.`);
  }
  const interrupted = await markInterruptedImports(em);
  if (interrupted) options.log(`${interrupted} import(s) cut off by an earlier stop marked INTERRUPTED (nothing of them was stored).`);
  const rebuilt = await refreshStaleRollups(em);
  if (rebuilt.length) options.log(`Rebuilt the analytics rollups an earlier stop left stale: ${rebuilt.join(', ')}.`);
  const completed = await loadMissingFileLayouts(options.orm);
  if (completed.length) options.log(`Stored the partner file layouts of ${completed.join(', ')} from the shipped definitions.`);
  if ((await em.count(Programme, {})) > 0) return { migrations, seeded: false };
  options.log(`Empty database: loading the pilot programme ${pilotProgramme.code} with its synthetic data.`);
  const { demo } = await seedHub({ orm: options.orm, config: options.config, scale: 'pilot', viewer: systemViewer, log: options.log });
  options.log(`Demo accounts: ${demo.accounts.length}, passwords in ${demo.file}.`);
  return { migrations, seeded: true };
}

/**
 * A programme loaded before partner file layouts were data has none, and the importer reads files only
 * through them: a shipped programme (the pilot, the synthetic scales) gets its definition loaded again
 * (idempotent and audited, as `hub init` does). Others need their definition applied by an operator.
 */
async function loadMissingFileLayouts(orm: MikroORM): Promise<string[]> {
  const missing = await runSql<{ code: string }>(
    orm.em.fork(),
    sql`select code from programme p where not exists (select 1 from partner_file_layout l where l.programme_id = p.id) order by code`,
  );
  if (!missing.length) return [];
  const shipped = new Map(SYNTHETIC_SCALES.flatMap((scale) => syntheticProgrammes(scale)).map((definition) => [definition.code, definition]));
  const loaded: string[] = [];
  for (const { code } of missing) {
    const definition = shipped.get(code);
    if (!definition) continue;
    await loadProgrammeStructure({ em: orm.em.fork(), definition, actor: systemViewer.name });
    loaded.push(code);
  }
  return loaded;
}
