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

/** Every relative import of the program, read once for all the checks below. */
let edges: Promise<ImportEdge[]> | undefined;
const importEdges = () => (edges ??= readImportEdges());

async function readImportEdges(): Promise<ImportEdge[]> {
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

  it('has no cycle between folders, of two folders importing each other or longer', async () => {
    // Folder to folder, with the imports that make each edge (a cycle found names one of each edge's).
    const graph = new Map<string, Map<string, string[]>>();
    for (const { from, to } of await importEdges()) {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a === b) continue;
      const targets = graph.get(a) ?? graph.set(a, new Map()).get(a)!;
      targets.set(b, [...(targets.get(b) ?? []), `${from} -> ${to}`]);
    }
    const cycles: string[] = [];
    // Each cycle once: from its smallest folder, through larger ones only.
    const visit = (node: string, trail: string[]) => {
      for (const next of graph.get(node)?.keys() ?? []) {
        if (next === trail[0]) {
          const hops = [...trail, next];
          const imports = hops.slice(1).map((to, index) => {
            const [first, ...more] = graph.get(hops[index]!)!.get(to)!;
            return more.length ? `${first} (+${more.length} more)` : first;
          });
          cycles.push(`${hops.join(' -> ')}: ${imports.join('; ')}`);
        } else if (!trail.includes(next) && next > trail[0]!) visit(next, [...trail, next]);
      }
    };
    for (const start of graph.keys()) visit(start, [start]);
    expect(cycles).toEqual([]);
  });
});
