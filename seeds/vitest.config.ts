import { defineConfig } from 'vitest/config';
import { useRamTmpdirForTests } from '../test-support/ram-tmpdir.mjs';

// The generated datasets (the city one is ~100 MB) in RAM when there is one (test-support/ram-tmpdir.mjs).
useRamTmpdirForTests();

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The city-scale test writes ~2 million rows; the others take well under a second. Limits against
    // hangs only (no test asserts a duration): npm test runs this beside the other packages' tests,
    // and a busy machine must make it slower, not red.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The generators keep no state between files: a worker imports them (and the definition reader)
    // once for all its files instead of once per file, which was most of this package's test time.
    isolate: false,
  },
});
