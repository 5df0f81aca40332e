import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PartnerFileKind, ProgrammeDefinition } from '../programme-definition.js';
import { planCohort } from './cohort-plan.js';
import { createCsvWriter, type CsvWriter } from './csv-writer.js';
import { PARTNER_FILE_SPECS } from './partner-files.js';
import { layoutSyntheticProgrammes, type ProgrammeLayout, type SyntheticScale } from './scales.js';
import { assertPilotPeriod } from './timeline.js';

export interface GeneratedFile {
  partner: 'MOPS' | 'CISI' | 'ZDZ';
  kind: PartnerFileKind;
  encoding: 'utf-8' | 'windows-1250';
  path: string;
  /** Data rows, header excluded. */
  rows: number;
}

export interface SyntheticProgramme {
  programme: ProgrammeDefinition;
  /** In import order: mops-register first, then the rest. */
  files: GeneratedFile[];
}

/** The seed used when none is given; any integer gives another, equally valid dataset. */
export const DEFAULT_SYNTHETIC_SEED = 20110901;

/** Closes every writer even when one fails, then reports the first failure. */
async function closeAll(writers: readonly CsvWriter[]): Promise<void> {
  const outcomes = await Promise.allSettled(writers.map((writer) => writer.close()));
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Writes one programme's partner files into `dir`, a cohort at a time. */
async function writeProgrammeFiles(options: {
  layout: ProgrammeLayout;
  dir: string;
  seed: number;
  kinds?: readonly PartnerFileKind[];
  onProgress?: (message: string) => void;
}): Promise<GeneratedFile[]> {
  const { layout, dir, seed } = options;
  assertPilotPeriod(layout.programme);
  await mkdir(dir, { recursive: true });
  const targets = PARTNER_FILE_SPECS.filter((spec) => !options.kinds || options.kinds.includes(spec.kind)).map((spec) => ({ spec, path: join(dir, spec.fileName) }));
  const writers = targets.map(({ spec, path }) =>
    createCsvWriter({ path, header: spec.header, delimiter: spec.delimiter, encoding: spec.encoding, lineEnding: spec.lineEnding, bom: spec.bom }),
  );
  // PESELs must be unique within a programme; the layout's serial range keeps programmes apart.
  const usedPesels = new Set<string>();
  try {
    for (const cohort of layout.cohorts) {
      const plan = planCohort({ seed, layout, cohort, usedPesels });
      for (let i = 0; i < targets.length; i++) {
        const target = targets[i];
        const writer = writers[i];
        if (target && writer) await writer.writeRows(target.spec.listRows(plan));
      }
      if (layout.cohorts.length > 1 && cohort.number % 10 === 0) {
        options.onProgress?.(`${layout.programme.code}: ${cohort.number}/${layout.cohorts.length} cohorts written`);
      }
    }
  } catch (error) {
    await closeAll(writers).catch(() => undefined);
    throw error;
  }
  await closeAll(writers);
  return targets.map(({ spec, path }, i) => ({
    partner: spec.partner,
    kind: spec.kind,
    encoding: spec.encoding,
    path,
    rows: writers[i]?.rows ?? 0,
  }));
}

/**
 * Writes every partner file of every programme of the scale into outDir/<programme code>/, streaming
 * (never building a whole file in memory). Same options → byte-identical files every run. With
 * `kinds`, only those files are written (the same bytes as in the full dataset).
 */
export async function writeSyntheticDataset(options: {
  scale: SyntheticScale;
  outDir: string;
  seed?: number;
  kinds?: readonly PartnerFileKind[];
  onProgress?: (message: string) => void;
}): Promise<SyntheticProgramme[]> {
  const seed = options.seed ?? DEFAULT_SYNTHETIC_SEED;
  if (!Number.isSafeInteger(seed)) throw new Error(`the seed must be an integer, got ${seed}`);
  const generated: SyntheticProgramme[] = [];
  for (const layout of layoutSyntheticProgrammes(options.scale)) {
    const { programme } = layout;
    const dir = resolve(options.outDir, programme.code);
    options.onProgress?.(`${programme.code}: writing ${layout.cohorts.length * layout.participantsPerCohort} synthetic participants to ${dir}`);
    const files = await writeProgrammeFiles({ layout, dir, seed, ...(options.kinds ? { kinds: options.kinds } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    const total = files.reduce((sum, file) => sum + file.rows, 0);
    options.onProgress?.(`${programme.code}: done, ${total} rows in ${files.length} files`);
    generated.push({ programme, files });
  }
  return generated;
}
