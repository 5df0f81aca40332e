import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { decodePesel, type UnifiedRecords } from '@razem/seeds';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/viewer.js';
import { importPartnerFile } from '../modules/imports/import.service.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { findShippedProgramme, seedShippedProgramme } from './seed-programme.js';

/**
 * The second shipped programme, seeded as `hub seed --programme` does: its definition loaded, its synthetic
 * partner files (CSV from the labour office, XLSX from the training centre) written through its layouts and
 * imported through the importers. Every measure of docs/interfaces.md §4 must then equal what is counted
 * here, independently, from the records the files were written from.
 */
const CODE = 'MLODZI-PLOCK-2013';
const definition = findShippedProgramme(CODE);
const AGGREGATE = `query ($programme: String!, $measure: Measure!, $groupBy: [Dimension!]!, $filter: AnalyticsFilter) {
  aggregate(programme: $programme, measure: $measure, groupBy: $groupBy, filter: $filter) { keys { code label } value }
}`;

let testHub: TestHub;
let dataDir: string;
let records: UnifiedRecords;

async function cells(measure: string, groupBy: string[] = [], filter?: Record<string, unknown>): Promise<Record<string, number | null>> {
  const result = await testHub.hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null }[] }>(
    AGGREGATE,
    { programme: CODE, measure, groupBy, filter },
    viewerFor(Role.ADMIN),
  );
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(result.data!.aggregate.map((row) => [row.keys.map((key) => key.code).join('|') || 'total', row.value]));
}

/** Counts by key, dropping zero cells (the hub answers only the keys that occur, MONTH aside). */
function countBy<T>(items: readonly T[], key: (item: T) => string, weight: (item: T) => number = () => 1): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + weight(item);
  return counts;
}
const distinct = <T>(items: readonly T[], key: (item: T) => string) => new Set(items.map(key)).size;
const round = (value: number) => Math.round(value * 1e6) / 1e6;

beforeAll(async () => {
  testHub = await createTestHub({ programmes: [] });
  dataDir = await mkdtemp(path.join(tmpdir(), 'seed-programme-'));
  ({ records } = await seedShippedProgramme({
    orm: testHub.database.orm,
    config: { dataDir, secret: TEST_HUB_SECRET },
    definition,
    viewer: viewerFor(Role.ADMIN),
    participants: 240,
  }));
});

afterAll(async () => {
  await testHub?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe(`hub seed --programme ${CODE}`, () => {
  it('stores the register as generated, with sex, age band, status and education read through the labour office\'s codes', async () => {
    const register = records.register;
    expect(register.length).toBe(240);
    expect(await cells('PARTICIPANTS')).toEqual({ total: register.length });
    expect(await cells('PARTICIPANTS', ['SEX'])).toEqual(countBy(register, (person) => decodePesel(person.pesel)!.sex));
    expect(await cells('PARTICIPANTS', ['LABOUR_STATUS'])).toEqual(countBy(register, (person) => person.labourStatus));
    const band = { PRIMARY: 'ISCED_0_2', LOWER_SECONDARY: 'ISCED_0_2', UPPER_SECONDARY: 'ISCED_3_4', POST_SECONDARY: 'ISCED_3_4', TERTIARY: 'ISCED_5_8' };
    expect(await cells('PARTICIPANTS', ['EDUCATION'])).toEqual(countBy(register, (person) => band[person.education]));
    const ageBand = (person: (typeof register)[number]) => {
      const birth = decodePesel(person.pesel)!.birthDate;
      const age = Number(person.entryDate.slice(0, 4)) - Number(birth.slice(0, 4)) - (person.entryDate.slice(5) < birth.slice(5) ? 1 : 0);
      return age < 18 ? 'UNDER_18' : age < 25 ? 'AGE_18_24' : age < 30 ? 'AGE_25_29' : 'AGE_30_54';
    };
    expect(await cells('PARTICIPANTS', ['AGE_BAND'])).toEqual(countBy(register, ageBand));
    expect(await cells('COMPLETIONS')).toEqual({ total: register.filter((person) => person.exitReason === 'COMPLETED').length });
    expect(await cells('DROPOUTS')).toEqual({ total: register.filter((person) => person.exitReason === 'DROPPED_OUT').length });
  });

  it('answers the attendance measures from the training centre\'s XLSX workbook exactly', async () => {
    const attendance = records.attendance;
    const present = attendance.filter((row) => row.status === 'PRESENT');
    const byActivity = (rows: typeof attendance, count: (rows: typeof attendance) => number) => {
      const groups = new Map<string, typeof attendance>();
      for (const row of rows) groups.set(row.activity, [...(groups.get(row.activity) ?? []), row]);
      return Object.fromEntries([...groups].map(([activity, group]) => [activity, count(group)]));
    };
    expect(await cells('PARTICIPANTS', ['ACTIVITY'])).toEqual(byActivity(attendance, (rows) => distinct(rows, (row) => row.participantCode)));
    expect(await cells('ACTIVE_PARTICIPANTS')).toEqual({ total: distinct(present, (row) => row.participantCode) });
    expect(await cells('SESSIONS', ['ACTIVITY'])).toEqual(byActivity(attendance, (rows) => distinct(rows, (row) => row.date)));
    expect(await cells('ATTENDANCES', ['ACTIVITY'])).toEqual(byActivity(present, (rows) => rows.length));
    const hours = await cells('ATTENDANCE_HOURS', ['ACTIVITY_KIND']);
    const kindOf = new Map(definition.activities.map((activity) => [activity.code, activity.kind]));
    expect(Object.fromEntries(Object.entries(hours).map(([kind, value]) => [kind, round(value!)]))).toEqual(
      Object.fromEntries(Object.entries(countBy(present, (row) => kindOf.get(row.activity)!, (row) => row.sessionMinutes / 60)).map(([kind, value]) => [kind, round(value)])),
    );
    expect(round((await cells('ATTENDANCE_RATE')).total!)).toBe(round(present.length / attendance.length));
    // Every month of the period answers, empty ones with 0.
    const byMonth = await cells('ATTENDANCES', ['MONTH']);
    const expected = countBy(present, (row) => row.date.slice(0, 7));
    expect(Object.keys(byMonth)).toHaveLength(18);
    for (const [month, value] of Object.entries(byMonth)) expect([month, value]).toEqual([month, expected[month] ?? 0]);
  });

  it('answers certificates, results and childcare exactly', async () => {
    const passed = records.exams.filter((exam) => exam.outcome === 'PASSED');
    expect(records.exams.length).toBeGreaterThan(passed.length);
    expect(await cells('CERTIFICATES', ['ACTIVITY'])).toEqual(countBy(passed, (exam) => exam.activity));
    expect(await cells('CERTIFIED_PARTICIPANTS')).toEqual({ total: distinct(passed, (exam) => exam.participantCode) });
    expect(await cells('RESULTS', ['RESULT_TYPE'])).toEqual(countBy(records.results, (result) => result.result));
    expect(await cells('RESULTS')).toEqual({ total: distinct(records.results, (result) => result.participantCode) });
    // The programme records no childcare: a total of nothing.
    expect(records.childcare).toEqual([]);
    expect(await cells('CHILDCARE_HOURS')).toEqual({ total: 0 });
  });

  it('answers support by the programme\'s own kinds, labelled from its definition, and filters by them', async () => {
    const support = records.support;
    expect(await cells('SUPPORT_ITEMS', ['SUPPORT_KIND'])).toEqual(countBy(support, (item) => item.supportKind, (item) => item.quantity));
    const labelled = await testHub.hub.execute<{ aggregate: { keys: { code: string; label: string }[] }[] }>(
      `{ aggregate(programme: "${CODE}", measure: SUPPORT_ITEMS, groupBy: [SUPPORT_KIND]) { keys { code label } } }`,
      {},
      viewerFor(Role.ADMIN),
    );
    expect(labelled.data!.aggregate.map((row) => row.keys[0])).toEqual(
      definition.supportKinds.map((kind) => ({ code: kind.code, label: kind.name.pl })),
    );
    const allowances = support.filter((item) => item.supportKind === 'STYPENDIUM_SZKOLENIOWE').reduce((sum, item) => sum + item.quantity, 0);
    // As an enum literal (how clients wrote it against the old enum) and as a string variable.
    const literal = await testHub.hub.execute<{ aggregate: { value: number }[] }>(
      `{ aggregate(programme: "${CODE}", measure: SUPPORT_ITEMS, filter: { supportKinds: [STYPENDIUM_SZKOLENIOWE] }) { value } }`,
      {},
      viewerFor(Role.ADMIN),
    );
    expect(literal.data!.aggregate[0]!.value).toBe(allowances);
    expect(await cells('SUPPORT_ITEMS', [], { supportKinds: ['STYPENDIUM_SZKOLENIOWE'] })).toEqual({ total: allowances });
    const indicators = await testHub.hub.execute<{ indicators: { code: string; value: number }[] }>(
      `{ indicators(programme: "${CODE}") { code value } }`,
      {},
      viewerFor(Role.ADMIN),
    );
    expect(indicators.data!.indicators.find((indicator) => indicator.code === 'ALLOWANCES_PAID')!.value).toBe(allowances);

    // Another programme's kind (the pilot's STROJ) is an error naming this programme's kinds; so is a malformed code.
    const wrong = await testHub.hub.execute(AGGREGATE, { programme: CODE, measure: 'SUPPORT_ITEMS', groupBy: [], filter: { supportKinds: ['STROJ'] } }, viewerFor(Role.ADMIN));
    expect(wrong.errors?.[0]?.message).toBe(
      `filter.supportKinds: "STROJ" is not a support kind of programme ${CODE}; expected some of STYPENDIUM_SZKOLENIOWE, ZWROT_KOSZTOW_DOJAZDU, ODZIEZ_ROBOCZA.`,
    );
    const malformed = await testHub.hub.execute(AGGREGATE, { programme: CODE, measure: 'SUPPORT_ITEMS', groupBy: [], filter: { supportKinds: ['strój'] } }, viewerFor(Role.ADMIN));
    expect(malformed.errors?.[0]?.message).toMatch(/SupportKind must be a support kind code \(capital letters, digits and _, e\.g\. STROJ\); got "strój"/);
  });

  it('refuses a bad training-centre workbook whole, naming rows and the partner\'s columns, and a body that is no workbook', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Świadczenia');
    sheet.addRow(['uczestnik', 'nr_uczestnika', 'data_wyplaty', 'rodzaj_swiadczenia', 'liczba', 'uwagi']);
    const first = records.register[0]!;
    sheet.addRow(['Jan Kowalski', first.participantCode, new Date(`${first.entryDate}T00:00:00Z`), 'STYP', 1, '']);
    sheet.addRow(['Anna Nowak', first.participantCode, new Date(`${first.entryDate}T00:00:00Z`), 'DOJAZD', { error: '#N/A' }, '']);
    sheet.addRow(['Anna Nowak', 'MP-9999', new Date(`${first.entryDate}T00:00:00Z`), 'STROJ', 2, '']);
    const importBody = async (body: Buffer) =>
      importPartnerFile({
        orm: testHub.database.orm,
        programmeCode: CODE,
        partnerCode: 'CKZ',
        kind: 'ckz-swiadczenia',
        encoding: 'utf-8',
        fileName: 'swiadczenia.xlsx',
        open: () => Readable.from([body]),
        viewer: viewerFor(Role.ADMIN),
        peselSecret: TEST_HUB_SECRET,
      });
    const report = await importBody(Buffer.from(await book.xlsx.writeBuffer()));
    expect(report.outcome).toBe('REJECTED');
    expect(report.errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 3, column: 'liczba', code: 'CELL_ERROR' },
      { line: 4, column: 'nr_uczestnika', code: 'UNKNOWN_PARTICIPANT' },
      { line: 4, column: 'rodzaj_swiadczenia', code: 'UNKNOWN_CODE' },
    ]);
    const notWorkbook = await importBody(Buffer.from('nr_uczestnika;data_wyplaty\nMP-0001;01.04.2013\n'));
    expect(notWorkbook.outcome).toBe('REJECTED');
    expect(notWorkbook.errors).toEqual([expect.objectContaining({ line: 1, code: 'NOT_XLSX' })]);
    // Names in the dropped column never reach a report.
    expect(JSON.stringify([report, notWorkbook])).not.toMatch(/Kowalski|Nowak/);
  });
});
