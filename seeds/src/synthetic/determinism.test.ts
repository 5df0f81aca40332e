import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticDataset, type SyntheticProgramme } from './write-dataset.js';

const dirs: string[] = [];

/** Generates the pilot into a fresh temporary directory and hashes every file (keyed by its path inside the directory). */
async function hashPilot(seed?: number): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'synthetic-determinism-'));
  dirs.push(dir);
  const programmes: SyntheticProgramme[] = await writeSyntheticDataset({ scale: 'pilot', outDir: dir, ...(seed === undefined ? {} : { seed }) });
  const hashes: Record<string, string> = {};
  for (const file of programmes.flatMap((programme) => programme.files)) {
    hashes[relative(dir, file.path)] = createHash('sha256').update(await readFile(file.path)).digest('hex');
  }
  return hashes;
}

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('writeSyntheticDataset', () => {
  it('writes byte-identical files on every run with the same options', async () => {
    const first = await hashPilot();
    const second = await hashPilot();
    expect(Object.keys(first)).toHaveLength(8);
    expect(second).toEqual(first);
  });

  it('writes different data for a different seed', async () => {
    const standard = await hashPilot();
    const other = await hashPilot(7);
    for (const [path, hash] of Object.entries(standard)) expect(other[path], path).not.toBe(hash);
  });

  it('refuses a seed that is not an integer', async () => {
    await expect(writeSyntheticDataset({ scale: 'pilot', outDir: tmpdir(), seed: 1.5 })).rejects.toThrow(/integer/);
  });
});
