import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHubImportJson } from '../../test-support/hub-cli.js';
import { registerParticipants } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { formatImportReport, MAX_LISTED_ERRORS, MAX_REPORTED_VALUE_CHARS, type ImportReport } from './import-report.js';

const W = 'kod_uczestnika;warsztat;data;godziny;obecnosc';
const LONG_ROWS = 2_000;
const SHORT_ROWS = 100_000;

describe('hub import on huge bad files (npm run test:faults)', () => {
  let testHub: TestHub;
  let dir: string;

  beforeAll(async () => {
    testHub = await createTestHub();
    await registerParticipants(testHub.database.orm);
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-import-bounds-'));
  });
  afterAll(async () => {
    await testHub.close();
    await rm(dir, { recursive: true, force: true });
  });

  it(`stays under 500 MB and prints a bounded report for ${LONG_ROWS.toLocaleString('en')} 20 KB bad values and ${SHORT_ROWS.toLocaleString('en')} bad rows`, async () => {
    const file = path.join(dir, 'huge-bad.csv');
    const out = createWriteStream(file);
    out.write(`${W}\r\n`);
    const longValue = 'X'.repeat(20_000);
    for (let row = 0; row < LONG_ROWS; row += 1) out.write(`RDR-001;${longValue};2011-10-05;3;OB\r\n`);
    const shortRows = 'RDR-999;MOPS-W1;2011-10-05;3;OB\r\n'.repeat(1_000);
    for (let block = 0; block < SHORT_ROWS / 1_000; block += 1) out.write(shortRows);
    out.end();
    await finished(out);

    const result = await runHubImportJson({ dir, databaseUrl: testHub.database.url, kind: 'mops-workshops', file });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as ImportReport & { batch: number };
    expect(report).toMatchObject({
      outcome: 'REJECTED',
      rowsRead: LONG_ROWS + SHORT_ROWS,
      totalErrors: LONG_ROWS + SHORT_ROWS,
      badRows: LONG_ROWS + SHORT_ROWS,
      errorsByCode: { FIELD_TOO_LONG: LONG_ROWS, UNKNOWN_PARTICIPANT: SHORT_ROWS },
    });
    expect(report.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(Math.max(...report.errors.map((error) => error.value.length))).toBe(MAX_REPORTED_VALUE_CHARS + 1);
    expect(result.stdout.length).toBeLessThan(512 * 1024);
    process.stdout.write(`hub import of ${(LONG_ROWS * 20_030 + SHORT_ROWS * 33) / 1e6} MB of bad rows: peak RSS ${Math.round(result.maxRssKb / 1024)} MB\n`);
    expect(result.maxRssKb / 1024).toBeLessThan(500);
    // The text report is bounded too: 100 problems, then the rest counted by code.
    const text = formatImportReport(report);
    expect(text.split('\n')).toHaveLength(3 + 100 + 1);
    expect(text).toContain(`… ${LONG_ROWS + SHORT_ROWS - 100} more problems not shown (all problems by code: FIELD_TOO_LONG ${LONG_ROWS}, UNKNOWN_PARTICIPANT ${SHORT_ROWS})`);
  });
});
