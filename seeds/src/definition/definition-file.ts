import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { IndicatorDefinition, PlannedPoint, ProgrammeDefinition } from '../programme-definition.js';
import { ProgrammeDefinitionError, type DefinitionProblem } from './definition-problem.js';
import { schemaProblems } from './definition-schema.js';
import { semanticProblems } from './definition-semantics.js';

/** The folder of the programme definitions shipped with the hub (`seeds/programmes/`). */
export const shippedProgrammesDir = fileURLToPath(new URL('../../programmes/', import.meta.url));

/** A definition read from a file: the file's SHA-256 identifies exactly what was applied. */
export interface ProgrammeDefinitionCheck {
  source: string;
  sha256: string;
  /** Present only when there are no problems. */
  definition?: ProgrammeDefinition;
  problems: DefinitionProblem[];
}

export interface LoadedProgrammeDefinition {
  file: string;
  sha256: string;
  definition: ProgrammeDefinition;
}

/**
 * Parses and checks a definition written as YAML or JSON (JSON is read as YAML, which it is a subset of):
 * syntax, then the published JSON Schema, then the cross-references — every problem of the last two
 * together, with the line each sits on. Compact plans are expanded into points.
 */
export function parseProgrammeDefinition(options: { text: string; source: string }): ProgrammeDefinitionCheck {
  const sha256 = createHash('sha256').update(options.text).digest('hex');
  const lineCounter = new LineCounter();
  const document = parseDocument(options.text, { lineCounter, uniqueKeys: true });
  if (document.errors.length) {
    return {
      source: options.source,
      sha256,
      problems: document.errors.map((error) => ({ path: '', line: error.linePos?.[0].line, message: `not valid YAML/JSON: ${error.message.split('\n')[0]}` })),
    };
  }
  const raw: unknown = document.toJS({ maxAliasCount: 100 });
  const problems = [...schemaProblems(raw), ...semanticProblems(raw)]
    .map((problem) => ({ ...problem, line: lineOf(document, lineCounter, problem.path) }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length) return { source: options.source, sha256, problems };
  const parsed = raw as ProgrammeDefinition;
  const definition: ProgrammeDefinition = { ...parsed, indicators: parsed.indicators.map(expandPlan) };
  return { source: options.source, sha256, definition, problems: [] };
}

/** Reads and checks a definition file (see parseProgrammeDefinition); a missing file throws. */
export function readProgrammeDefinitionFile(file: string): ProgrammeDefinitionCheck {
  return parseProgrammeDefinition({ text: readFileSync(file, 'utf8'), source: file });
}

/** Loads a definition file, or throws a ProgrammeDefinitionError listing every problem. */
export function loadProgrammeDefinitionFile(file: string): LoadedProgrammeDefinition {
  const check = readProgrammeDefinitionFile(file);
  if (!check.definition) throw new ProgrammeDefinitionError(check.source, check.problems);
  return { file, sha256: check.sha256, definition: check.definition };
}

/** Every definition shipped in `seeds/programmes/` (`*.yaml`, by file name). */
export function shippedProgrammes(): LoadedProgrammeDefinition[] {
  return readdirSync(shippedProgrammesDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => loadProgrammeDefinitionFile(path.join(shippedProgrammesDir, name)));
}

/** The months `first` … `last` (YYYY-MM), inclusive. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))]; ; ) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

type FilePlan = { illustrative: boolean; points?: PlannedPoint[]; even?: { from: string; to: string; start?: number; end?: number } };

/** An `even` plan as points: month i of n plans round(start + (end − start) × i ÷ n); `end` defaults to the target. */
function expandPlan(indicator: IndicatorDefinition): IndicatorDefinition {
  const plan = indicator.plan as FilePlan | undefined;
  if (!plan?.even) return indicator;
  const { from, to, start = 0, end = indicator.target ?? 0 } = plan.even;
  const months = monthsBetween(from, to);
  return {
    ...indicator,
    plan: {
      illustrative: plan.illustrative,
      points: months.map((month, index) => ({ month, planned: Math.round(start + ((end - start) * (index + 1)) / months.length) })),
    },
  };
}

/** The line of the node at a JSON Pointer, or of its nearest existing ancestor (a missing property: its object). */
function lineOf(document: Document, lineCounter: LineCounter, jsonPointer: string): number | undefined {
  const segments = jsonPointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  for (let length = segments.length; length >= 0; length -= 1) {
    const node = length ? document.getIn(segments.slice(0, length), true) : document.contents;
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}
