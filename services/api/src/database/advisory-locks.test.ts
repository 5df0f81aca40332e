import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADVISORY_LOCK } from './advisory-locks.js';

const src = fileURLToPath(new URL('..', import.meta.url));

async function programFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await programFiles(full)));
    else if (entry.name.endsWith('.ts') && !/\.(test|d)\.ts$/.test(entry.name)) files.push(full);
  }
  return files;
}

describe('the registry of advisory locks', () => {
  it('gives every lock a namespace of its own that PostgreSQL accepts as an int4 key', () => {
    const namespaces = Object.values(ADVISORY_LOCK);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const namespace of namespaces) {
      expect(Number.isInteger(namespace)).toBe(true);
      expect(namespace).toBeGreaterThan(0);
      expect(namespace).toBeLessThan(2 ** 31);
    }
  });

  it('is the only place that takes an advisory lock', async () => {
    const registry = fileURLToPath(new URL('./advisory-locks.ts', import.meta.url));
    const elsewhere: string[] = [];
    for (const file of await programFiles(src)) {
      if (file === registry) continue;
      if (/pg_(try_)?advisory/.test(await readFile(file, 'utf8'))) elsewhere.push(path.relative(src, file));
    }
    expect(elsewhere).toEqual([]);
  });
});
