import { defineConfig } from 'vitest/config';
import { useRamTmpdirForTests } from '../test-support/ram-tmpdir.mjs';

// The hubs' data folders and the city-scale upload in RAM when there is one (test-support/ram-tmpdir.mjs).
useRamTmpdirForTests();

/** Browser end-to-end tests: the real hub with the pilot seed, driven in headless Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    // Limits against hangs only (no test asserts a duration): under load a busy machine made the
    // 60 s limit fail a page that was still rendering; beforeAll starts the hub and loads a second programme beside it.
    testTimeout: 300_000,
    hookTimeout: 360_000,
    fileParallelism: false,
  },
});
