import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pilotProgramme, type SyntheticScale } from '@razem/seeds';
import type { HubConfig } from '../config/env.js';
import { resolveHubSecret } from '../config/secret.js';
import { migrateToLatest } from '../database/migrate.js';
import type { Viewer } from '../access/viewer.js';
import type { ImportReport } from '../modules/imports/import-report.js';
import { applyShippedProgrammes } from '../modules/programme/definition/programme-definition.service.js';
import { createDemoAccounts, type DemoAccountsSummary } from '../modules/user/demo-accounts.service.js';
import { seedSyntheticData } from './seed-synthetic-data.js';

/**
 * `hub seed`: migrate, apply every shipped programme definition (as `hub init`), then the pilot's synthetic
 * participant data through the importers — and for the city and region scales their extra synthetic programmes as well — and
 * create the demo accounts. Running it again changes nothing.
 */
export async function seedHub(options: {
  orm: MikroORM;
  config: HubConfig;
  scale: SyntheticScale;
  viewer: Viewer;
  log?: (message: string) => void;
}): Promise<{ reports: ImportReport[]; demo: DemoAccountsSummary }> {
  const log = options.log ?? (() => undefined);
  await migrateToLatest(options.orm);
  await applyShippedProgrammes({ em: options.orm.em.fork(), actor: options.viewer.name });
  const peselSecret = await resolveHubSecret({ configured: options.config.secret, dataDir: options.config.dataDir });
  const scales: SyntheticScale[] = options.scale === 'pilot' ? ['pilot'] : ['pilot', options.scale];
  const reports: ImportReport[] = [];
  for (const scale of scales) {
    reports.push(
      ...(await seedSyntheticData({
        orm: options.orm,
        scale,
        filesDir: path.join(options.config.dataDir, 'seed-files', scale),
        viewer: options.viewer,
        peselSecret,
        log,
      })),
    );
  }
  const demo = await createDemoAccounts({ em: options.orm.em.fork(), dataDir: options.config.dataDir, programmeCode: pilotProgramme.code });
  return { reports, demo };
}
