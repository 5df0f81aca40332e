import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library cleans up by itself only when the test runner exposes globals; vitest here does not.
afterEach(() => {
  cleanup();
  // Files that read only source text run in the node environment, without a window.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
