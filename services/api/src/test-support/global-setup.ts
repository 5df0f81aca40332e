import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../database/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance-database URL of the PostgreSQL server the tests create their databases on. */
    testAdminUrl: string;
  }
}

let cluster: EmbeddedCluster | undefined;
let dataDir: string | undefined;

/**
 * One real PostgreSQL for the whole run (TEST_DATABASE_ADMIN_URL, or embedded in a temp dir); each
 * test file then makes its own database on it, so files run in parallel without sharing rows.
 */
export async function setup(project: TestProject): Promise<void> {
  const external = process.env.TEST_DATABASE_ADMIN_URL;
  if (external) {
    project.provide('testAdminUrl', external);
    return;
  }
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'razem-test-pg-'));
  cluster = await startEmbeddedPostgres({ dataDir });
  project.provide('testAdminUrl', cluster.adminUrl);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
