import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { schemaFilePath } from '../app/paths.js';
import { buildHubSchema, printSchemaFile } from '../app/schema.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the code builds (run `npm run schema:emit` after changing the API)', async () => {
    const checkedIn = await readFile(schemaFilePath, 'utf8');
    // toBe on the texts, not on their equality: a failure shows the diff, line by line.
    expect(printSchemaFile(await buildHubSchema()), 'schema/schema.graphql is stale: run npm run schema:emit').toBe(checkedIn);
  });
});
