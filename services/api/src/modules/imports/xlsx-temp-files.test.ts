import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sweepFoldersOfEndedProcesses } from './xlsx-temp-files.js';

let tempDir = '';
beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'razem-xlsx-sweep-test-'));
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

it('sweeps the sheet-copy folders of processes that have ended, and keeps those of running ones and anything else', async () => {
  const ended = spawn(process.execPath, ['-e', '']);
  await once(ended, 'exit');
  const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  try {
    for (const name of [`razem-xlsx-${ended.pid}-aB3dE9`, `razem-xlsx-${running.pid}-xY7zQ1`, `razem-xlsx-${process.pid}-own000`, 'razem-e2e-other']) {
      await mkdir(path.join(tempDir, name));
    }
    sweepFoldersOfEndedProcesses(tempDir);
    expect((await readdir(tempDir)).sort()).toEqual(['razem-e2e-other', `razem-xlsx-${process.pid}-own000`, `razem-xlsx-${running.pid}-xY7zQ1`].sort());
  } finally {
    running.kill();
  }
});
