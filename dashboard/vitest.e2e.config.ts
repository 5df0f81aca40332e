import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: the real hub with the pilot seed, driven in headless Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    // Guards against hangs only: beforeAll starts the hub and loads a second programme beside it.
    hookTimeout: 360_000,
    fileParallelism: false,
  },
});
