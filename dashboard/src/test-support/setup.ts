import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library cleans up by itself only when the test runner exposes globals; vitest here does not.
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
