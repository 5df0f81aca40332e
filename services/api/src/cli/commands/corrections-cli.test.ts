import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { runHubInProcess } from '../../test-support/run-cli-command.js';
import { FIRST_PARTICIPANT, importLines, registerParticipants, TEST_PESEL_SECRET } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';

const hubCli = fileURLToPath(new URL('../../../dist/cli/hub.js', import.meta.url));

describe('hub import --mode/--dry-run, hub withdraw, hub participant', () => {
  let testHub: TestHub;
  let dir: string;
  beforeAll(async () => {
    testHub = await createTestHub();
    await registerParticipants(testHub.database.orm, [
      FIRST_PARTICIPANT,
      'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
    ]);
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-cli-corrections-'));
    await writeFile(path.join(dir, 'v2.csv'), 'kod_uczestnika;warsztat;data;godziny;obecnosc\nRDR-001;MOPS-W1;2011-09-15;2;OB\nRDR-002;MOPS-W1;2011-09-15;2;NB\n');
  });
  afterAll(async () => {
    await testHub.close();
    await rm(dir, { recursive: true, force: true });
  });

  const env = () => ({ DATABASE_URL: testHub.database.url, HUB_SECRET: TEST_PESEL_SECRET, HUB_DATA_DIR: dir, INIT_CWD: dir });
  /** The built command in a process of its own: erasing reads its confirmation from the process's real stdin. */
  const builtHub = (args: string[], input?: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [hubCli, ...args],
        { env: { ...process.env, ...env() } },
        (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin!.end(input ?? '');
    });
  const hub = (args: string[]) => runHubInProcess(args, { env: env() });
  const workshops = (file: string, ...extra: string[]) => hub(['import', '--partner', 'MOPS', '--kind', 'mops-workshops', ...extra, file]);

  // A process start costs more than the commands themselves: only erasing, which reads the real stdin, runs the built command.
  it('previews (printing batch N), withdraws, and erases only on "yes" read from standard input', async () => {
    await importLines(testHub.database.orm, 'mops-workshops', [
      'kod_uczestnika;warsztat;data;godziny;obecnosc', 'RDR-001;MOPS-W1;2011-09-14;2;OB', 'RDR-002;MOPS-W1;2011-09-14;2;OB',
    ]);
    const preview = await workshops('v2.csv', '--mode', 'replace', '--dry-run', '--allow-mass-delete');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/^v2\.csv \(MOPS mops-workshops, programme RDR-PLOCK-2011, batch \d+\): dry run \(mode replace, 2011-09-01 … 2011-09-30\) — nothing was stored/);
    expect(preview.stdout).toContain('rows read 2 · inserted 2 · updated 0 · deleted 2 · unchanged 0');
    expect(preview.stdout).toContain('first deleted: RDR-001 MOPS-W1 2011-09-14; RDR-002 MOPS-W1 2011-09-14');

    const replaced = await importLines(testHub.database.orm, 'mops-workshops', [
      'kod_uczestnika;warsztat;data;godziny;obecnosc', 'RDR-001;MOPS-W1;2011-09-15;2;OB', 'RDR-002;MOPS-W1;2011-09-15;2;NB',
    ], { mode: 'REPLACE', allowMassDelete: true });
    const withdrawn = await hub(['withdraw', String(replaced.batchId)]);
    expect([withdrawn.code, withdrawn.stdout]).toEqual([
      0,
      `batch ${replaced.batchId} (MOPS mops-workshops) withdrawn: 3 rows it inserted deleted, 3 rows it updated or deleted restored (sessions included).\n`,
    ]);

    const erased = await builtHub(['participant', 'erase', '--code', 'RDR-002'], 'yes\n');
    expect([erased.code, erased.stdout]).toEqual([0, 'RDR-002 erased from RDR-PLOCK-2011: attendance 1, childcare 0, support_item 0, participant_result 0, exam_result 0, session 0, participant 1.\n']);
    const [left] = await runSql(testHub.database.orm.em.fork(), sql`select count(*)::int as people from participant`);
    expect(left).toEqual({ people: 1 });
  });
});
