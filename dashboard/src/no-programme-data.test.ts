// @vitest-environment node
// (It reads the seeds package, which locates its definition files by file URL.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as seeds from '@razem/seeds';
import type { ProgrammeDefinition } from '@razem/seeds';
import { describe, expect, it } from 'vitest';

const srcDir = path.dirname(fileURLToPath(import.meta.url));

/** The dashboard's own source: tests and their fixtures may name a programme, the dashboard may not. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'test-support' ? [] : sourceFiles(full);
    return /\.(ts|tsx|css)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Every programme definition the seeds package ships: its definition files (`shippedProgrammes()`, once the
 * definitions are files in `seeds/programmes/`) and any export shaped like a definition, so a new one is checked too.
 */
function shippedDefinitions(): ProgrammeDefinition[] {
  const files = (seeds as unknown as { shippedProgrammes?: () => { definition: ProgrammeDefinition }[] }).shippedProgrammes?.() ?? [];
  const exported = Object.values(seeds).filter(
    (value): value is ProgrammeDefinition =>
      !!value && typeof value === 'object' && 'code' in value && 'partners' in value && 'activities' in value && 'indicators' in value,
  );
  const byCode = new Map([...files.map((file) => file.definition), ...exported].map((definition) => [definition.code, definition]));
  return [...byCode.values()];
}

/**
 * What would tie the dashboard to one programme: the codes of the programme, its partners, tasks, activities
 * (and their file codes), support kinds and events, and the names of the programme, its partners, activities
 * and support kinds. Indicator codes are left out on purpose: they are the vocabulary comparisons match on.
 */
function programmeVocabulary(definition: ProgrammeDefinition): { codes: string[]; names: string[] } {
  return {
    codes: [
      definition.code,
      ...definition.partners.map((partner) => partner.code),
      ...definition.tasks.map((task) => task.code),
      ...definition.activities.flatMap((activity) => [activity.code, activity.fileCode]),
      ...definition.supportKinds.map((kind) => kind.code),
      ...definition.events.map((event) => event.code),
    ],
    names: [
      definition.name,
      ...definition.partners.map((partner) => partner.name),
      ...definition.activities.map((activity) => activity.name),
      ...definition.supportKinds.flatMap((kind) => [kind.name.pl, kind.name.en]),
    ],
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the dashboard names no programme', () => {
  const definitions = shippedDefinitions();
  const files = sourceFiles(srcDir);

  it('finds the shipped definitions and the sources to check', () => {
    expect(definitions.map((definition) => definition.code)).toContain('RDR-PLOCK-2011');
    expect(files.length).toBeGreaterThan(30);
  });

  it('has no code or name of a shipped programme in its source: everything comes from the API', () => {
    const found: string[] = [];
    for (const definition of definitions) {
      const { codes, names } = programmeVocabulary(definition);
      // A code counts as a whole token (RS must not match inside "RSA" or "ERRORS"); a name as text.
      const patterns = [
        ...[...new Set(codes)].filter((code) => code.length > 0).map((code) => ({ what: code, pattern: new RegExp(`(?<![\\w-])${escape(code)}(?![\\w-])`) })),
        ...[...new Set(names)].filter((name) => name.length > 3).map((name) => ({ what: name, pattern: new RegExp(escape(name), 'i') })),
      ];
      for (const file of files) {
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, index) => {
          for (const { what, pattern } of patterns) {
            if (pattern.test(line)) found.push(`${path.relative(srcDir, file)}:${index + 1} names ${definition.code}'s "${what}"`);
          }
        });
      }
    }
    expect(found).toEqual([]);
  });
});
