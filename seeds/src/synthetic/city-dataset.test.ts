import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTENDANCE_FILE_KINDS, PARTNER_FILE_SPECS } from './partner-files.js';
import { decodePesel } from './pesel.js';
import { writeSyntheticDataset, type GeneratedFile, type SyntheticProgramme } from './write-dataset.js';

/**
 * City scale is the load-test dataset: ≥ 2 million attendance rows. Generating it takes a few seconds;
 * the checks stream the files back line by line rather than loading ~100 MB.
 */

/** Streams a file's lines (decoded as latin1: the checks here only look at ASCII columns). */
async function* readLines(file: GeneratedFile): AsyncGenerator<string> {
  yield* createInterface({ input: createReadStream(file.path, 'latin1'), crlfDelay: Infinity });
}

let dir = '';
let city: SyntheticProgramme;
const progress: string[] = [];
const fileOf = (kind: string): GeneratedFile => {
  const file = city.files.find((candidate) => candidate.kind === kind);
  if (!file) throw new Error(`missing ${kind}`);
  return file;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'city-dataset-'));
  const programmes = await writeSyntheticDataset({ scale: 'city', outDir: dir, onProgress: (message) => progress.push(message) });
  expect(programmes).toHaveLength(1);
  city = programmes[0]!;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the city-scale dataset', () => {
  it('writes at least 2,000,000 attendance rows for 10,000 participants', () => {
    expect(city.programme.code).toBe('RDR-CITY-SYN');
    expect(fileOf('mops-register').rows).toBe(10_000);
    const attendanceRows = city.files
      .filter((file) => ATTENDANCE_FILE_KINDS.includes(file.kind))
      .reduce((sum, file) => sum + file.rows, 0);
    expect(attendanceRows).toBeGreaterThanOrEqual(2_000_000);
    expect(progress.some((message) => message.includes('100/100 cohorts'))).toBe(true);
  });

  it('reports row counts that match the files', async () => {
    for (const file of city.files) {
      // Line ends counted in the raw bytes (every line ends with one): no string per line for 2 million rows.
      let lines = 0;
      for await (const chunk of createReadStream(file.path) as AsyncIterable<Buffer>) {
        for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines++;
      }
      expect(lines - 1, file.kind).toBe(file.rows);
    }
  });

  it('registers RDR-00001…RDR-10000 with unique valid PESELs, a few still in the programme', async () => {
    const codes: string[] = [];
    const pesels = new Set<string>();
    let open = 0;
    let first = true;
    for await (const line of readLines(fileOf('mops-register'))) {
      if (first) {
        first = false;
        continue;
      }
      const [code = '', pesel = '', , exitDate, reason] = line.split(';');
      codes.push(code);
      pesels.add(pesel);
      expect(decodePesel(pesel)).not.toBeNull();
      expect(exitDate === '').toBe(reason === '');
      if (exitDate === '') open++;
    }
    expect(codes[0]).toBe('RDR-00001');
    expect(codes[9_999]).toBe('RDR-10000');
    expect(new Set(codes).size).toBe(10_000);
    expect(pesels.size).toBe(10_000);
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(100);
  });

  it('holds about 60 thousand sessions (55–75k), each with one duration, all of cohort activities', async () => {
    const activityCodes = new Set(city.programme.activities.map((activity) => activity.fileCode));
    const durations = new Map<string, string>();
    let disagreements = 0;
    let unknownActivities = 0;
    for (const kind of ATTENDANCE_FILE_KINDS) {
      const spec = PARTNER_FILE_SPECS.find((candidate) => candidate.kind === kind)!;
      const [activityColumn, dateColumn, durationColumn] =
        kind === 'zdz-attendance' ? [3, 4, 5] : [1, 2, 3];
      let first = true;
      for await (const line of readLines(fileOf(kind))) {
        if (first) {
          first = false;
          continue;
        }
        const fields = line.split(spec.delimiter);
        const activity = fields[activityColumn] ?? '';
        if (!activityCodes.has(activity)) unknownActivities++;
        const key = `${activity}|${fields[dateColumn]}`;
        const seen = durations.get(key);
        if (seen === undefined) durations.set(key, fields[durationColumn] ?? '');
        else if (seen !== fields[durationColumn]) disagreements++;
      }
    }
    expect(unknownActivities).toBe(0);
    expect(disagreements).toBe(0);
    expect(durations.size).toBeGreaterThan(55_000);
    expect(durations.size).toBeLessThan(75_000);
  });
});
