import { readFile, writeFile } from 'node:fs/promises';
import { schemaFilePath } from '../../app/paths.js';
import { buildHubSchema, printSchemaFile } from '../../app/schema.js';
import { UsageError, type CliCommand } from '../cli-command.js';

export const schemaCommand: CliCommand = {
  summary: 'write schema/schema.graphql from the code (emit), or fail if it is stale (check)',
  usage: 'hub schema emit|check',
  async run([action]) {
    const printed = printSchemaFile(await buildHubSchema());
    if (action === 'emit') {
      await writeFile(schemaFilePath, printed);
      process.stdout.write(`Wrote ${schemaFilePath}\n`);
      return 0;
    }
    if (action === 'check') {
      const current = await readFile(schemaFilePath, 'utf8').catch(() => '');
      if (current === printed) {
        process.stdout.write('schema/schema.graphql is up to date.\n');
        return 0;
      }
      process.stderr.write('schema/schema.graphql is stale: run `npm run schema:emit` and commit it.\n');
      return 1;
    }
    throw new UsageError(`Unknown schema action ${JSON.stringify(action ?? '')}.`);
  },
};
