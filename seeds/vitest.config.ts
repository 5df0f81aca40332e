import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The city-scale test writes ~2 million rows; the others take well under a second.
    testTimeout: 20_000,
  },
});
