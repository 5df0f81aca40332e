import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProgrammeDefinitionFile, shippedProgrammesDir } from '../../definition/definition-file.js';
import { decodePesel } from '../pesel.js';
import { generateDefinitionRecords, participantCodeFormat } from './generate-records.js';
import { recordCells } from './layout-writer.js';
import { writeDefinitionDataset } from './write-definition-dataset.js';

const { definition } = loadProgrammeDefinitionFile(`${shippedProgrammesDir}MLODZI-PLOCK-2013.yaml`);
const dirs: string[] = [];

/** Every file of one generation: CSV by its bytes' hash, XLSX by its cells (the zip container stamps times). */
async function generate(seed: number) {
  // A small cohort: determinism does not depend on size, and the suite stays quick.
  const dir = await mkdtemp(join(tmpdir(), 'definition-dataset-'));
  dirs.push(dir);
  const dataset = await writeDefinitionDataset({ definition, outDir: dir, seed, participants: 40 });
  const contents: Record<string, unknown> = {};
  for (const file of dataset.files) {
    if (file.path.endsWith('.csv')) {
      contents[file.kind] = createHash('sha256').update(await readFile(file.path)).digest('hex');
    } else {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file.path);
      const rows: unknown[] = [];
      workbook.worksheets[0]!.eachRow((row) => rows.push(row.values));
      contents[file.kind] = rows;
    }
  }
  return { dataset, contents };
}

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('synthetic partner files written from a definition (MLODZI-PLOCK-2013)', () => {
  it('is deterministic: the same seed gives the same CSV bytes and XLSX cells, another seed other data', async () => {
    const first = await generate(11);
    const second = await generate(11);
    expect(Object.keys(first.contents)).toEqual(['pup-rejestr', 'pup-efekty', 'ckz-obecnosci', 'ckz-egzaminy', 'ckz-swiadczenia']);
    expect(second.contents).toEqual(first.contents);
    const other = await generate(12);
    for (const kind of Object.keys(first.contents)) expect(other.contents[kind], kind).not.toEqual(first.contents[kind]);
  });

  it('writes a plausible programme: 480 people with valid, unique PESELs and codes, dates inside their participation', async () => {
    const { register, attendance, exams, support, results } = generateDefinitionRecords({ definition, seed: 11, participants: 480 });
    expect(register).toHaveLength(480);
    expect(new Set(register.map((person) => person.pesel)).size).toBe(480);
    expect(register.every((person) => decodePesel(person.pesel) !== null && /^MP-\d{4}$/.test(person.participantCode))).toBe(true);
    const byCode = new Map(register.map((person) => [person.participantCode, person]));
    const outside = [...attendance, ...exams, ...support].filter((row) => {
      const person = byCode.get(row.participantCode)!;
      return row.date < person.entryDate || row.date > (person.exitDate ?? definition.endDate);
    });
    expect(outside).toEqual([]);
    expect(results.every((result) => result.date >= byCode.get(result.participantCode)!.exitDate!)).toBe(true);
    // Every row of one session agrees on its length.
    const lengths = new Map<string, Set<number>>();
    for (const row of attendance) lengths.set(`${row.activity}|${row.date}`, (lengths.get(`${row.activity}|${row.date}`) ?? new Set()).add(row.sessionMinutes));
    expect([...lengths.values()].filter((set) => set.size > 1)).toEqual([]);
    expect(exams.filter((exam) => exam.outcome === 'PASSED').every((exam) => exam.certificateNumber)).toBe(true);
  });

  it('writes each record in the partner\'s own spelling: codes, file codes, units, dates, dropped name columns', () => {
    const layout = (kind: string) => definition.fileLayouts.find((candidate) => candidate.kind === kind)!;
    const person = { participantCode: 'MP-0001', pesel: '02270803628', fullName: 'Łucja Wiśniewska' };
    expect(recordCells({
      definition,
      layout: layout('pup-rejestr'),
      record: { ...person, entryDate: '2013-03-04', exitDate: null, exitReason: null, labourStatus: 'INACTIVE', education: 'POST_SECONDARY' },
    })).toEqual({
      imie_nazwisko: 'Łucja Wiśniewska', nr_uczestnika: 'MP-0001', pesel: '02270803628', data_rejestracji: { date: '2013-03-04' },
      data_wyrejestrowania: '', przyczyna_wyrejestrowania: '', status_zawodowy: 'N', poziom_wyksztalcenia: 'POL',
    });
    expect(recordCells({
      definition,
      layout: layout('ckz-obecnosci'),
      record: { ...person, activity: 'MP-MAGAZYN', date: '2013-04-02', sessionMinutes: 360, status: 'EXCUSED' },
    })).toEqual({ uczestnik: 'Łucja Wiśniewska', nr_uczestnika: 'MP-0001', kod_zajec: 'SZK-02', data_zajec: { date: '2013-04-02' }, czas_trwania_min: 360, obecnosc: 'USP' });
  });

  it('refuses a participant code pattern it cannot write', () => {
    expect(participantCodeFormat('^MP-\\d{4}$')(7)).toBe('MP-0007');
    expect(participantCodeFormat('^RDR-\\d{3,}$')(1234)).toBe('RDR-1234');
    expect(() => participantCodeFormat('^[A-Z]{2}\\d+$')).toThrow(/\^PREFIX\\d\{n\}\$/);
  });
});
