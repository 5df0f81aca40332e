import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // A guard against hangs only: on a busy machine reading the docs took longer than Vitest's 5 s default.
    testTimeout: 60_000,
  },
});
