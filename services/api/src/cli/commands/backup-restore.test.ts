import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHubInProcess } from '../../test-support/run-cli-command.js';
import { createEmptyTestDatabase } from '../../test-support/test-database.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../../test-support/test-hub.js';

/** `hub ARGS` against DATABASE_URL; resolves with its exit code and output. */
function hub(args: string[], databaseUrl: string) {
  return runHubInProcess(args, { env: { DATABASE_URL: databaseUrl, HUB_SECRET: TEST_HUB_SECRET, HUB_DATA_DIR: '/nonexistent' } });
}

describe('hub backup and hub restore', () => {
  let source: TestHub;
  let target: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
  let dir: string;
  beforeAll(async () => {
    source = await createTestHub(); // the pilot's structure: enough to prove the commands, quick to build
    target = await createEmptyTestDatabase('cli_restore');
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-backup-cli-'));
  });
  afterAll(async () => {
    await source?.close();
    await target?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('backs up to FILE, restores into an empty database, refuses a second restore without --replace', async () => {
    const file = path.join(dir, 'pilot.backup');
    const backup = await hub(['backup', file], source.database.url);
    expect(backup).toMatchObject({ code: 0, stderr: expect.stringContaining('is not in the backup: keep it with the file') });
    expect(backup.stdout).toMatch(new RegExp(`^Backed up \\d+ tables, \\d+ rows to ${file} \\(\\d+\\.\\d kB\\) in \\d+\\.\\d s\\.\\n$`));
    await expect(access(`${file}.tmp`)).rejects.toThrow(/ENOENT/);

    const restored = await hub(['restore', file], target.url);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Restored \d+ tables, \d+ rows from .* \(schema at Migration\d+\w+\); rebuilt the analytics of 1 programme\(s\) in \d+\.\d s\.\n$/);

    expect(await hub(['restore', file], target.url)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^hub restore failed: The database already holds hub data \(rows in .*\): restore with --replace to overwrite it\.\n$/),
    });
    expect(await hub(['restore', '--replace', file], target.url)).toMatchObject({ code: 0 });
  });

  it('exits 2 with the usage when FILE is missing or does not exist', async () => {
    expect(await hub(['backup'], source.database.url)).toMatchObject({ code: 2, stderr: 'Give exactly one file to write the backup to.\nUsage: hub backup FILE\n' });
    const missing = path.join(dir, 'missing.backup');
    expect(await hub(['restore', missing], target.url)).toMatchObject({ code: 2, stderr: `No such file: ${missing}\nUsage: hub restore [--replace] FILE\n` });
  });
});
