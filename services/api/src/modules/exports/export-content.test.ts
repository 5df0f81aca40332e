import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseCsvExport,
  publishedFromCsv,
  publishedFromGraphql,
  publishedFromXlsx,
  readXlsxExport,
  sheetRows,
  type Published,
} from '../../test-support/export-files.js';
import { createHub } from '../../app/create-hub.js';
import { readConfig } from '../../config/env.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Role, type Viewer } from '../../access/viewer.js';
import { EXPORT_FORMAT_VERSION, type ExportDocument } from './export-document.js';
import { parseExportParameters, type ExportFormat, type ExportKind } from './export-parameters.js';
import { createExport } from './export.service.js';
import { XLSX_SHEETS } from './export-xlsx.js';

const PROGRAMME = 'RDR-PLOCK-2011';
const K = 5;
const MARKER = `<${K}`;

interface GraphqlIndicator {
  code: string;
  name: string;
  value: number | null;
  target: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}
interface GraphqlRow {
  keys: { dimension: string; code: string; label: string }[];
  value: number | null;
  suppressed: boolean;
}

const INDICATORS_QUERY = `query($p: String!, $f: AnalyticsFilter) {
  indicators(programme: $p, filter: $f) { code name value target numerator denominator suppressed }
}`;
const AGGREGATE_QUERY = `query($p: String!, $m: Measure!, $g: [Dimension!]!, $f: AnalyticsFilter) {
  aggregate(programme: $p, measure: $m, groupBy: $g, filter: $f) { keys { dimension code label } value suppressed }
}`;

/** The viewers every comparison runs for: suppressed, exact, and a partner (exact on its own activities only). */
const VIEWERS: [string, Viewer][] = [
  ['EVALUATOR', viewerFor(Role.EVALUATOR)],
  ['STEERING', viewerFor(Role.STEERING)],
  ['PARTNER CISI', viewerFor(Role.PARTNER, 'CISI')],
];

/** Query strings and the GraphQL filter each means. */
const INDICATOR_CASES: { query: string; filter: Record<string, unknown> | null }[] = [
  { query: '', filter: null },
  // Small enough that EVALUATOR sees most indicators hidden.
  { query: 'sexes=MALE&ageBands=UNDER_18', filter: { sexes: ['MALE'], ageBands: ['UNDER_18'] } },
  { query: 'partners=ZDZ&from=2012-01-01&to=2012-06-30', filter: { partners: ['ZDZ'], from: '2012-01-01', to: '2012-06-30' } },
];

const AGGREGATE_CASES: { query: string; measure: string; groupBy: string[]; filter: Record<string, unknown> | null }[] = [
  { query: 'measure=PARTICIPANTS&groupBy=SEX,AGE_BAND', measure: 'PARTICIPANTS', groupBy: ['SEX', 'AGE_BAND'], filter: null },
  { query: 'measure=ATTENDANCE_RATE&groupBy=PARTNER,MONTH', measure: 'ATTENDANCE_RATE', groupBy: ['PARTNER', 'MONTH'], filter: null },
  { query: 'measure=ATTENDANCE_HOURS&groupBy=ACTIVITY&labourStatuses=EMPLOYED', measure: 'ATTENDANCE_HOURS', groupBy: ['ACTIVITY'], filter: { labourStatuses: ['EMPLOYED'] } },
  { query: 'measure=RESULTS&groupBy=RESULT_TYPE,EDUCATION&sexes=FEMALE', measure: 'RESULTS', groupBy: ['RESULT_TYPE', 'EDUCATION'], filter: { sexes: ['FEMALE'] } },
  { query: 'measure=CERTIFICATES', measure: 'CERTIFICATES', groupBy: [], filter: null },
];

describe('exports carry exactly what GraphQL answers the same role', () => {
  let testHub: TestHub;

  beforeAll(async () => {
    testHub = await createTestHub({ seededPilot: true });
  });
  afterAll(async () => {
    await testHub.close();
  });

  async function exportFile(viewer: Viewer, kind: ExportKind, format: ExportFormat, query: string) {
    const request = parseExportParameters({ kind, format, parameters: new URLSearchParams(`programme=${PROGRAMME}${query ? `&${query}` : ''}`) });
    return createExport(testHub.hub.orm.em.fork(), { request, viewer, k: K });
  }

  async function graphql<T>(viewer: Viewer, query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await testHub.hub.execute<T>(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  const graphqlIndicators = async (viewer: Viewer, filter: Record<string, unknown> | null) =>
    (await graphql<{ indicators: GraphqlIndicator[] }>(viewer, INDICATORS_QUERY, { p: PROGRAMME, f: filter })).indicators;
  const graphqlAggregate = async (viewer: Viewer, measure: string, groupBy: string[], filter: Record<string, unknown> | null) =>
    (await graphql<{ aggregate: GraphqlRow[] }>(viewer, AGGREGATE_QUERY, { p: PROGRAMME, m: measure, g: groupBy, f: filter })).aggregate;

  const expectedIndicator = (indicator: GraphqlIndicator): Published[] => [
    publishedFromGraphql(indicator.value, indicator.suppressed),
    indicator.target,
    publishedFromGraphql(indicator.numerator, indicator.suppressed),
    publishedFromGraphql(indicator.denominator, indicator.suppressed),
  ];

  describe.each(VIEWERS)('indicators for %s', (_, viewer) => {
    it.each(INDICATOR_CASES)('CSV, XLSX and JSON match `indicators` (filter "$query")', async ({ query, filter }) => {
      const expected = await graphqlIndicators(viewer, filter);
      expect(expected).toHaveLength(10);

      const csv = parseCsvExport((await exportFile(viewer, 'indicators', 'csv', query)).body);
      expect(csv.map((record) => record.indicator)).toEqual(expected.map((indicator) => indicator.code));
      csv.forEach((record, index) => {
        const indicator = expected[index]!;
        expect(record.name).toBe(indicator.name);
        expect([record.value, record.target, record.numerator, record.denominator].map((text) => publishedFromCsv(text, MARKER))).toEqual(
          expectedIndicator(indicator),
        );
        expect(record).toMatchObject({ programme: PROGRAMME, role: viewer.role, role_partner: viewer.partnerCode ?? '', suppression_k: String(K) });
      });

      const workbook = await readXlsxExport((await exportFile(viewer, 'indicators', 'xlsx', query)).body);
      const rows = sheetRows(workbook.getWorksheet(XLSX_SHEETS.values)!);
      expect(rows[0]).toEqual(['Kod / Code', 'Nazwa / Name', 'Jednostka / Unit', 'Wartość / Value', 'Cel / Target', 'Licznik / Numerator', 'Mianownik / Denominator']);
      expect(rows.slice(1).map((row) => row[0])).toEqual(expected.map((indicator) => indicator.code));
      rows.slice(1).forEach((row, index) => {
        expect([3, 4, 5, 6].map((column) => publishedFromXlsx(row[column], MARKER))).toEqual(expectedIndicator(expected[index]!));
      });

      const json = JSON.parse((await exportFile(viewer, 'indicators', 'json', query)).body.toString('utf8')) as ExportDocument;
      expect(json.version).toBe(EXPORT_FORMAT_VERSION);
      expect(json.indicators!.map(({ code, name, value, target, numerator, denominator, suppressed }) => ({ code, name, value, target, numerator, denominator, suppressed }))).toEqual(expected);
    });
  });

  describe.each(VIEWERS)('aggregates for %s', (_, viewer) => {
    it.each(AGGREGATE_CASES)('CSV, XLSX and JSON match `aggregate` ($query)', async ({ query, measure, groupBy, filter }) => {
      const expected = await graphqlAggregate(viewer, measure, groupBy, filter);
      expect(expected.length).toBeGreaterThan(0);
      const dimensions = groupBy.map((dimension) => dimension.toLowerCase());

      const csv = parseCsvExport((await exportFile(viewer, 'aggregate', 'csv', query)).body);
      expect(csv).toHaveLength(expected.length);
      csv.forEach((record, index) => {
        const row = expected[index]!;
        expect(dimensions.flatMap((name) => [record[name], record[`${name}_label`]])).toEqual(row.keys.flatMap((key) => [key.code, key.label]));
        expect(publishedFromCsv(record.value, MARKER)).toEqual(publishedFromGraphql(row.value, row.suppressed));
        expect(record).toMatchObject({ programme: PROGRAMME, measure, role: viewer.role });
      });

      const workbook = await readXlsxExport((await exportFile(viewer, 'aggregate', 'xlsx', query)).body);
      const rows = sheetRows(workbook.getWorksheet(XLSX_SHEETS.values)!).slice(1);
      expect(rows).toHaveLength(expected.length);
      rows.forEach((row, index) => {
        const graphqlRow = expected[index]!;
        expect(row.slice(0, groupBy.length * 2)).toEqual(graphqlRow.keys.flatMap((key) => [key.code, key.label]));
        expect(publishedFromXlsx(row[groupBy.length * 2], MARKER)).toEqual(publishedFromGraphql(graphqlRow.value, graphqlRow.suppressed));
      });

      const json = JSON.parse((await exportFile(viewer, 'aggregate', 'json', query)).body.toString('utf8')) as ExportDocument;
      expect(json.aggregate).toMatchObject({ measure, groupBy });
      expect(json.aggregate!.rows).toEqual(expected);
    });
  });

  it('hides small cells as "<K" for EVALUATOR and shows the same cells exactly for STEERING', async () => {
    const evaluator = parseCsvExport((await exportFile(viewerFor(Role.EVALUATOR), 'aggregate', 'csv', 'measure=PARTICIPANTS&groupBy=SEX,AGE_BAND,EDUCATION')).body);
    const steering = parseCsvExport((await exportFile(viewerFor(Role.STEERING), 'aggregate', 'csv', 'measure=PARTICIPANTS&groupBy=SEX,AGE_BAND,EDUCATION')).body);
    const exact = await graphqlAggregate(viewerFor(Role.ADMIN), 'PARTICIPANTS', ['SEX', 'AGE_BAND', 'EDUCATION'], null);
    const hidden = evaluator.flatMap((record, index) => (record.value === MARKER ? [index] : []));
    // Under perturbation (at most ±D = 3) a cell of 0 or 1 person always reads "<K"; one of 2–7 may, or may not,
    // and no hidden cell rests on K + D or more. The pilot has such small cells by sex × age band × education.
    const certain = exact.flatMap((row, index) => (row.value! <= 1 ? [index] : []));
    expect(certain.length).toBeGreaterThanOrEqual(1);
    for (const index of certain) expect(hidden).toContain(index);
    for (const index of hidden) {
      expect(steering[index]!.value).toBe(String(exact[index]!.value));
      expect(exact[index]!.value!).toBeLessThan(K + 3);
    }
    // Every STEERING value is the exact one.
    expect(steering.map((record) => Number(record.value))).toEqual(exact.map((row) => row.value));

    const smallIndicators = parseCsvExport((await exportFile(viewerFor(Role.EVALUATOR), 'indicators', 'csv', 'sexes=MALE&ageBands=UNDER_18')).body);
    const participants = smallIndicators.find((record) => record.indicator === 'PARTICIPANTS')!;
    expect([participants.value, participants.numerator]).toEqual([MARKER, MARKER]);
    const steeringIndicators = parseCsvExport((await exportFile(viewerFor(Role.STEERING), 'indicators', 'csv', 'sexes=MALE&ageBands=UNDER_18')).body);
    const exactParticipants = Number(steeringIndicators.find((record) => record.indicator === 'PARTICIPANTS')!.value);
    expect(exactParticipants).toBeGreaterThan(0);
    expect(exactParticipants).toBeLessThan(K);
  });

  it('writes semicolon-separated, decimal-comma CSV for Polish spreadsheets with the same numbers', async () => {
    const expected = await graphqlIndicators(viewerFor(Role.STEERING), null);
    const file = await exportFile(viewerFor(Role.STEERING), 'indicators', 'csv', 'sep=semicolon&decimal=comma');
    const text = file.body.toString('utf8');
    const rate = expected.find((indicator) => indicator.code === 'ATTENDANCE_RATE')!;
    expect(rate.value! % 1).not.toBe(0);
    expect(text).toContain(`;${String(rate.value).replace('.', ',')};`);
    expect(text).not.toContain(String(rate.value));
    const records = parseCsvExport(file.body, ';');
    expect(records.map((record) => publishedFromCsv(record.value, MARKER))).toEqual(expected.map((indicator) => indicator.value));

    // With a comma decimal and the default comma separator, RFC 4180 quoting keeps the fields apart.
    const quoted = parseCsvExport((await exportFile(viewerFor(Role.STEERING), 'indicators', 'csv', 'decimal=comma')).body, ',');
    expect(quoted.map((record) => publishedFromCsv(record.value, MARKER))).toEqual(expected.map((indicator) => indicator.value));
  });

  it('keeps Polish letters intact in CSV, XLSX and JSON', async () => {
    const viewer = viewerFor(Role.EVALUATOR);
    const query = 'measure=ATTENDANCE_HOURS&groupBy=ACTIVITY';
    const csv = parseCsvExport((await exportFile(viewer, 'aggregate', 'csv', query)).body);
    expect(csv.map((record) => record.activity_label)).toContain('Kurs wyrobu sztucznej biżuterii');
    const sexes = parseCsvExport((await exportFile(viewer, 'aggregate', 'csv', 'measure=PARTICIPANTS&groupBy=SEX')).body);
    expect(sexes.map((record) => record.sex_label)).toEqual(['Kobiety', 'Mężczyźni']);
    const indicators = parseCsvExport((await exportFile(viewer, 'indicators', 'csv', 'sep=semicolon')).body, ';');
    expect(indicators[0]!.name).toBe('Liczba uczestników objętych wsparciem');
    expect(indicators.find((record) => record.indicator === 'SITES_REDEVELOPED')!.name).toBe('Liczba zagospodarowanych miejsc na Starym Mieście');

    const workbook = await readXlsxExport((await exportFile(viewer, 'aggregate', 'xlsx', query)).body);
    expect(sheetRows(workbook.getWorksheet(XLSX_SHEETS.values)!).map((row) => row[1])).toContain('Kurs wyrobu sztucznej biżuterii');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Wartości – Values', 'Uczestnicy EFS – ESF', 'Metadane – Metadata']);

    const json = JSON.parse((await exportFile(viewer, 'indicators', 'json', '')).body.toString('utf8')) as ExportDocument;
    expect(json.indicators![0]!.name).toBe('Liczba uczestników objętych wsparciem');
    expect(json.esf.participantsAtEntry[0]!.rows.at(-2)!.label).toBe('55 lat i więcej');
  });

  it('gives rates a percentage format and counts a whole-number format in the values sheet', async () => {
    const workbook = await readXlsxExport((await exportFile(viewerFor(Role.STEERING), 'indicators', 'xlsx', '')).body);
    const sheet = workbook.getWorksheet(XLSX_SHEETS.values)!;
    const formats = new Map<string, string[]>();
    sheet.eachRow((row, number) => {
      if (number > 1) formats.set(String(row.getCell(1).value), [4, 5, 6, 7].map((column) => row.getCell(column).numFmt ?? ''));
    });
    expect(formats.get('COMPLETION_RATE')).toEqual(['0.0%', '0.0%', '#,##0', '#,##0']);
    expect(formats.get('PARTICIPANTS')!.slice(0, 3)).toEqual(['#,##0', '#,##0', '#,##0']);
    const aggregate = await readXlsxExport((await exportFile(viewerFor(Role.STEERING), 'aggregate', 'xlsx', 'measure=ATTENDANCE_HOURS&groupBy=PARTNER')).body);
    expect(aggregate.getWorksheet(XLSX_SHEETS.values)!.getRow(2).getCell(3).numFmt).toBe('#,##0.00');
  });

  describe.each(VIEWERS)('the ESF participants sheet for %s', (_, viewer) => {
    it('matches `aggregate` by sex × age band, labour status and education, and results at exit by sex', async () => {
      const file = await exportFile(viewer, 'indicators', 'xlsx', '');
      const rows = sheetRows((await readXlsxExport(file.body)).getWorksheet(XLSX_SHEETS.esf)!);
      const json = JSON.parse((await exportFile(viewer, 'indicators', 'json', '')).body.toString('utf8')) as ExportDocument;

      const cell = (answer: GraphqlRow[], codes: string[]): Published => {
        const row = answer.find((entry) => entry.keys.map((key) => key.code).join('|') === codes.join('|'));
        return row ? publishedFromGraphql(row.value, row.suppressed) : 0;
      };
      /** The sheet's row whose code column (B) reads `code`, after the title `title`. */
      const sheetRow = (title: string, code: string): Published[] => {
        const start = rows.findIndex((row) => row[0] === title);
        expect(start).toBeGreaterThan(-1);
        const row = rows.slice(start).find((entry) => entry[1] === code)!;
        return [2, 3, 4].map((column) => publishedFromXlsx(row[column], MARKER));
      };

      const tables = [...json.esf.participantsAtEntry, json.esf.resultsAtExit];
      expect(tables.map((table) => table.dimension)).toEqual(['AGE_BAND', 'LABOUR_STATUS', 'EDUCATION', 'RESULT_TYPE']);
      for (const table of tables) {
        const cross = await graphqlAggregate(viewer, table.measure, ['SEX', table.dimension!], null);
        const totals = await graphqlAggregate(viewer, table.measure, [table.dimension!], null);
        const categoryRows = table.rows.filter((row) => row.code !== table.measure && !['COMPLETIONS', 'DROPOUTS'].includes(row.code));
        expect(categoryRows.length).toBeGreaterThanOrEqual(3);
        for (const row of categoryRows) {
          const expected = [cell(cross, ['FEMALE', row.code]), cell(cross, ['MALE', row.code]), cell(totals, [row.code])];
          expect([row.female, row.male, row.total].map((entry) => publishedFromGraphql(entry.value, entry.suppressed))).toEqual(expected);
          expect(sheetRow(table.title, row.code)).toEqual(expected);
        }
      }
      for (const measure of ['PARTICIPANTS', 'RESULTS', 'COMPLETIONS', 'DROPOUTS']) {
        const bySex = await graphqlAggregate(viewer, measure, ['SEX'], null);
        const [total] = await graphqlAggregate(viewer, measure, [], null);
        const expected = [cell(bySex, ['FEMALE']), cell(bySex, ['MALE']), publishedFromGraphql(total!.value, total!.suppressed)];
        const table = measure === 'PARTICIPANTS' ? json.esf.participantsAtEntry[0]! : json.esf.resultsAtExit;
        expect(sheetRow(table.title, measure)).toEqual(expected);
      }
      if (viewer.role === Role.STEERING) {
        // Exact: the sexes add up to the total in every participants table.
        for (const table of json.esf.participantsAtEntry) {
          for (const row of table.rows) expect(row.female.value! + row.male.value!).toBe(row.total.value);
        }
      }
      if (viewer.role === Role.EVALUATOR) {
        expect(rows.flat().filter((value) => value === MARKER).length).toBeGreaterThan(0);
      }
    });
  });

  it('names programme, period, time, role and K, and defines every indicator, in the metadata sheet and the JSON', async () => {
    const definitions = (
      await graphql<{ programme: { indicatorDefinitions: { code: string; name: string; formula: string; numerator: { measure: string }; denominator: { measure: string } | null }[] } }>(
        viewerFor(Role.EVALUATOR),
        `query($p: String!) { programme(code: $p) { indicatorDefinitions { code name formula numerator { measure } denominator { measure } } } }`,
        { p: PROGRAMME },
      )
    ).programme.indicatorDefinitions;
    expect(definitions).toHaveLength(10);
    const now = new Date('2012-12-03T09:30:00.000Z');

    for (const kind of ['indicators', 'aggregate'] as const) {
      const request = parseExportParameters({
        kind,
        format: 'xlsx',
        parameters: new URLSearchParams(`programme=${PROGRAMME}&from=2012-01-01${kind === 'aggregate' ? '&measure=DROPOUTS&groupBy=MONTH' : ''}`),
      });
      const file = await createExport(testHub.hub.orm.em.fork(), { request, viewer: viewerFor(Role.EVALUATOR), k: K, now });
      const rows = sheetRows((await readXlsxExport(file.body)).getWorksheet(XLSX_SHEETS.metadata)!);
      const pairs = new Map(rows.filter((row) => row.length >= 2).map((row) => [row[0], row[1]]));
      expect(pairs.get('Program / Programme')).toBe(PROGRAMME);
      expect(pairs.get('Nazwa programu / Programme name')).toBe('Razem dla rewitalizacji');
      expect(pairs.get('Okres programu / Programme period')).toBe('2011-09-01 – 2012-11-30');
      expect(pairs.get('Okres danych / Data period')).toBe('2012-01-01 – …');
      expect(pairs.get('Wygenerowano / Generated at (UTC)')).toBe('2012-12-03T09:30:00.000Z');
      expect(pairs.get('Rola / Role')).toBe('EVALUATOR');
      expect(pairs.get('K (SUPPRESSION_K)')).toBe(K);
      expect(String(pairs.get('Ukryte komórki / Suppressed cells'))).toMatch(/^<5: /);
      if (kind === 'aggregate') expect(pairs.get('Miara / Measure')).toBe('DROPOUTS');

      const header = rows.findIndex((row) => row[0] === 'Kod / Code');
      const listed = rows.slice(header + 1, header + 1 + definitions.length);
      expect(listed.map((row) => [row[0], row[1], row[4], row[5], row[7] || null])).toEqual(
        definitions.map((definition) => [definition.code, definition.name, definition.formula, definition.numerator.measure, definition.denominator?.measure ?? null]),
      );
      const youth = listed.find((row) => row[0] === 'YOUTH_PARTICIPANTS')!;
      expect(youth[6]).toBe('ageBands=UNDER_18,AGE_18_24');
      expect(rows.flat()).toContain('Distinct registered participants (date: entry). With activity filters or keys: those with at least one attendance record (any status) in a matching activity.');
    }

    const request = parseExportParameters({ kind: 'aggregate', format: 'json', parameters: new URLSearchParams(`programme=${PROGRAMME}&measure=SESSIONS&groupBy=PARTNER`) });
    const json = JSON.parse((await createExport(testHub.hub.orm.em.fork(), { request, viewer: viewerFor(Role.PARTNER, 'ZDZ'), k: K, now })).body.toString('utf8')) as ExportDocument;
    expect(json).toMatchObject({
      version: 1,
      kind: 'aggregate',
      programme: { code: PROGRAMME, name: 'Razem dla rewitalizacji', startDate: '2011-09-01', endDate: '2012-11-30', syntheticParticipants: true },
      generatedAt: '2012-12-03T09:30:00.000Z',
      role: 'PARTNER',
      partnerCode: 'ZDZ',
      suppressionK: K,
      suppressedMarker: '<5',
    });
    expect(json.indicatorDefinitions.map((definition) => [definition.code, definition.formula])).toEqual(definitions.map((definition) => [definition.code, definition.formula]));
    expect(json.indicatorDefinitions.find((definition) => definition.code === 'EMPLOYED_AFTER')!.numerator).toMatchObject({
      measure: 'RESULTS',
      filter: { resultTypes: ['EMPLOYED', 'SELF_EMPLOYED'] },
    });

    // The CSV carries the same in its columns.
    const csvRequest = parseExportParameters({ kind: 'indicators', format: 'csv', parameters: new URLSearchParams(`programme=${PROGRAMME}`) });
    const csv = parseCsvExport((await createExport(testHub.hub.orm.em.fork(), { request: csvRequest, viewer: viewerFor(Role.EVALUATOR), k: K, now })).body);
    expect(csv.map((record) => [record.indicator, record.formula])).toEqual(definitions.map((definition) => [definition.code, definition.formula]));
    expect(csv[0]).toMatchObject({ programme: PROGRAMME, generated_at: '2012-12-03T09:30:00.000Z', role: 'EVALUATOR', suppression_k: '5' });
  });

  it('writes every export to the audit log with its role, format and parameters', async () => {
    const em = testHub.database.orm.em.fork();
    const before = await em.count(AuditEntry, { action: { $like: 'export.%' } });
    await exportFile(viewerFor(Role.EVALUATOR), 'aggregate', 'csv', 'measure=PARTICIPANTS&groupBy=SEX&partners=CISI');
    await exportFile(viewerFor(Role.PARTNER, 'MOPS'), 'indicators', 'xlsx', '');
    const entries = await em.find(AuditEntry, { action: { $like: 'export.%' } }, { orderBy: { id: 'desc' }, limit: 2 });
    expect(await em.count(AuditEntry, { action: { $like: 'export.%' } })).toBe(before + 2);
    expect(entries.map((entry) => [entry.actor, entry.action, entry.programmeCode])).toEqual([
      ['token:test PARTNER MOPS', 'export.indicators', PROGRAMME],
      ['token:test EVALUATOR', 'export.aggregate', PROGRAMME],
    ]);
    expect(entries[1]!.details).toMatchObject({
      format: 'csv',
      role: 'EVALUATOR',
      k: K,
      measure: 'PARTICIPANTS',
      groupBy: ['SEX'],
      filter: { partners: ['CISI'] },
      rows: 2,
      via: 'token',
    });
    expect(entries[0]!.details).toMatchObject({ format: 'xlsx', role: 'PARTNER', partnerCode: 'MOPS', rows: 10 });
  });

  it('uses the configured K: "<8" with K = 8, exactly where GraphQL on a hub with SUPPRESSION_K=8 hides', async () => {
    const hubWithK8 = await createHub({
      orm: testHub.database.orm,
      config: readConfig({ HUB_DATA_DIR: '/nonexistent', HUB_SECRET: TEST_HUB_SECRET, SUPPRESSION_K: '8' }),
    });
    try {
      const viewer = viewerFor(Role.EVALUATOR);
      const result = await hubWithK8.execute<{ aggregate: GraphqlRow[] }>(AGGREGATE_QUERY, { p: PROGRAMME, m: 'PARTICIPANTS', g: ['SEX', 'EDUCATION'] }, viewer);
      const expected = result.data!.aggregate;
      expect(expected.filter((row) => row.suppressed).length).toBeGreaterThanOrEqual(1);
      const request = parseExportParameters({ kind: 'aggregate', format: 'csv', parameters: new URLSearchParams(`programme=${PROGRAMME}&measure=PARTICIPANTS&groupBy=SEX,EDUCATION`) });
      const csv = parseCsvExport((await createExport(testHub.hub.orm.em.fork(), { request, viewer, k: hubWithK8.config.suppressionK })).body);
      expect(csv.map((record) => publishedFromCsv(record.value, '<8'))).toEqual(expected.map((row) => publishedFromGraphql(row.value, row.suppressed)));
      expect(csv.filter((record) => record.value === '<8').length).toBe(expected.filter((row) => row.suppressed).length);
      expect(csv.every((record) => record.suppression_k === '8')).toBe(true);
    } finally {
      await hubWithK8.stop();
    }
  });
});
