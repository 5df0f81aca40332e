import { accessSync, constants, statfsSync } from 'node:fs';

/**
 * Test runs put their temporary files (the test PostgreSQL cluster and the databases every test file
 * clones, the hubs' data folders, generated partner files) in RAM when the machine offers it. On this
 * machine's ext4 a database clone and drop cost twice the CPU they cost on tmpfs (creating and
 * deleting a database's hundreds of files is kernel work), and the suites make about a hundred.
 * Nothing here needs to survive the run: the test cluster already runs without fsync.
 */
const RAM_DIR = '/dev/shm';
const TMPFS_MAGIC = 0x01021994;
/** Room a run needs, with a wide margin: a whole `npm test` peaked at 321 MB of temporary files. */
const MIN_FREE_BYTES = 2 * 1024 ** 3;

/** `/dev/shm` when it is a writable tmpfs with room to spare, else undefined (other systems, small containers). */
export function ramTmpdir() {
  try {
    const stats = statfsSync(RAM_DIR);
    accessSync(RAM_DIR, constants.W_OK);
    return stats.type === TMPFS_MAGIC && stats.bavail * stats.bsize >= MIN_FREE_BYTES ? RAM_DIR : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Points TMPDIR (read by os.tmpdir() in this process, in test workers and in the hubs and commands the
 * tests start, which inherit the environment) at RAM, unless the caller chose a TMPDIR of their own.
 * Call it at the top of a Vitest config: the config runs in the main process before any worker starts.
 */
export function useRamTmpdirForTests() {
  if (process.env.TMPDIR) return;
  const dir = ramTmpdir();
  if (dir) process.env.TMPDIR = dir;
}
