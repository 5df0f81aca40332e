import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../database/embedded-postgres.js';
import { isProcessRunning } from '../database/os-processes.js';
import { createTemplateDatabases, dropTemplateDatabases, type TemplateDatabases } from './template-databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance-database URL of the PostgreSQL server the tests create their databases on. */
    testAdminUrl: string;
    /** Template databases (migrated; migrated with the pilot structure) that test databases are cloned from. */
    testTemplates: TemplateDatabases;
  }
}

interface TestServer {
  adminUrl: string;
  templates: TemplateDatabases;
  stop(): Promise<void>;
}

/**
 * The database and processes test tiers both list this file, and Vitest loads it once per project
 * (each in its own module graph): the one server lives on globalThis, started by the first project
 * and stopped by the last.
 */
const shared = globalThis as typeof globalThis & { razemTestServer?: { server: Promise<TestServer>; users: number } };

const TEST_SERVER_FOLDER_PREFIX = 'razem-test-pg-';
/** A test server's folder without a postmaster.pid this old is not one still starting up. */
const STARTING_UP_FOR_AT_MOST_MS = 10 * 60_000;

/**
 * Removes the test servers killed runs left in the temp folder (tens to hundreds of MB each, in RAM when
 * the temp folder is: see test-support/ram-tmpdir.mjs). A folder stays while its PostgreSQL runs
 * (another run beside this one) or while it may still be starting up.
 */
export async function sweepFoldersOfKilledRuns(tempDir = os.tmpdir()): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(tempDir)) {
    if (!name.startsWith(TEST_SERVER_FOLDER_PREFIX)) continue;
    const folder = path.join(tempDir, name);
    const postmasterPid = Number((await readFile(path.join(folder, 'postgres', 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
    if (postmasterPid > 0 && isProcessRunning(postmasterPid)) continue;
    const modified = await stat(folder).then((folderStat) => folderStat.mtimeMs, () => now);
    if (!(postmasterPid > 0) && now - modified < STARTING_UP_FOR_AT_MOST_MS) continue;
    await rm(folder, { recursive: true, force: true });
  }
}

async function startTestServer(): Promise<TestServer> {
  const externalUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (externalUrl) {
    const templates = await createTemplateDatabases(externalUrl);
    return { adminUrl: externalUrl, templates, stop: () => dropTemplateDatabases(externalUrl, templates) };
  }
  await sweepFoldersOfKilledRuns();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), TEST_SERVER_FOLDER_PREFIX));
  let cluster: EmbeddedCluster | undefined;
  let templates: TemplateDatabases | undefined;
  const stop = async () => {
    await cluster?.stop();
    await rm(dataDir, { recursive: true, force: true });
    if (templates) await rm(templates.pilotSeedFiles, { recursive: true, force: true });
  };
  try {
    cluster = await startEmbeddedPostgres({ dataDir, durable: false });
    templates = await createTemplateDatabases(cluster.adminUrl);
    return { adminUrl: cluster.adminUrl, templates, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * One real PostgreSQL for the whole run (TEST_DATABASE_ADMIN_URL, or embedded in a temp dir), with
 * the migrated templates made once; each test file then clones its own database from them, so
 * files run in parallel without sharing rows or migrating again.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.razemTestServer ??= { server: startTestServer(), users: 0 };
  shared.razemTestServer.users += 1;
  const server = await shared.razemTestServer.server;
  project.provide('testAdminUrl', server.adminUrl);
  project.provide('testTemplates', server.templates);
  return async () => {
    const entry = shared.razemTestServer;
    if (!entry || (entry.users -= 1) > 0) return;
    shared.razemTestServer = undefined;
    await server.stop();
  };
}
