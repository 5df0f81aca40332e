import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHubInProcess } from '../../test-support/run-cli-command.js';
import { registerParticipants, TEST_PESEL_SECRET } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';

describe('hub import', () => {
  let testHub: TestHub;
  let dir: string;
  beforeAll(async () => {
    testHub = await createTestHub();
    await registerParticipants(testHub.database.orm);
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-cli-import-'));
  });
  afterAll(async () => {
    await testHub.close();
    await rm(dir, { recursive: true, force: true });
  });

  const hubImport = async (file: string) => {
    const { code, stdout, stderr } = await runHubInProcess(['import', '--partner', 'ZDZ', '--kind', 'zdz-attendance', '--encoding', 'windows-1250', file], {
      env: { DATABASE_URL: testHub.database.url, HUB_SECRET: TEST_PESEL_SECRET, HUB_DATA_DIR: dir, INIT_CWD: dir },
    });
    return { code, output: stdout + stderr };
  };

  it('prints the counts of an accepted Windows-1250 file and, for a rejected one, the report with no name or PESEL in it', async () => {
    const good = path.join(dir, 'obecnosci.csv');
    await writeFile(good, iconv.encode('pesel;nazwisko;imie;kurs;data;godz_lekcyjne;obecnosc\r\n85031501234;Wójcik;Łukasz;K02;2012-03-05;5;1\r\n', 'win1250'));
    const accepted = await hubImport('obecnosci.csv');
    expect(accepted.code).toBe(0);
    expect(accepted.output).toContain('rows read 1 · inserted 1 · updated 0 · deleted 0 · unchanged 0');

    const bad = path.join(dir, 'obecnosci-zle.csv');
    await writeFile(bad, iconv.encode('pesel;nazwisko;imie;kurs;data;godz_lekcyjne;obecnosc\r\n77070701016;Gręś;Żaneta;K02;2012-03-05;5;1\r\n', 'win1250'));
    const rejected = await hubImport('obecnosci-zle.csv');
    expect(rejected.code).toBe(1);
    expect(rejected.output).toContain('REJECTED — nothing from this file was stored.');
    expect(rejected.output).toContain('line 2, column pesel, value "*********16": no participant with this PESEL in the MOPS register');
    for (const secret of ['77070701016', '85031501234', 'Gręś', 'Żaneta', 'Wójcik', 'Łukasz']) expect(rejected.output + accepted.output).not.toContain(secret);
  });
});
