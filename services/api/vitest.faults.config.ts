import { defineConfig } from 'vitest/config';
import { globalSetup, sharedTestConfig } from './vitest.tiers.js';

/** `npm run test:faults`: the slow process-level tests (huge files, kill -9, outages) kept out of `npm test`. */
export default defineConfig({
  ...sharedTestConfig,
  test: { ...sharedTestConfig.test, include: ['src/**/*.fault-test.ts'], globalSetup },
});
