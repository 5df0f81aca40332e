import { defineConfig } from 'vitest/config';
import { globalSetup, sharedTestConfig } from './vitest.tiers.js';

/**
 * `npm test` (`vitest run`): all three tiers in one pool of workers. Run as projects
 * (vitest.tiers.config.ts), each tier gets workers of its own, which import the API and have its sources
 * transformed again, and the tiers queue one after another: 109 s and 191 CPU-s against 96 s and 166 here.
 */
export default defineConfig({
  ...sharedTestConfig,
  test: {
    ...sharedTestConfig.test,
    include: ['src/**/*.test.ts'],
    globalSetup,
    // No test mocks a module, and each file has its own database and hub with no module keeping data
    // between hubs, so a worker keeps the modules it has imported for its next file instead of
    // importing the whole API again (that import was a third of the database tier's time).
    isolate: false,
  },
});
