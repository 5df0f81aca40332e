import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../cli/commands/export.js';
import { UsageError } from '../../cli/cli-command.js';
import {
  parseCsvExport,
  publishedFromCsv,
  publishedFromGraphql,
  readXlsxExport,
  sheetRows,
} from '../../test-support/export-files.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Role } from '../../access/viewer.js';
import type { ExportDocument } from './export-document.js';
import { XLSX_SHEETS } from './export-xlsx.js';

const PROGRAMME = 'RDR-PLOCK-2011';

/** `hub export …` against a real database, reading DATABASE_URL and HUB_SECRET like the installed tool. */
describe('hub export', () => {
  let testHub: TestHub;
  let outDir: string;
  const saved = { ...process.env };

  async function run(args: string[]): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    const stdout: Buffer[] = [];
    let stderr = '';
    // The command waits for stdout's write callback (so a large file is flushed before exit): call it.
    const capture = (sink: (chunk: unknown) => void) => (chunk: unknown, ...rest: unknown[]) => {
      sink(chunk);
      const callback = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    };
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture((chunk) => stdout.push(Buffer.from(chunk as string | Buffer))) as never);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture((chunk) => (stderr += String(chunk))) as never);
    try {
      return { code: await exportCommand.run(args), stdout: Buffer.concat(stdout), stderr };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  beforeAll(async () => {
    testHub = await createTestHub({ seededPilot: true });
    outDir = await mkdtemp(path.join(os.tmpdir(), 'razem-export-cli-'));
    process.env.DATABASE_URL = testHub.database.url;
    process.env.HUB_SECRET = TEST_HUB_SECRET;
    process.env.HUB_DATA_DIR = '/nonexistent';
    delete process.env.SUPPRESSION_K;
  });
  afterAll(async () => {
    process.env = saved;
    await testHub.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('exports the indicators as CSV on stdout, exact (ADMIN) by default, for the only programme', async () => {
    const { code, stdout, stderr } = await run(['--format', 'csv']);
    expect(code).toBe(0);
    expect(stderr).toBe(`Exported indicators of ${PROGRAMME} as CSV for ADMIN (K = 5).\n`);
    const records = parseCsvExport(stdout);
    const result = await testHub.hub.execute<{ indicators: { code: string; value: number | null; suppressed: boolean }[] }>(
      `{ indicators(programme: "${PROGRAMME}") { code value suppressed } }`,
    );
    expect(records.map((record) => [record.indicator, publishedFromCsv(record.value, '<5')])).toEqual(
      result.data!.indicators.map((indicator) => [indicator.code, indicator.value]),
    );
    expect(records.every((record) => record.role === 'ADMIN')).toBe(true);
  });

  it('with --role EVALUATOR writes a suppressed XLSX to --out', async () => {
    const file = path.join(outDir, 'evaluator.xlsx');
    const { code, stderr } = await run(['--format', 'xlsx', '--role', 'evaluator', '--out', file, '--programme', PROGRAMME]);
    expect(code).toBe(0);
    expect(stderr).toContain(`Exported indicators of ${PROGRAMME} as XLSX for EVALUATOR (K = 5) to ${file} (`);
    const workbook = await readXlsxExport(await readFile(file));
    const metadata = new Map(sheetRows(workbook.getWorksheet(XLSX_SHEETS.metadata)!).map((row) => [row[0], row[1]]));
    expect(metadata.get('Rola / Role')).toBe('EVALUATOR');
    expect(sheetRows(workbook.getWorksheet(XLSX_SHEETS.esf)!).flat()).toContain('<5');

    const [entry] = await testHub.database.orm.em.fork().find(AuditEntry, { action: 'export.indicators' }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(entry).toMatchObject({ actor: 'cli', programmeCode: PROGRAMME, details: { format: 'xlsx', role: 'EVALUATOR', via: 'cli' } });
  });

  it('exports an aggregate with --measure, --group-by and filters, suppressed as a PARTNER\'s GraphQL answer', async () => {
    const { code, stdout } = await run([
      '--format', 'json', '--role', 'PARTNER', '--partner', 'cisi', '--measure', 'ACTIVE_PARTICIPANTS', '--group-by', 'PARTNER,SEX', '--age-bands', 'AGE_55_PLUS',
    ]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout.toString('utf8')) as ExportDocument;
    expect(document).toMatchObject({ kind: 'aggregate', role: 'PARTNER', partnerCode: 'CISI', filter: { ageBands: ['AGE_55_PLUS'] } });
    const result = await testHub.hub.execute<{ aggregate: { keys: unknown[]; value: number | null; suppressed: boolean }[] }>(
      `{ aggregate(programme: "${PROGRAMME}", measure: ACTIVE_PARTICIPANTS, groupBy: [PARTNER, SEX], filter: { ageBands: [AGE_55_PLUS] }) { keys { dimension code label } value suppressed } }`,
      {},
      viewerFor(Role.PARTNER, 'CISI'),
    );
    expect(document.aggregate!.rows).toEqual(result.data!.aggregate);
    // CISI's own cells are exact; some other partner's are hidden.
    expect(result.data!.aggregate.some((row) => row.suppressed)).toBe(true);
    expect(document.aggregate!.rows.filter((row) => row.keys[0]!.code === 'CISI').every((row) => !row.suppressed)).toBe(true);

    const csv = await run(['--format', 'csv', '--role', 'STEERING', '--measure', 'PARTICIPANTS', '--group-by', 'SEX', '--sep', 'semicolon', '--decimal', 'comma']);
    const steering = await testHub.hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null; suppressed: boolean }[] }>(
      `{ aggregate(programme: "${PROGRAMME}", measure: PARTICIPANTS, groupBy: [SEX]) { keys { code } value suppressed } }`,
      {},
      viewerFor(Role.STEERING),
    );
    expect(parseCsvExport(csv.stdout, ';').map((record) => [record.sex, publishedFromCsv(record.value, '<5'), record.role])).toEqual(
      steering.data!.aggregate.map((row) => [row.keys[0]!.code, publishedFromGraphql(row.value, row.suppressed), 'STEERING']),
    );
  });

  it.each([
    [[], '--format is required: one of csv, xlsx, json.'],
    [['--format', 'pdf'], '--format is required: one of csv, xlsx, json.'],
    [['--format', 'csv', '--group-by', 'SEX'], '--group-by needs --measure.'],
    [['--format', 'csv', '--partner', 'MOPS'], '--partner goes with --role PARTNER.'],
    [['--format', 'csv', '--role', 'ROOT'], 'Unknown role "ROOT": expected one of ADMIN, STEERING, PARTNER, EVALUATOR.'],
    [['--format', 'csv', '--role', 'PARTNER'], 'The PARTNER role needs --partner CODE (e.g. MOPS, CISI, ZDZ).'],
    [['--format', 'csv', '--measure', 'PEOPLE'], '--measure: measure: unknown value "PEOPLE"'],
    [['--format', 'csv', '--measure', 'SESSIONS', '--group-by', 'SEX,SEX'], '--group-by: groupBy names SEX twice.'],
    [['--format', 'csv', '--from', '2012-13-01'], '--from: from must be a date written YYYY-MM-DD'],
    [['--format', 'json', '--sep', 'semicolon'], '--sep: sep applies to CSV exports only, not to json.'],
    [['--format', 'csv', '--programme', 'NOPE'], '--programme: There is no programme with the code "NOPE".'],
  ])('refuses %j with a usage error', async (args, message) => {
    const error = await run(args).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
  });
});
