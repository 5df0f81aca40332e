import { defineConfig } from 'vitest/config';
import { globalSetup, processTests, sharedTestConfig, unitTests } from './vitest.tiers.js';

/** The tiers on their own: `npm run test:unit`, `test:database`, `test:processes` (each `--project`). */
export default defineConfig({
  ...sharedTestConfig,
  test: {
    ...sharedTestConfig.test,
    projects: [
      { extends: true, test: { name: 'unit', include: unitTests, isolate: false } },
      {
        extends: true,
        test: { name: 'database', include: ['src/**/*.test.ts'], exclude: [...unitTests, ...processTests], globalSetup, isolate: false },
      },
      { extends: true, test: { name: 'processes', include: processTests, globalSetup, isolate: false } },
    ],
  },
});
