import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepFoldersOfKilledRuns } from './global-setup.js';

describe('sweeping the test servers of killed runs', () => {
  let tempDir = '';
  beforeAll(async () => {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'razem-sweep-'));
  });
  afterAll(async () => {
    await rm(tempDir, { recursive: true, force: true });
  });

  /** A test server's folder whose postmaster.pid names `pid` (none: no postmaster.pid, as during initdb). */
  async function serverFolder(name: string, pid?: number): Promise<void> {
    await mkdir(path.join(tempDir, name, 'postgres'), { recursive: true });
    if (pid !== undefined) await writeFile(path.join(tempDir, name, 'postgres', 'postmaster.pid'), `${pid}\n/data\n0\n5432\n`);
  }

  it('removes those whose PostgreSQL is gone, keeps a running one, one starting up and anything else', async () => {
    // A process that has ended, so its PID names no running process.
    const ended = spawn(process.execPath, ['-e', '']);
    await once(ended, 'exit');
    await serverFolder('razem-test-pg-killed', ended.pid);
    await serverFolder('razem-test-pg-running', process.pid);
    await serverFolder('razem-test-pg-starting');
    await serverFolder('razem-test-pg-never-started');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(path.join(tempDir, 'razem-test-pg-never-started'), anHourAgo, anHourAgo);
    await mkdir(path.join(tempDir, 'razem-e2e-other'));

    await sweepFoldersOfKilledRuns(tempDir);
    expect((await readdir(tempDir)).sort()).toEqual(['razem-e2e-other', 'razem-test-pg-running', 'razem-test-pg-starting']);
  });
});
