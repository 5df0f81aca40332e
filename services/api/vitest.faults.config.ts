import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run test:faults`: the slow process-level tests (huge files, faults) kept out of `npm test`. */
export default defineConfig({ ...base, test: { ...base.test, include: ['src/**/*.fault-test.ts'] } });
