import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionValidatorFile, definitionValidatorSource } from './definition-validator-source.js';

describe('the generated definition validator', () => {
  it('is what the published schema gives (after changing the schema: npm run emit:definition-validator -w @razem/seeds)', () => {
    expect(readFileSync(definitionValidatorFile, 'utf8')).toBe(definitionValidatorSource());
  });
});
