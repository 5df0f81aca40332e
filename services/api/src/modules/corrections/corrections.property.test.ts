import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticDataset, type GeneratedFile } from '@razem/seeds';
import { Dimension, Measure } from '../../analytics/index.js';
import { runSql, sql } from '../../database/sql-fragment.js';
import { importLines } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { cliViewer } from '../../access/viewer.js';
import type { PartnerFileKind } from '../imports/partner-file-kinds.js';
import { eraseParticipant } from './erase-participant.service.js';
import { withdrawImportBatch } from './withdraw-batch.service.js';

/**
 * The state never depends on the history of corrections: random sequences of merge and replace
 * imports (subsets of the pilot's files, some values changed), withdrawals and erasures end in the
 * same analytics as a fresh database that imports only the files the history amounts to. A model
 * keeps those files: per kind, the lines by natural key.
 */

/** How the model reads a line of each kind: its natural key, its date (for a replace's months), the person. */
interface KindModel {
  key: (fields: string[]) => string;
  date: ((fields: string[]) => string) | null;
  person: (fields: string[]) => string;
  delimiter: ';' | ',';
  /** A changed copy of the line (another value, same key), or null when the kind has none to change. */
  change: ((fields: string[]) => string[]) | null;
}
const iso = (value: string) => (value.includes('.') ? value.split('.').reverse().join('-') : value);
const cycle = (values: string[], value: string) => values[(values.indexOf(value) + 1) % values.length]!;
const withLast = (fields: string[], value: string) => [...fields.slice(0, -1), value];
const KINDS: Record<PartnerFileKind, KindModel> = {
  'mops-register': { key: (f) => f[0]!, date: null, person: (f) => f[0]!, delimiter: ';',
    change: (f) => [...f.slice(0, 5), cycle(['BEZROBOTNY', 'BIERNY', 'PRACUJACY'], f[5]!), f[6]!] },
  'mops-workshops': { key: (f) => f.slice(0, 3).join(';'), date: (f) => f[2]!, person: (f) => f[0]!, delimiter: ';',
    change: (f) => withLast(f, cycle(['OB', 'NB', 'US'], f[4]!)) },
  'mops-childcare': { key: (f) => f.slice(0, 2).join(';'), date: (f) => f[1]!, person: (f) => f[0]!, delimiter: ';',
    change: (f) => withLast(f, f[3] === '2' ? '3' : '2') },
  'mops-results': { key: (f) => f.join(';'), date: (f) => f[1]!, person: (f) => f[0]!, delimiter: ';', change: null },
  'cisi-attendance': { key: (f) => f.slice(0, 3).join(','), date: (f) => iso(f[2]!), person: (f) => f[0]!, delimiter: ',',
    change: (f) => withLast(f, f[4] === 'T' ? 'N' : 'T') },
  'cisi-support': { key: (f) => f.slice(0, 3).join(','), date: (f) => iso(f[1]!), person: (f) => f[0]!, delimiter: ',', change: null },
  'zdz-attendance': { key: (f) => [f[0], f[3], f[4]].join(';'), date: (f) => f[4]!, person: (f) => f[0]!, delimiter: ';',
    change: (f) => withLast(f, f[6] === '1' ? '0' : '1') },
  'zdz-exams': { key: (f) => f.slice(0, 3).join(';'), date: (f) => f[2]!, person: (f) => f[0]!, delimiter: ';', change: null },
};
const KIND_ORDER = Object.keys(KINDS) as PartnerFileKind[];

/** mulberry32: small, seeded, good enough to pick subsets. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Files = Map<PartnerFileKind, Map<string, string>>;
const copy = (files: Files): Files => new Map([...files].map(([kind, lines]) => [kind, new Map(lines)]));
const fieldsOf = (kind: PartnerFileKind, line: string) => line.split(KINDS[kind].delimiter);
const monthOf = (date: string) => date.slice(0, 7);

describe('corrections, property: the state never depends on the history', () => {
  let testHub: TestHub;
  let dir: string;
  const headers = new Map<PartnerFileKind, string>();
  /** Universe: the pilot's lines of the chosen participants, per kind. */
  const universe = new Map<PartnerFileKind, string[]>();
  /** Participant code of each person key (ZDZ files name people by PESEL). */
  const codeOfPerson = new Map<string, string>();
  const orm = () => testHub.database.orm;

  beforeAll(async () => {
    testHub = await createTestHub();
    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-corrections-property-'));
    const [pilot] = await writeSyntheticDataset({ scale: 'pilot', outDir: dir });
    const read = async (file: GeneratedFile) =>
      (file.encoding === 'windows-1250' ? iconv.decode(await readFile(file.path), 'win1250') : (await readFile(file.path, 'utf8')).replace(/^\uFEFF/, ''))
        .split(/\r?\n/)
        .filter(Boolean);
    // Twelve people: enough for every kind of record, few enough to import fast.
    const chosen = new Set(Array.from({ length: 12 }, (_, index) => `RDR-${String(index * 8 + 1).padStart(3, '0')}`));
    for (const file of pilot!.files) {
      const [header, ...lines] = await read(file);
      headers.set(file.kind as PartnerFileKind, header!);
      if (file.kind === 'mops-register') {
        for (const line of lines) {
          const [code, pesel] = line.split(';');
          codeOfPerson.set(code!, code!);
          codeOfPerson.set(pesel!, code!);
        }
      }
      universe.set(file.kind as PartnerFileKind, lines);
    }
    for (const [kind, lines] of universe) {
      universe.set(kind, lines.filter((line) => chosen.has(codeOfPerson.get(KINDS[kind].person(fieldsOf(kind, line)))!)));
    }
  });
  afterAll(async () => {
    await testHub.close();
    await rm(dir, { recursive: true, force: true });
  });

  const importFile = (kind: PartnerFileKind, lines: string[], mode: 'MERGE' | 'REPLACE') =>
    importLines(orm(), kind, [headers.get(kind)!, ...lines], {
      mode,
      allowMassDelete: true,
      encoding: kind.startsWith('zdz') ? 'windows-1250' : 'utf-8',
    });

  async function wipe(): Promise<void> {
    const em = orm().em.fork();
    await runSql(em, sql`delete from participant`);
    await runSql(em, sql`delete from session`);
    await runSql(em, sql`delete from import_batch`);
  }

  /** Every measure × (no grouping, MONTH, ACTIVITY, PARTNER), exact (ADMIN). */
  async function analytics(): Promise<Record<string, unknown>> {
    const fields = Object.values(Measure).flatMap((measure) =>
      [[], [Dimension.MONTH], [Dimension.ACTIVITY], [Dimension.PARTNER]].map(
        (groupBy) => `${measure}_${groupBy[0] ?? 'ALL'}: aggregate(programme: "RDR-PLOCK-2011", measure: ${measure}, groupBy: [${groupBy.join(',')}]) { keys { code } value }`,
      ),
    );
    const answer: Record<string, unknown> = {};
    for (let start = 0; start < fields.length; start += 14) {
      const { data, errors } = await testHub.hub.execute(`{ ${fields.slice(start, start + 14).join('\n')} }`);
      expect(errors).toBeUndefined();
      Object.assign(answer, data);
    }
    return answer;
  }

  async function runSequence(seed: number): Promise<void> {
    const random = randomFrom(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const log: string[] = [];
    let files: Files = new Map(KIND_ORDER.map((kind) => [kind, new Map()]));
    /** Accepted batches still in force, newest last, with the files before each. */
    const stack: { batchId: number; before: Files }[] = [];

    const submit = async (kind: PartnerFileKind, lines: string[], mode: 'MERGE' | 'REPLACE') => {
      const report = await importFile(kind, lines, mode);
      expect(report.errors, `seed ${seed}: ${log.join(' → ')}`).toEqual([]);
      const before = copy(files);
      const model = files.get(kind)!;
      if (mode === 'REPLACE') {
        const date = KINDS[kind].date;
        const dates = date ? lines.map((line) => date(fieldsOf(kind, line))).sort() : [];
        const [from, to] = [dates[0] && monthOf(dates[0]), dates.at(-1) && monthOf(dates.at(-1)!)];
        for (const [key, line] of model) {
          if (!date || (monthOf(date(fieldsOf(kind, line))) >= from! && monthOf(date(fieldsOf(kind, line))) <= to!)) model.delete(key);
        }
      }
      for (const line of lines) model.set(KINDS[kind].key(fieldsOf(kind, line)), line);
      stack.push({ batchId: report.batchId, before });
    };

    await submit('mops-register', universe.get('mops-register')!, 'MERGE');
    log.push('register');
    for (let step = 0; step < 5; step += 1) {
      const action = random();
      if (action < 0.6 || stack.length < 2) {
        const kind = pick(KIND_ORDER.slice(1));
        const model = KINDS[kind];
        // A subset of the kind's lines, a few of them changed.
        const lines = universe.get(kind)!
          .filter(() => random() < 0.7)
          .filter((line) => files.get('mops-register')!.has(codeOfPerson.get(model.person(fieldsOf(kind, line)))!))
          .map((line) => (model.change && random() < 0.15 ? model.change(fieldsOf(kind, line)).join(model.delimiter) : line));
        if (!lines.length) continue;
        const mode = random() < 0.5 ? 'REPLACE' : 'MERGE';
        log.push(`${mode.toLowerCase()} ${kind} (${lines.length})`);
        await submit(kind, lines, mode);
      } else if (action < 0.85) {
        const top = stack.pop()!;
        log.push(`withdraw ${top.batchId}`);
        await withdrawImportBatch({ orm: orm(), batchId: top.batchId, viewer: cliViewer });
        files = top.before;
      } else {
        const code = pick([...files.get('mops-register')!.keys()]);
        log.push(`erase ${code}`);
        await eraseParticipant({ orm: orm(), programmeCode: 'RDR-PLOCK-2011', code, viewer: cliViewer });
        // Erasure is final: gone from the files in force and from every earlier state a withdrawal returns to.
        for (const state of [files, ...stack.map((entry) => entry.before)]) {
          for (const [kind, lines] of state) {
            for (const [key, line] of lines) if (codeOfPerson.get(KINDS[kind].person(fieldsOf(kind, line))) === code) lines.delete(key);
          }
        }
      }
    }
    const afterHistory = await analytics();
    await wipe();
    for (const kind of KIND_ORDER) {
      const lines = [...files.get(kind)!.values()];
      if (lines.length) expect((await importFile(kind, lines, 'MERGE')).errors).toEqual([]);
    }
    const fresh = await analytics();
    await wipe();
    expect(afterHistory, `seed ${seed}: ${log.join(' → ')}`).toEqual(fresh);
  }

  it('gives every measure by MONTH, ACTIVITY and PARTNER as importing only the final files would', async () => {
    // One fixed sequence and one new each run; a failure prints its seed and steps.
    for (const seed of [20111214, Number(process.env.CORRECTIONS_SEED ?? Date.now() % 1_000_000_007)]) await runSequence(seed);
  });
});
