import { createRequire } from 'node:module';
import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';
import type { ViteUserConfig } from 'vitest/config';
import { useRamTmpdirForTests } from '../../test-support/ram-tmpdir.mjs';

const require = createRequire(import.meta.url);

// The test cluster, its databases and the hubs' data folders in RAM when there is one (test-support/ram-tmpdir.mjs).
useRamTmpdirForTests();

/** Tests that need neither PostgreSQL nor a built program: seconds, runnable on their own (`npm run test:unit`). */
export const unitTests = [
  'src/architecture.test.ts',
  'src/analytics/computation-slots.test.ts',
  'src/analytics/indicator-outlook.test.ts',
  'src/analytics/perturbation/ptable.test.ts',
  'src/analytics/suppression.test.ts',
  'src/backup/backup-file.test.ts',
  'src/cli/hub-commands.test.ts',
  'src/config/env.test.ts',
  'src/database/advisory-locks.test.ts',
  'src/graphql/schema-file.test.ts',
  'src/modules/auth/import-permission.test.ts',
  'src/modules/exports/export-parameters.test.ts',
  'src/modules/imports/xlsx-source.test.ts',
  'src/modules/imports/xlsx-temp-files.test.ts',
  'src/modules/participant/pesel.test.ts',
  'src/observability/logger.test.ts',
  'src/security/personal-data-schema.test.ts',
  'src/test-support/global-setup.test.ts',
];

/**
 * Tests that start the built hub, the CLI or a PostgreSQL server of their own as child processes (need
 * `npm run build`). Other `hub` commands are tested in process (test-support/run-cli-command.ts): a
 * process start costs more than most commands take.
 */
export const processTests = [
  // Longest first (the order they start in).
  'src/main.test.ts',
  'src/modules/imports/import-crash.test.ts',
  'src/database/embedded-postgres.test.ts',
  'src/http/database-outage.test.ts',
  'src/cli/commands/corrections-cli.test.ts',
  'src/cli/commands/migrate.test.ts',
];

/** The one PostgreSQL server and its template databases, for every test that needs a database. */
export const globalSetup = ['src/test-support/global-setup.ts'];

/**
 * The database tier's longest files (20–8 s each on this machine, most of them small files that import
 * and answer a great deal), started right after the process tests. Without a duration cache (a fresh
 * clone, CI) Vitest starts larger files first, and a short file that runs long (read-paths.test.ts)
 * would start last and finish alone while the other core idles. Order only: a stale list costs seconds.
 */
export const longRunningTests = [
  'src/backup/backup-restore.test.ts',
  'src/modules/exports/export-content.test.ts',
  'src/modules/imports/pilot-plain-role.test.ts',
  'src/analytics/read-paths.test.ts',
  'src/modules/exports/export-privacy.test.ts',
  'src/analytics/perturbation/privacy-attack.test.ts',
];

/** The files started before all others, in this order: the process tests, then the longest of the database tier. */
const startFirst = [...processTests, ...longRunningTests];

/**
 * The files of `startFirst` first, then the rest (by the last run's durations, else by size): a process
 * test spends most of its time waiting on its children (a first start, `initdb`, a killed importer), so
 * started early it overlaps the CPU-bound files instead of leaving the cores idle at the end of the run;
 * the long files next leave only short ones for the end.
 */
class KnownSlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = startFirst.findIndex((test) => file.moduleId.endsWith(test));
      return index === -1 ? startFirst.length : index;
    };
    // Array.prototype.sort is stable: the other files keep the base order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/** What every API test run shares, whichever tiers it runs. */
export const sharedTestConfig = {
  resolve: {
    // Vitest would otherwise load graphql's ESM build next to the CJS one that type-graphql and
    // Apollo require, and graphql refuses types "from another module or realm".
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    setupFiles: ['src/test-support/setup-file.ts'],
    pool: 'forks',
    // Two files at once (Vitest's default on a 2-core machine would be one; VITEST_MAX_WORKERS overrides).
    // A third made the suite slower, not faster: with each file's PostgreSQL backends it oversubscribed
    // two cores, and the same work took 275 CPU-s instead of 187 (147 s instead of 104).
    maxWorkers: 2,
    // Limits against hangs only (no test asserts a duration): generous, so a machine that other
    // work keeps busy makes the run slower, never red.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    sequence: { sequencer: KnownSlowFilesFirst },
  },
} satisfies ViteUserConfig;
