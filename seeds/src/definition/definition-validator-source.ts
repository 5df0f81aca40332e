import { readFileSync } from 'node:fs';
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import formats from 'ajv-formats';

/** Where the generated validator is checked in (`npm run emit:definition-validator -w @razem/seeds` writes it). */
export const definitionValidatorFile = new URL('../../generated/definition-validator.js', import.meta.url);

/**
 * The validator of the published schema as a module of its own (Ajv's standalone code). Compiling the
 * schema at start-up took about half a second, paid by every process that reads a definition — the hub,
 * each `hub` command, every test worker; the generated module loads in a few milliseconds.
 */
export function definitionValidatorSource(): string {
  const schemaUrl = new URL('../../programmes/programme-definition.schema.json', import.meta.url);
  const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as Record<string, unknown>;
  // strictRequired off: the plan's oneOf names properties its parent schema declares. verbose: the
  // problems name the offending value and the allowed properties (error.data, error.parentSchema).
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    useDefaults: true,
    strict: true,
    strictRequired: false,
    code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats`, lines: true },
  });
  formats.default(ajv, ['date']);
  const code = standaloneCode.default(ajv, ajv.compile(schema));
  return [
    '// Generated from seeds/programmes/programme-definition.schema.json by `npm run emit:definition-validator -w @razem/seeds`.',
    '// Do not edit: a test fails when it differs from what the schema gives. Plain JavaScript beside its',
    '// declaration (definition-validator.d.ts), so the compiler neither checks nor re-emits its 250 kB.',
    // The code requires Ajv's runtime helpers and the date format CommonJS-style; a require of our own
    // loads them as Node would, in Node and under Vitest alike.
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
