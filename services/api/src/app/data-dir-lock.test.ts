import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.js';

describe('one data folder, one hub', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-lock-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a second hub while the first holds the folder, and lets one start after it stopped', async () => {
    const first = await lockDataDir(dir);
    expect((await readFile(path.join(dir, 'hub.lock'), 'utf8')).trim()).toBe(String(process.pid));
    await expect(lockDataDir(dir)).rejects.toThrow(
      `Another Razem Hub (process ${process.pid}) is running on the data folder ${dir}. Stop it first, or start this one with another HUB_DATA_DIR.`,
    );
    await first.release();
    const second = await lockDataDir(dir);
    await second.release();
  });

  it('takes over the lock of a hub that was killed', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    await writeFile(path.join(dir, 'hub.lock'), `${dead}\n`);
    const lock = await lockDataDir(dir);
    expect((await readFile(path.join(dir, 'hub.lock'), 'utf8')).trim()).toBe(String(process.pid));
    await lock.release();
  });
});
