import type { ProgrammeDefinition } from '@razem/seeds';
import { inject } from 'vitest';
import { createHub, type Hub } from '../app/create-hub.js';
import { readConfig } from '../config/env.js';
import type { Logger } from '../observability/logger.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** The folder of the partner files the seeded pilot (`createTestHub({ seededPilot: true })`) was imported from. */
export function seededPilotFiles(): string {
  return inject('testTemplates').pilotSeedFiles;
}

/** The hub secret every test hub uses (at least 32 characters, like HUB_SECRET must be). */
export const TEST_HUB_SECRET = 'test-hub-secret-0123456789abcdefghijklmnop';

export interface TestHub {
  hub: Hub;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * A hub over a fresh migrated database holding the given programme structures (default: the pilot);
 * `seededPilot`: the pilot with its synthetic participants imported (files in `seededPilotFiles()`);
 * `config`: extra environment.
 */
export async function createTestHub(
  options: { programmes?: ProgrammeDefinition[]; seededPilot?: boolean; onQuery?: (message: string) => void; config?: NodeJS.ProcessEnv; logger?: Logger } = {},
): Promise<TestHub> {
  // The pilot is in templates already (global-setup.ts): hubs start from them without loading it again.
  const template = options.seededPilot ? 'pilotSeeded' : options.programmes ? 'migrated' : 'pilot';
  const database = await createTestDatabase({ onQuery: options.onQuery, template });
  for (const definition of options.programmes ?? []) {
    await loadProgrammeStructure({ em: database.orm.em.fork(), definition, actor: 'test' });
  }
  // A fixed test secret: the hub never generates one into a data dir during tests.
  const hub = await createHub({ orm: database.orm, config: readConfig({ ...options.config, HUB_DATA_DIR: '/nonexistent', HUB_SECRET: TEST_HUB_SECRET }), logger: options.logger });
  return {
    hub,
    database,
    async close() {
      await hub.stop();
      await database.destroy();
    },
  };
}
