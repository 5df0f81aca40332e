import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://localhost:4000', '/exports': 'http://localhost:4000' } },
  build: {
    // GraphiQL (Monaco) is big, but it is its own lazy chunk: the first load is what bench:dashboard checks.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's "use no memo" directives are hints for the React compiler, harmless when bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-support/setup.ts'],
    // A guard against hangs only (no test asserts a duration): jsdom renders take seconds on a busy
    // 2-core machine, and Vitest's 5 s default failed them there.
    testTimeout: 60_000,
    // One jsdom and one import of React, nivo and urql per worker instead of per file (that set-up was
    // nine tenths of these tests' CPU time); each test cleans up after itself (test-support/setup.ts).
    isolate: false,
  },
});
