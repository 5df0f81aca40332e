import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_DIRS = ['services', 'seeds', 'dashboard'];
const SKIPPED = new Set(['node_modules', 'dist', '.turbo', 'coverage', 'test-artifacts']);

async function* sourceFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|md)$/.test(entry.name)) yield full;
  }
}

/** The section numbers of a document (`## 4. Analytics` → 4). */
async function sections(document: string): Promise<Set<number>> {
  const text = await readFile(path.join(root, 'docs', document), 'utf8');
  return new Set([...text.matchAll(/^## (\d+)\./gm)].map((match) => Number(match[1])));
}

describe('citations of the contract documents', () => {
  it('name documents that are in docs/ and sections that exist there', async () => {
    const known = { 'interfaces.md': await sections('interfaces.md'), 'domain.md': await sections('domain.md') };
    const broken: string[] = [];
    let citations = 0;
    const files = [path.join(root, 'README.md'), path.join(root, 'ARCHITECTURE.md')];
    for (const dir of SOURCE_DIRS) {
      for await (const file of sourceFiles(path.join(root, dir))) if (file !== fileURLToPath(import.meta.url)) files.push(file);
    }
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/(docs\/)?(interfaces|domain)\.md((?:,? ?§\s?\d+)*)/g)) {
        citations += 1;
        // By its path, so a reader finds it from anywhere in the repository.
        if (!match[1]) broken.push(`${path.relative(root, file)}: ${match[0]} (cite it as docs/${match[2]}.md)`);
        const document = `${match[2]}.md` as keyof typeof known;
        for (const section of match[3]!.matchAll(/\d+/g)) {
          if (!known[document].has(Number(section[0]))) broken.push(`${path.relative(root, file)}: ${match[0]}`);
        }
      }
    }
    expect(citations).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });
});
