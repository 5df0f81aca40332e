import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: the real hub with the pilot seed, driven in headless Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    // Limits against hangs only (no test asserts a duration): under load a busy machine made the
    // 60 s limit fail a page that was still rendering, so it is as generous as the API's.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
