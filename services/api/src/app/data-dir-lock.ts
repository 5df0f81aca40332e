import { open, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isProcessRunning } from '../database/os-processes.js';

/** Another live hub already serves from this data folder. */
export class DataDirInUseError extends Error {}

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * One data folder, one hub: `npm start` takes HUB_DATA_DIR/hub.lock (its process id) before it starts
 * or adopts PostgreSQL, so a second hub on the same folder refuses to start instead of sharing the
 * database and stopping it under the first when it exits. A lock left by a killed hub (its process
 * is gone) is taken over. `hub` commands do not take it: they run beside a hub on purpose.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const file = path.join(dataDir, 'hub.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(pid) && pid > 0 && isProcessRunning(pid)) {
      throw new DataDirInUseError(
        `Another Razem Hub (process ${pid}) is running on the data folder ${dataDir}. Stop it first, or start this one with another HUB_DATA_DIR.`,
      );
    }
    // The hub that wrote it is gone (killed): the lock is stale.
    await writeFile(file, '', { flag: 'w' }).then(() => rm(file, { force: true }));
  }
  throw new DataDirInUseError(`Could not take the lock ${file}: another hub is starting on the same data folder.`);
}
