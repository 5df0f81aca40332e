import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsList } from '../../database/migrations/index.js';
import { runHubInProcess } from '../../test-support/run-cli-command.js';
import { createEmptyTestDatabase } from '../../test-support/test-database.js';

const run = promisify(execFile);
const mainScript = fileURLToPath(new URL('../../../dist/main.js', import.meta.url));

/** Runs the built hub with the given environment; resolves with its exit code and output. */
async function runScript(script: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { env: { ...process.env, ...env }, timeout: 240_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('hub migrate', () => {
  let database: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
  const env = () => ({ DATABASE_URL: database.url, HUB_SECRET: 'migrate-test-secret-0123456789abcdefgh', HUB_DATA_DIR: '/nonexistent' });
  beforeAll(async () => {
    database = await createEmptyTestDatabase('cli_migrate');
  });
  afterAll(() => database.drop());

  it('--check lists pending migrations and exits 1, then 0 once the chain is applied from empty', async () => {
    const names = migrationsList.map((migration) => migration.name);
    const pending = await runHubInProcess(['migrate', '--check'], { env: env() });
    expect(pending).toMatchObject({ code: 1, stdout: `Pending migrations: ${names.join(', ')}\n` });
    const applied = await runHubInProcess(['migrate'], { env: env() });
    expect(applied).toMatchObject({ code: 0, stdout: `Applied migrations: ${names.join(', ')}\n` });
    expect(await runHubInProcess(['migrate', '--check'], { env: env() })).toMatchObject({ code: 0, stdout: 'No pending migrations.\n' });
  });
});

describe('starting with a bad configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, 'Invalid environment variable PORT="eighty": expected a whole number from 0 to 65535.\n'],
    [{ SUPPRESSION_K: '-1' }, 'Invalid environment variable SUPPRESSION_K="-1": expected a whole number from 1 to 1000.\n'],
    [{ DATABASE_URL: 'mysql://hub:secret@db/hub' }, 'Invalid environment variable DATABASE_URL="mysql://hub:***@db/hub": expected a postgres:// or postgresql:// URL.\n'],
  ])('%j stops start-up with exit code 2 and a message naming the variable', async (bad, message) => {
    const result = await runScript(mainScript, [], { HUB_DATA_DIR: '/nonexistent', ...bad });
    expect(result).toMatchObject({ code: 2, stderr: message });
  });
});
