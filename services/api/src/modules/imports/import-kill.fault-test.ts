import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Measure, runAggregate } from '../../analytics/index.js';
import { prepareDatabase } from '../../app/prepare-database.js';
import { runSql, sql } from '../../database/sql-fragment.js';
import { fingerprintParticipantData, importLines, TEST_PESEL_SECRET } from '../../test-support/import-files.js';
import { runHubImportJson } from '../../test-support/hub-cli.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { waitUntil } from '../../test-support/wait-until.js';
import { registerLines, workshopFile, WORKSHOP_PARTICIPANTS } from '../../test-support/workshop-files.js';
import { Role } from '../../access/viewer.js';

const hubCli = fileURLToPath(new URL('../../../dist/cli/hub.js', import.meta.url));

/**
 * Where `hub import` is killed. A phase is reached when the importer runs its statement; the later
 * ones are held there by a lock this test takes first (the importer then waits in the phase, seen in
 * pg_stat_activity as blocked by the test's connection), so no phase is ever missed or guessed by time.
 */
const PHASES = [
  // Rows flow in by COPY: into attendance itself for a first import of its sessions (this file), else into the staging table.
  { phase: 'reading and writing rows', hold: null, statement: /^copy /i },
  // Attendance rows are written next: by that COPY, or by the merge's updates and inserts.
  { phase: 'writing the data tables', hold: 'lock table attendance in share mode', statement: /^(update|insert into|copy) "attendance"/i },
  // Every row is merged in the transaction; the rollups are rewritten next.
  {
    phase: 'refreshing the analytics rollups in the import transaction',
    hold: 'lock table analytics_attendance_p, analytics_attendance_pm, analytics_attendance_pa, analytics_attendance_pam, analytics_attendance_cube in share mode',
    statement: /analytics_attendance_/i,
  },
] as const;

const ANALYTICS_MEASURES = [Measure.ATTENDANCE_RECORDS, Measure.ATTENDANCES, Measure.ACTIVE_PARTICIPANTS, Measure.SESSIONS] as const;

describe('hub import killed with SIGKILL in each phase (npm run test:faults)', () => {
  let testHub: TestHub;
  let dir: string;
  let file: string;
  let content: ReturnType<typeof workshopFile>;
  let programmeId: number;
  let gate: pg.Client;
  let gatePid: number;

  /** What the dashboard would show: each measure's programme total, as ADMIN. */
  const analytics = async () => {
    const em = testHub.database.orm.em.fork();
    const answers: Record<string, unknown> = {};
    for (const measure of ANALYTICS_MEASURES) {
      const answer = await runAggregate(em, { programmeCode: 'RDR-PLOCK-2011', measure, viewer: viewerFor(Role.ADMIN), k: 1 });
      answers[measure] = answer.rows.map((row) => row.value);
    }
    return answers;
  };
  const rollupsFresh = async () =>
    (await runSql<{ fresh: boolean }>(testHub.database.orm.em.fork(), sql`select not dirty as fresh from analytics_rollup_state where programme_id = ${programmeId}`))[0]
      ?.fresh;

  beforeAll(async () => {
    testHub = await createTestHub();
    await importLines(testHub.database.orm, 'mops-register', registerLines());
    [{ id: programmeId }] = (await runSql<{ id: number }>(testHub.database.orm.em.fork(), sql`select id from programme where code = 'RDR-PLOCK-2011'`)) as [{ id: number }];
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-kill-'));
    file = path.join(dir, 'warsztaty.csv');
    // About 91,000 rows: staging lasts long enough to be caught at it, the rest is held by locks.
    content = workshopFile('2012-02-29');
    await writeFile(file, content.text);
    gate = new pg.Client({ connectionString: testHub.database.url });
    await gate.connect();
    gatePid = (await gate.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
  });
  afterAll(async () => {
    await gate?.end();
    await testHub?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(PHASES.map((phase, index) => ({ ...phase, killedSoFar: index + 1 })))('stores nothing when killed while $phase; start-up marks the batch INTERRUPTED and analytics stay exact and fresh', async ({ hold, statement, killedSoFar }) => {
    const before = { data: await fingerprintParticipantData(testHub.database.orm), analytics: await analytics() };
    expect(await rollupsFresh()).toBe(true);
    if (hold) await gate.query(`begin; ${hold}`);
    const child = spawn(process.execPath, [hubCli, 'import', '--partner', 'MOPS', '--kind', 'mops-workshops', file], {
      env: { ...process.env, DATABASE_URL: testHub.database.url, HUB_SECRET: TEST_PESEL_SECRET, HUB_DATA_DIR: dir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(child, 'exit');
    try {
      const importer = await waitUntil(
        'the importer reaches the phase',
        async () => {
          if (child.exitCode !== null) throw new Error(`the importer exited with ${child.exitCode} before the phase: ${stderr}`);
          // Asked outside the gate's transaction: a transaction sees pg_stat_activity as of its first look.
          const rows = await runSql<{ pid: number; query: string }>(
            testHub.database.orm.em.fork(),
            hold
              ? sql`select pid, query from pg_stat_activity where ${gatePid}::int = any(pg_blocking_pids(pid))`
              : sql`select pid, query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and query like 'copy %'`,
          );
          if (rows[0] && !statement.test(rows[0].query)) throw new Error(`the importer waits in another statement: ${rows[0].query.slice(0, 80)}`);
          return rows[0];
        },
        { timeoutMs: 240_000 },
      );
      child.kill('SIGKILL');
      await exited;
      // A backend waiting on a lock notices its client is gone only once it has the lock and answers.
      if (hold) await gate.query('rollback');
      await waitUntil("PostgreSQL ends the killed importer's backend", async () => {
        const { rows } = await gate.query('select 1 from pg_stat_activity where pid = $1', [importer.pid]);
        return rows.length === 0;
      });
    } finally {
      // Whatever failed above, leave no importer or lock behind for the next phase.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await gate.query('rollback');
    }

    expect(await fingerprintParticipantData(testHub.database.orm)).toEqual(before.data);
    const log: string[] = [];
    await prepareDatabase({ orm: testHub.database.orm, config: testHub.hub.config, log: (message) => log.push(message) });
    expect(log).toEqual(['1 import(s) cut off by an earlier stop marked INTERRUPTED (nothing of them was stored).']);
    const batches = await runSql<{ status: string }>(testHub.database.orm.em.fork(), sql`select status from import_batch where kind = 'mops-workshops' order by id`);
    expect(batches.map((batch) => batch.status)).toEqual(Array(killedSoFar).fill('INTERRUPTED'));
    expect(await rollupsFresh()).toBe(true);
    expect(await analytics()).toEqual(before.analytics);
  });

  it('then imports the file whole, with exact analytics from fresh rollups', async () => {
    const result = await runHubImportJson({ dir, databaseUrl: testHub.database.url, kind: 'mops-workshops', file });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: 'SUCCEEDED', rowsRead: content.rows, inserted: content.rows });
    expect(await rollupsFresh()).toBe(true);
    const days = content.rows / 5 / WORKSHOP_PARTICIPANTS;
    expect(await analytics()).toEqual({
      [Measure.ATTENDANCE_RECORDS]: [content.rows],
      [Measure.ATTENDANCES]: [content.present],
      [Measure.ACTIVE_PARTICIPANTS]: [(WORKSHOP_PARTICIPANTS * 3) / 4],
      [Measure.SESSIONS]: [days * 5],
    });
  });
});
