/**
 * One thing wrong with a programme definition: where (a JSON Pointer into the definition, and the file's
 * line when known), the offending value, and why.
 */
export interface DefinitionProblem {
  /** JSON Pointer, e.g. `/activities/3/partner`; `` for the whole definition. */
  path: string;
  /** The offending value (absent when a property is missing). */
  value?: unknown;
  message: string;
  /** 1-based line in the file, when the definition was read from one. */
  line?: number;
}

/** A definition refused: every problem found, in file order. */
export class ProgrammeDefinitionError extends Error {
  constructor(
    readonly source: string,
    readonly problems: DefinitionProblem[],
  ) {
    super(
      `${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the programme definition:\n` +
        problems.map((problem) => `  ${formatDefinitionProblem(problem)}`).join('\n'),
    );
    this.name = 'ProgrammeDefinitionError';
  }
}

const MAX_VALUE_LENGTH = 80;

/** `line 12, /activities/3/partner: names partner XYZ, which … (value: "XYZ")`. */
export function formatDefinitionProblem(problem: DefinitionProblem): string {
  const where = `${problem.line === undefined ? '' : `line ${problem.line}, `}${problem.path || '/'}`;
  return `${where}: ${problem.message}${problem.value === undefined ? '' : ` (value: ${showValue(problem.value)})`}`;
}

function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** Builds a JSON Pointer from segments (escaping `~` and `/`). */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
