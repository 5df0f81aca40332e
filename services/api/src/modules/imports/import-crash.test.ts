import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { importLines, TEST_PESEL_SECRET } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { waitUntil } from '../../test-support/wait-until.js';
import { registerLines, workshopFile } from '../../test-support/workshop-files.js';
import { cliViewer } from '../../access/viewer.js';
import { importPartnerFile } from './import.service.js';
import { markInterruptedImports } from './import-locks.js';

const hubCli = fileURLToPath(new URL('../../../dist/cli/hub.js', import.meta.url));

describe('an import cut off or raced', () => {
  let testHub: TestHub;
  let dir: string;
  let file: string;
  let rows: number;

  beforeAll(async () => {
    testHub = await createTestHub();
    expect((await importLines(testHub.database.orm, 'mops-register', registerLines())).inserted).toBe(100);
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-crash-'));
    file = path.join(dir, 'warsztaty.csv');
    // Every participant at all five activities every day (228,500 rows: seconds to import).
    const content = workshopFile();
    rows = content.rows;
    await writeFile(file, content.text);
  });
  afterAll(async () => {
    await testHub.close();
    await rm(dir, { recursive: true, force: true });
  });

  const counts = async () =>
    (await runSql<{ sessions: number; attendance: number }>(
      testHub.database.orm.em.fork(),
      sql`select (select count(*) from session)::int as sessions, (select count(*) from attendance)::int as attendance`,
    ))[0];

  it('stores nothing of a file whose importer is killed with SIGKILL, shows the batch as interrupted, and takes the file again', async () => {
    const child = spawn(process.execPath, [hubCli, 'import', '--partner', 'MOPS', '--kind', 'mops-workshops', file], {
      env: { ...process.env, DATABASE_URL: testHub.database.url, HUB_SECRET: TEST_PESEL_SECRET, HUB_DATA_DIR: dir },
      stdio: 'ignore',
    });
    // Kill it once its rows are flowing into the database: its connection has started a COPY (a first
    // import of these sessions writes attendance directly; any other through the staging table).
    const em = testHub.database.orm.em.fork();
    const importer = await waitUntil('the importer writes rows', async () => {
      if (child.exitCode !== null) throw new Error(`the importer exited with ${child.exitCode} before it wrote a row`);
      const [backend] = await runSql<{ pid: number }>(
        em,
        sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
            and query ilike 'copy %'`,
      );
      return backend;
    });
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(rows).toBe(228_500);
    expect(await counts()).toEqual({ sessions: 0, attendance: 0 });
    // The killed connection's locks go when PostgreSQL notices the closed socket and ends its backend.
    await waitUntil('PostgreSQL ends the killed importer\'s backend', async () => {
      const [gone] = await runSql<{ gone: boolean }>(em, sql`select not exists (select 1 from pg_stat_activity where pid = ${importer.pid}) as gone`);
      return gone!.gone;
    });
    const marked = await markInterruptedImports(testHub.database.orm.em.fork());
    expect(marked).toBe(1);
    const [batch] = await runSql<{ status: string; kind: string }>(em, sql`select status, kind from import_batch where kind = 'mops-workshops'`);
    expect(batch).toEqual({ status: 'INTERRUPTED', kind: 'mops-workshops' });

    const again = await importLines(testHub.database.orm, 'mops-workshops', [], { bytes: await readFile(file) });
    expect([again.outcome, again.rowsRead, again.inserted]).toEqual(['SUCCEEDED', rows, rows]);
    expect((await counts())!.attendance).toBe(rows);
  });

  it('serialises two imports of the same file at once: one inserts, the other finds everything unchanged', async () => {
    const results = await Promise.all(
      [0, 1].map(() =>
        importPartnerFile({
          orm: testHub.database.orm,
          programmeCode: 'RDR-PLOCK-2011',
          partnerCode: 'MOPS',
          kind: 'mops-childcare',
          encoding: 'utf-8',
          fileName: 'opieka.csv',
          open: () => Readable.from([Buffer.from('kod_uczestnika;data;liczba_dzieci;godziny\nRDR-001;2011-10-03;2;3\nRDR-002;2011-10-03;1;2,5\n')]),
          viewer: cliViewer,
          peselSecret: TEST_PESEL_SECRET,
        }),
      ),
    );
    expect(results.map((report) => [report.outcome, report.inserted, report.unchanged]).sort()).toEqual([
      ['SUCCEEDED', 0, 2],
      ['SUCCEEDED', 2, 0],
    ]);
    const [childcare] = await runSql<{ n: number }>(testHub.database.orm.em.fork(), sql`select count(*)::int as n from childcare`);
    expect(childcare!.n).toBe(2);
  });
});
