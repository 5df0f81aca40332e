import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerFileKind } from '../programme-definition.js';
import { pilotProgramme } from '../pilot/pilot-programme.js';
import { ageOn, dayFromIso, type Day } from './dates.js';
import { PARTNER_FILE_SPECS } from './partner-files.js';
import { decodePesel } from './pesel.js';
import { readPartnerFile, type ReadPartnerFile } from './read-partner-file.js';
import { writeSyntheticDataset, type SyntheticProgramme } from './write-dataset.js';

/**
 * The pilot's synthetic dataset is what the steering committee sees: these tests read the files back
 * as an importer would and check the contract's invariants and the realism the brief asks for.
 * Row counts are frozen: a change to them is a change to the demo data and should be deliberate.
 */

const FROZEN_ROW_COUNTS: Record<PartnerFileKind, number> = {
  'mops-register': 100,
  'mops-workshops': 10852,
  'mops-childcare': 886,
  'mops-results': 81,
  'cisi-attendance': 8715,
  'cisi-support': 179,
  'zdz-attendance': 1129,
  'zdz-exams': 68,
};

const START = dayFromIso('2011-09-01');
const END = dayFromIso('2012-11-30');
const RESULTS_END = dayFromIso('2013-05-30');

/** Reads an ISO or DD.MM.YYYY date strictly; throws on anything else. */
function readDate(text: string | undefined): Day {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  const polish = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text ?? '');
  const normalized = iso ? text! : polish ? `${polish[3]}-${polish[2]}-${polish[1]}` : null;
  if (!normalized) throw new Error(`not a date: ${text}`);
  return dayFromIso(normalized);
}

const countDistinct = <T>(values: readonly T[]): number => new Set(values).size;

let dir = '';
let generated: SyntheticProgramme;
const files = new Map<PartnerFileKind, ReadPartnerFile>();
const records = (kind: PartnerFileKind): Record<string, string>[] => files.get(kind)?.records ?? [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilot-dataset-'));
  const [programme] = await writeSyntheticDataset({ scale: 'pilot', outDir: dir });
  if (!programme) throw new Error('no programme generated');
  generated = programme;
  for (const spec of PARTNER_FILE_SPECS) {
    const file = generated.files.find((candidate) => candidate.kind === spec.kind);
    if (!file) throw new Error(`missing ${spec.kind}`);
    files.set(spec.kind, await readPartnerFile({ path: file.path, encoding: spec.encoding, delimiter: spec.delimiter }));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the pilot dataset files', () => {
  it('are the pilot programme, every file in import order under <outDir>/RDR-PLOCK-2011', () => {
    expect(generated.programme).toBe(pilotProgramme);
    expect(generated.files.map((file) => file.kind)).toEqual(PARTNER_FILE_SPECS.map((spec) => spec.kind));
    expect(generated.files[0]?.kind).toBe('mops-register');
    for (const file of generated.files) expect(file.path.startsWith(join(dir, 'RDR-PLOCK-2011'))).toBe(true);
  });

  it('have the frozen row counts, matching what was read back', () => {
    const counts = Object.fromEntries(generated.files.map((file) => [file.kind, file.rows]));
    expect(counts).toEqual(FROZEN_ROW_COUNTS);
    for (const file of generated.files) expect(records(file.kind)).toHaveLength(file.rows);
  });

  it('start with the contract header, in the contract column order', () => {
    for (const spec of PARTNER_FILE_SPECS) expect(files.get(spec.kind)?.header).toEqual(spec.header);
    expect(files.get('mops-register')?.header.join(';')).toBe(
      'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie',
    );
  });

  it('use CRLF for MOPS and ZDZ, LF for CISI, and a BOM on the register only', () => {
    for (const spec of PARTNER_FILE_SPECS) {
      const file = files.get(spec.kind);
      expect(file?.lineEnding, spec.kind).toBe(spec.partner === 'CISI' ? '\n' : '\r\n');
      expect(file?.hasBom, spec.kind).toBe(spec.kind === 'mops-register');
    }
  });

  it('write ZDZ files in Windows-1250, where Polish letters survive decoding and are not UTF-8', async () => {
    const attendance = records('zdz-attendance');
    const names = attendance.map((row) => `${row.nazwisko} ${row.imie}`).join('\n');
    expect(names).toMatch(/Ł/);
    expect(names).toMatch(/[ĄĆĘŃÓŚŹŻąćęłńóśźż]/);
    const bytes = await readFile(generated.files.find((file) => file.kind === 'zdz-attendance')!.path);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(generated.files.filter((file) => file.partner === 'ZDZ').map((file) => file.encoding)).toEqual(['windows-1250', 'windows-1250']);
  });
});

describe('the pilot register', () => {
  it('lists RDR-001…RDR-100 with unique, valid PESELs', () => {
    const register = records('mops-register');
    expect(register.map((row) => row.kod_uczestnika)).toEqual(
      Array.from({ length: 100 }, (_, i) => `RDR-${String(i + 1).padStart(3, '0')}`),
    );
    expect(countDistinct(register.map((row) => row.pesel))).toBe(100);
    for (const row of register) expect(decodePesel(row.pesel ?? ''), row.pesel).not.toBeNull();
  });

  it('has participants aged 15 to about 60 at entry, a good share of them young, both sexes', () => {
    const register = records('mops-register');
    const ages = register.map((row) => {
      const birth = dayFromIso(decodePesel(row.pesel ?? '')!.birthDate);
      return ageOn({ birth, on: readDate(row.data_przystapienia) });
    });
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...ages)).toBeLessThanOrEqual(61);
    expect(ages.filter((age) => age < 18).length).toBeGreaterThan(5);
    expect(ages.filter((age) => age < 25).length).toBeGreaterThanOrEqual(35);
    const sexes = register.map((row) => decodePesel(row.pesel ?? '')!.sex);
    expect(sexes.filter((sex) => sex === 'FEMALE').length).toBeGreaterThan(30);
    expect(sexes.filter((sex) => sex === 'MALE').length).toBeGreaterThan(30);
  });

  it('has every labour status (mostly unemployed or inactive) and all five education levels', () => {
    const register = records('mops-register');
    const statuses = register.map((row) => row.status_na_rynku_pracy);
    expect(new Set(statuses)).toEqual(new Set(['BEZROBOTNY', 'BIERNY', 'PRACUJACY']));
    expect(statuses.filter((status) => status !== 'PRACUJACY').length).toBeGreaterThanOrEqual(80);
    expect(new Set(register.map((row) => row.wyksztalcenie))).toEqual(
      new Set(['PODSTAWOWE', 'GIMNAZJALNE', 'PONADGIMNAZJALNE', 'POLICEALNE', 'WYZSZE']),
    );
  });

  it('spreads entries over September 2011 – January 2012', () => {
    const months = new Set(records('mops-register').map((row) => row.data_przystapienia?.slice(0, 7)));
    expect(months).toEqual(new Set(['2011-09', '2011-10', '2011-11', '2011-12', '2012-01']));
  });

  it('closes every participation: 10–15% drop-outs, the rest completing near the end, never before entry', () => {
    const register = records('mops-register');
    for (const row of register) {
      expect(row.data_zakonczenia, row.kod_uczestnika).not.toBe('');
      expect(['UKONCZENIE', 'REZYGNACJA']).toContain(row.powod_zakonczenia);
      expect(readDate(row.data_zakonczenia)).toBeGreaterThanOrEqual(readDate(row.data_przystapienia));
      if (row.powod_zakonczenia === 'UKONCZENIE') expect(row.data_zakonczenia! >= '2012-11-01').toBe(true);
    }
    const dropouts = register.filter((row) => row.powod_zakonczenia === 'REZYGNACJA').length;
    expect(dropouts).toBeGreaterThanOrEqual(10);
    expect(dropouts).toBeLessThanOrEqual(15);
  });
});

/** One attendance file, normalised: who, which session, its duration, present or not. */
interface Attendance {
  participant: string;
  activity: string;
  day: Day;
  duration: string;
  present: boolean;
  raw: string;
}

function listAttendance(): Attendance[] {
  const byPesel = new Map(records('mops-register').map((row) => [row.pesel, row.kod_uczestnika ?? '']));
  return [
    ...records('mops-workshops').map((row) => ({
      participant: row.kod_uczestnika ?? '', activity: row.warsztat ?? '', day: readDate(row.data),
      duration: row.godziny ?? '', present: row.obecnosc === 'OB', raw: row.obecnosc ?? '',
    })),
    ...records('cisi-attendance').map((row) => ({
      participant: row.uczestnik ?? '', activity: row.zajecia ?? '', day: readDate(row.data),
      duration: row.czas_min ?? '', present: row.obecny === 'T', raw: row.obecny ?? '',
    })),
    ...records('zdz-attendance').map((row) => ({
      participant: byPesel.get(row.pesel) ?? `unknown PESEL ${row.pesel}`, activity: row.kurs ?? '', day: readDate(row.data),
      duration: row.godz_lekcyjne ?? '', present: row.obecnosc === '1', raw: row.obecnosc ?? '',
    })),
  ];
}

describe('pilot attendance', () => {
  it('names only registered participants, and only between their entry and exit', () => {
    const spans = new Map(
      records('mops-register').map((row) => [row.kod_uczestnika, [readDate(row.data_przystapienia), readDate(row.data_zakonczenia)] as const]),
    );
    const outside = listAttendance().filter((row) => {
      const span = spans.get(row.participant);
      return !span || row.day < span[0] || row.day > span[1] || row.day < START || row.day > END;
    });
    expect(outside).toEqual([]);
  });

  it('uses only the pilot activities’ file codes and the contract status codes', () => {
    const fileCodes = new Set(pilotProgramme.activities.map((activity) => activity.fileCode));
    expect(listAttendance().filter((row) => !fileCodes.has(row.activity))).toEqual([]);
    expect(new Set(records('mops-workshops').map((row) => row.obecnosc))).toEqual(new Set(['OB', 'NB', 'US']));
    expect(new Set(records('cisi-attendance').map((row) => row.obecny))).toEqual(new Set(['T', 'N']));
    expect(new Set(records('zdz-attendance').map((row) => row.obecnosc))).toEqual(new Set(['1', '0']));
  });

  it('gives every row of a session (activity, date) the same duration', () => {
    const durations = new Map<string, string>();
    const disagreeing: Attendance[] = [];
    for (const row of listAttendance()) {
      const key = `${row.activity}|${row.day}`;
      const seen = durations.get(key);
      if (seen === undefined) durations.set(key, row.duration);
      else if (row.duration !== seen) disagreeing.push(row);
    }
    expect(disagreeing).toEqual([]);
    expect(durations.size).toBe(679);
  });

  it('has at most one row per participant per session', () => {
    const keys = listAttendance().map((row) => `${row.participant}|${row.activity}|${row.day}`);
    expect(countDistinct(keys)).toBe(keys.length);
  });

  it('has 75–85% presence in each partner’s attendance', () => {
    const all = listAttendance();
    for (const [name, rows] of [
      ['MOPS', all.filter((row) => row.activity.startsWith('MOPS-'))],
      ['CISI', all.filter((row) => row.activity.startsWith('CISI-'))],
      ['ZDZ', all.filter((row) => /^K\d\d$/.test(row.activity))],
    ] as const) {
      const rate = rows.filter((row) => row.present).length / rows.length;
      expect(rate, name).toBeGreaterThanOrEqual(0.75);
      expect(rate, name).toBeLessThanOrEqual(0.85);
    }
  });

  it('writes MOPS hours as decimals with a comma or none, in plausible amounts', () => {
    const hours = new Set(records('mops-workshops').map((row) => row.godziny));
    expect(hours.has('3')).toBe(true);
    expect(hours.has('2,5')).toBe(true);
    for (const value of hours) expect(value).toMatch(/^\d+(,\d+)?$/);
  });

  it('holds W1–W4 (some on residential weekends) and a community centre attended mostly by the young', () => {
    const workshops = records('mops-workshops');
    expect(new Set(workshops.map((row) => row.warsztat))).toEqual(new Set(['MOPS-W1', 'MOPS-W2', 'MOPS-W3', 'MOPS-W4', 'MOPS-SWIETLICA']));
    const weekendDays = workshops.filter((row) => row.warsztat !== 'MOPS-SWIETLICA' && [0, 6].includes(new Date(row.data ?? '').getUTCDay()));
    expect(weekendDays.length).toBeGreaterThan(0);
    const ageOf = new Map(
      records('mops-register').map((row) => [
        row.kod_uczestnika,
        ageOn({ birth: dayFromIso(decodePesel(row.pesel ?? '')!.birthDate), on: readDate(row.data_przystapienia) }),
      ]),
    );
    const centre = [...new Set(workshops.filter((row) => row.warsztat === 'MOPS-SWIETLICA').map((row) => row.kod_uczestnika))];
    expect(centre.filter((code) => (ageOf.get(code) ?? 99) < 25).length / centre.length).toBeGreaterThan(0.5);
  });

  it('puts each participant in one or two CISI classes, each meeting for 90 or 120 minutes', () => {
    const cisi = records('cisi-attendance');
    const classes = new Map<string, Set<string>>();
    for (const row of cisi) classes.set(row.uczestnik ?? '', (classes.get(row.uczestnik ?? '') ?? new Set()).add(row.zajecia ?? ''));
    for (const set of classes.values()) expect([1, 2]).toContain(set.size);
    expect(new Set(cisi.map((row) => row.czas_min))).toEqual(new Set(['90', '120']));
  });

  it('puts 60–75% of participants in exactly one ZDZ course of integer lesson hours', () => {
    const zdz = records('zdz-attendance');
    const courses = new Map<string, Set<string>>();
    for (const row of zdz) courses.set(row.pesel ?? '', (courses.get(row.pesel ?? '') ?? new Set()).add(row.kurs ?? ''));
    expect(courses.size).toBeGreaterThanOrEqual(60);
    expect(courses.size).toBeLessThanOrEqual(75);
    for (const set of courses.values()) expect(set.size).toBe(1);
    expect(new Set(zdz.map((row) => row.godz_lekcyjne)).size).toBeGreaterThan(1);
    expect(zdz.filter((row) => !/^[4-8]$/.test(row.godz_lekcyjne ?? ''))).toEqual([]);
    expect(countDistinct(zdz.map((row) => row.kurs))).toBe(10);
  });

  it('spells each ZDZ participant’s name the same way on every row', () => {
    const names = new Map<string, Set<string>>();
    for (const row of records('zdz-attendance')) {
      names.set(row.pesel ?? '', (names.get(row.pesel ?? '') ?? new Set()).add(`${row.nazwisko} ${row.imie}`));
    }
    for (const set of names.values()) expect(set.size).toBe(1);
  });
});

describe('pilot childcare, support, exams and results', () => {
  const registered = (): Map<string | undefined, Record<string, string>> =>
    new Map(records('mops-register').map((row) => [row.kod_uczestnika, row]));

  it('gives childcare to about a quarter of participants, once per parent per day, inside their participation', () => {
    const childcare = records('mops-childcare');
    const register = registered();
    expect(countDistinct(childcare.map((row) => row.kod_uczestnika))).toBe(25);
    expect(countDistinct(childcare.map((row) => `${row.kod_uczestnika}|${row.data}`))).toBe(childcare.length);
    for (const row of childcare) {
      const person = register.get(row.kod_uczestnika);
      expect(person).toBeDefined();
      expect(readDate(row.data)).toBeGreaterThanOrEqual(readDate(person!.data_przystapienia));
      expect(readDate(row.data)).toBeLessThanOrEqual(readDate(person!.data_zakonczenia));
      expect(['1', '2', '3']).toContain(row.liczba_dzieci);
      expect(row.godziny).toMatch(/^\d+(\.5)?$/);
    }
    expect(childcare.some((row) => row.godziny?.includes('.'))).toBe(true);
  });

  it('gives CISI support by class, once per (participant, date, kind), with quoted free text', async () => {
    const support = records('cisi-support');
    const register = registered();
    const classesOf = new Map<string, Set<string>>();
    for (const row of records('cisi-attendance')) {
      classesOf.set(row.uczestnik ?? '', (classesOf.get(row.uczestnik ?? '') ?? new Set()).add(row.zajecia ?? ''));
    }
    const classFor = { SPRZET_SPORTOWY: 'CISI-SPORT', BADANIE_LEKARSKIE: 'CISI-SPORT', STROJ: 'CISI-TANIEC', OBUWIE: 'CISI-TANIEC', APARAT_FOTOGRAFICZNY: 'CISI-FOTO' } as const;
    expect(new Set(support.map((row) => row.rodzaj))).toEqual(new Set(Object.keys(classFor)));
    expect(countDistinct(support.map((row) => `${row.uczestnik}|${row.data}|${row.rodzaj}`))).toBe(support.length);
    for (const row of support) {
      expect(register.has(row.uczestnik)).toBe(true);
      expect(classesOf.get(row.uczestnik ?? '')?.has(classFor[row.rodzaj as keyof typeof classFor])).toBe(true);
      expect(Number(row.ilosc)).toBeGreaterThan(0);
      if (row.rodzaj === 'SPRZET_SPORTOWY') expect(['2', '3']).toContain(row.ilosc);
      expect(readDate(row.data)).toBeGreaterThanOrEqual(START);
      expect(readDate(row.data)).toBeLessThanOrEqual(END);
    }
    expect(support.some((row) => row.opis?.includes(','))).toBe(true);
    expect(support.some((row) => row.opis?.includes('"'))).toBe(true);
    const raw = await readFile(generated.files.find((file) => file.kind === 'cisi-support')!.path, 'utf8');
    expect(raw).toContain('""');
  });

  it('certifies most exam takers with unique numbers, at the end of their course', () => {
    const exams = records('zdz-exams');
    const pesels = new Set(records('mops-register').map((row) => row.pesel));
    const lastMeeting = new Map<string, Day>();
    for (const row of records('zdz-attendance')) {
      lastMeeting.set(`${row.pesel}|${row.kurs}`, Math.max(lastMeeting.get(`${row.pesel}|${row.kurs}`) ?? 0, readDate(row.data)));
    }
    const passed = exams.filter((row) => row.wynik === 'ZDAL');
    expect(passed.length / exams.length).toBeGreaterThan(0.75);
    expect(countDistinct(passed.map((row) => row.nr_zaswiadczenia))).toBe(passed.length);
    for (const row of exams) {
      expect(pesels.has(row.pesel)).toBe(true);
      if (row.wynik === 'ZDAL') expect(row.nr_zaswiadczenia).toMatch(new RegExp(`^ZDZ/2012/${row.kurs}/\\d{3}$`));
      else expect(row.wynik === 'NIE_ZDAL' && row.nr_zaswiadczenia === '').toBe(true);
      expect(readDate(row.data_egzaminu)).toBeGreaterThan(lastMeeting.get(`${row.pesel}|${row.kurs}`) ?? Infinity);
      expect(readDate(row.data_egzaminu)).toBeLessThanOrEqual(END);
    }
  });

  it('dates results after each exit and at most six months after the end; some participants have none', () => {
    const results = records('mops-results');
    const register = registered();
    expect(countDistinct(results.map((row) => `${row.kod_uczestnika}|${row.data}|${row.rezultat}`))).toBe(results.length);
    for (const row of results) {
      const person = register.get(row.kod_uczestnika);
      expect(person).toBeDefined();
      expect(readDate(row.data)).toBeGreaterThan(readDate(person!.data_zakonczenia));
      expect(readDate(row.data)).toBeLessThanOrEqual(RESULTS_END);
    }
    expect(new Set(results.map((row) => row.rezultat))).toEqual(new Set(['ZATRUDNIENIE', 'SAMOZATRUDNIENIE', 'KSZTALCENIE', 'POSZUKIWANIE_PRACY']));
    const withResults = countDistinct(results.map((row) => row.kod_uczestnika));
    expect(withResults).toBeGreaterThan(50);
    expect(withResults).toBeLessThan(100);
  });
});
