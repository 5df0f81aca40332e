import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run test:faults`: the slow process-level tests (huge files, kill -9, outages) kept out of `npm test`.
 * One project of its own: the base config's projects would each take this include too (and run the whole suite).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: [{ extends: true, test: { name: 'faults', include: ['src/**/*.fault-test.ts'], globalSetup: ['src/test-support/global-setup.ts'] } }],
  },
});
