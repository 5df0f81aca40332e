import type { MikroORM } from '@mikro-orm/postgresql';
import { pilotProgramme } from '@razem/seeds';
import type { HubConfig } from '../config/env.js';
import { migrateToLatest } from '../database/migrate.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';
import { createDemoAccounts } from '../modules/user/demo-accounts.service.js';

/**
 * Start-up's database step: apply pending migrations, and on an empty database load the pilot so
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
  if ((await em.count(Programme, {})) > 0) return { migrations, seeded: false };
  options.log(`Empty database: loading the pilot programme ${pilotProgramme.code}.`);
  await loadProgrammeStructure({ em, definition: pilotProgramme, actor: 'system' });
  const demo = await createDemoAccounts({ em: options.orm.em.fork(), dataDir: options.config.dataDir, programmeCode: pilotProgramme.code });
  options.log(`Demo accounts: ${demo.accounts.length}, passwords in ${demo.file}.`);
  return { migrations, seeded: true };
}
