import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mayWriteInBulkMode } from '../../database/bulk-mode.js';
import { createOrmConfig } from '../../app/orm-config.js';
import { rawSql, runSql } from '../../database/sql-fragment.js';
import { seedSyntheticData } from '../../seeding/seed-synthetic-data.js';
import { PILOT_IMPORT_REPORTS, PILOT_STORED_COUNTS, pilotReportRows, storedPilotCounts } from '../../test-support/pilot-expectations.js';
import { compareReadPaths, DIMENSION_PAIRS, readPathQuestions } from '../../test-support/read-paths.js';
import { adminQuery } from '../../test-support/template-databases.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { cliViewer } from '../../access/viewer.js';
import type { ImportReport } from './import-report.js';

const SECRET = 'pilot-plain-role-test-secret-0123456789abcdef';

/**
 * The hub as a least-privilege deployment runs it: a plain LOGIN role with rights on the data only,
 * which may not switch off foreign-key triggers, so imports and rollup rebuilds take the slower path
 * with every trigger firing (database/bulk-mode.ts). The pilot goes in through that role, with the
 * same outcome as under the embedded server's superuser (pilot-import.test.ts), and its read paths
 * then agree as on the reference dataset (analytics/read-paths.test.ts), on pilot-sized data.
 */
describe('the synthetic pilot imported by a role that is not a superuser', () => {
  const role = `hub_importer_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(16).toString('hex');
  let database: TestDatabase;
  let plain: MikroORM;
  let filesDir: string;
  let reports: ImportReport[];

  beforeAll(async () => {
    database = await createTestDatabase();
    await adminQuery(inject('testAdminUrl'), (client) => `create role ${client.escapeIdentifier(role)} login password ${client.escapeLiteral(password)}`);
    const em = database.orm.em.fork();
    for (const grant of [
      `grant usage on schema public to "${role}"`,
      `grant select, insert, update, delete, truncate on all tables in schema public to "${role}"`,
      `grant usage, select, update on all sequences in schema public to "${role}"`,
    ]) {
      await runSql(em, rawSql(grant));
    }
    const url = new URL(database.url);
    url.username = role;
    url.password = password;
    plain = await MikroORM.init(createOrmConfig({ clientUrl: url.toString() }));
    filesDir = await mkdtemp(path.join(os.tmpdir(), 'razem-plain-role-'));
    reports = await seedSyntheticData({ orm: plain, scale: 'pilot', filesDir, viewer: cliViewer, peselSecret: SECRET });
  });
  afterAll(async () => {
    await plain?.close(true);
    await database?.destroy();
    await adminQuery(inject('testAdminUrl'), (client) => `drop role if exists ${client.escapeIdentifier(role)}`);
    if (filesDir) await rm(filesDir, { recursive: true, force: true });
  });

  it('runs as a role that may not write in bulk mode (the superuser may)', async () => {
    expect(await mayWriteInBulkMode(plain.em.fork())).toBe(false);
    expect(await mayWriteInBulkMode(database.orm.em.fork())).toBe(true);
  });

  it('accepts all eight files and stores every row, as the superuser does', async () => {
    expect(pilotReportRows(reports)).toEqual(PILOT_IMPORT_REPORTS);
    expect(await storedPilotCounts(plain)).toEqual(PILOT_STORED_COUNTS);
  });

  // A subset on the pilot keeps the time modest (the reference dataset gets all 1,386): every measure
  // by every dimension, unfiltered and by one activity kind over whole months (a monthly cube or
  // rollup read with a period), and ACTIVE_PARTICIPANTS — distinct people, where a cube could
  // double-count — by every pair of dimensions.
  const questions = [
    ...readPathQuestions({ filters: ['none', 'one activity kind, whole months'], pairs: [] }),
    ...readPathQuestions({ measures: ['ACTIVE_PARTICIPANTS'], filters: [], pairs: DIMENSION_PAIRS }),
  ];

  it(`answers ${questions.length} questions alike from the base tables and from rollups rebuilt by this role`, async () => {
    const { differing, withData } = await compareReadPaths(plain, 'RDR-PLOCK-2011', questions);
    expect(differing).toEqual([]);
    expect(withData).toBeGreaterThan(questions.length / 2);
  });
});
