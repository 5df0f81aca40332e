import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Tests that need neither PostgreSQL nor a built program: seconds, runnable on their own (`npm run test:unit`). */
const unitTests = [
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
  'src/modules/participant/pesel.test.ts',
  'src/observability/logger.test.ts',
  'src/security/personal-data-schema.test.ts',
];

/**
 * Tests that start the built hub, the CLI or a PostgreSQL server of their own as child processes (need
 * `npm run build`). Other `hub` commands are tested in process (test-support/run-cli-command.ts): a
 * process start costs more than most commands take.
 */
const processTests = [
  'src/main.test.ts',
  'src/cli/commands/corrections-cli.test.ts',
  'src/cli/commands/migrate.test.ts',
  'src/database/embedded-postgres.test.ts',
  'src/http/database-outage.test.ts',
  'src/modules/imports/import-crash.test.ts',
];

export default defineConfig({
  resolve: {
    // Vitest would otherwise load graphql's ESM build next to the CJS one that type-graphql and
    // Apollo require, and graphql refuses types "from another module or realm".
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    setupFiles: ['src/test-support/setup-file.ts'],
    pool: 'forks',
    // Most of a database test's time is spent waiting on PostgreSQL, so more files than cores run at
    // once (Vitest's default on a 2-core machine would be one at a time); VITEST_MAX_WORKERS overrides.
    maxWorkers: 3,
    // Limits against hangs only (no test asserts a duration): generous, so a machine that other
    // work keeps busy makes the run slower, never red.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    projects: [
      // No unit test mocks a module or keeps state: a worker runs many files instead of starting a process for each.
      { extends: true, test: { name: 'unit', include: unitTests, isolate: false } },
      {
        extends: true,
        test: {
          name: 'database',
          include: ['src/**/*.test.ts'],
          exclude: [...unitTests, ...processTests],
          globalSetup: ['src/test-support/global-setup.ts'],
          // Each file has its own database and hub, and no module keeps data between hubs, so a
          // worker keeps the modules it has imported for its next file instead of importing the
          // whole API again (that import was a third of the tier's time).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'processes',
          include: processTests,
          globalSetup: ['src/test-support/global-setup.ts'],
          // Their work happens in child processes; in the worker they only import test support, which
          // keeps nothing between files either, so a worker imports it once for all its files.
          isolate: false,
        },
      },
    ],
  },
});
