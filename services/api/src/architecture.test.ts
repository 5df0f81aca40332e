import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of src/ (ARCHITECTURE.md, "Folders of the API"): no two folders import each other and no
 * longer cycle runs through folders, so every dependency points one way. app/ composes everything (resolver
 * list, schema, entity list, ORM config); the domain modules use analytics/ only through analytics/index.ts;
 * analytics/ reads the codes and the viewer, never modules/; graphql/ and database/ are infrastructure that
 * imports no domain; access/ and codes/ are leaves. Walks every relative import, type imports included (a
 * type-only cycle still ties two folders together); tests and test-support/ are left out.
 */
const src = fileURLToPath(new URL('.', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'test-support') files.push(...(await sourceFiles(full)));
    // Tests and their helpers may reach anything; the rules are for the program.
    else if (entry.name.endsWith('.ts') && !/\.(test|fault-test|d)\.ts$/.test(entry.name) && entry.name !== 'test-support') files.push(full);
  }
  return files;
}

interface ImportEdge {
  from: string;
  to: string;
}

async function importEdges(): Promise<ImportEdge[]> {
  const edges: ImportEdge[] = [];
  for (const file of await sourceFiles(src)) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gm)) {
      const target = path.resolve(path.dirname(file), match[1]!).replace(/\.js$/, '.ts');
      edges.push({ from: path.relative(src, file), to: path.relative(src, target) });
    }
  }
  return edges;
}

/** A file's folder: its top folder under src/ (files at the top are the entry points). */
const folderOf = (file: string) => (file.includes(path.sep) ? file.split(path.sep)[0]! : '(entry)');

/** What everything needs (who is calling, the contract's codes as GraphQL types): importing nothing of src/. */
const LEAVES = ['access', 'codes'];

describe('the import graph', () => {
  it('keeps access/ and codes/ leaves', async () => {
    const out = (await importEdges()).filter(({ from, to }) => LEAVES.includes(folderOf(from)) && folderOf(to) !== folderOf(from));
    expect(out.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it('imports analytics/ from outside only through analytics/index.ts (benchmarks measure its internals)', async () => {
    const deep = (await importEdges()).filter(
      ({ from, to }) => folderOf(to) === 'analytics' && folderOf(from) !== 'analytics' && to !== path.join('analytics', 'index.ts') && folderOf(from) !== 'bench',
    );
    expect(deep.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it('has no pair of folders importing each other', async () => {
    const byPair = new Map<string, string[]>();
    for (const { from, to } of await importEdges()) {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a !== b) byPair.set(`${a}|${b}`, [...(byPair.get(`${a}|${b}`) ?? []), `${from} -> ${to}`]);
    }
    const mutual: string[] = [];
    for (const [pair, imports] of byPair) {
      const [a, b] = pair.split('|') as [string, string];
      const back = byPair.get(`${b}|${a}`);
      if (back && a < b) mutual.push(`${a} <-> ${b}: ${[...imports, ...back].join('; ')}`);
    }
    expect(mutual).toEqual([]);
  });

  it('has no cycle of three or more folders either', async () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of await importEdges()) {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a === b) continue;
      graph.set(a, (graph.get(a) ?? new Set()).add(b));
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (next === trail[0]) cycles.push([...trail, next].join(' -> '));
        else if (!trail.includes(next) && next > trail[0]!) visit(next, [...trail, next]);
      }
    };
    for (const start of graph.keys()) visit(start, [start]);
    expect(cycles).toEqual([]);
  });
});
