import type { ResultOf } from '../graphql/graphql';
import type { ComparisonIndicatorsQuery } from '../graphql/documents';

export type ComparedIndicator = ResultOf<typeof ComparisonIndicatorsQuery>['indicators'][number];

/** One programme's side of the comparison: who it is and its indicators as the API answered them. */
export interface ProgrammeIndicators {
  programme: { code: string; name: string };
  indicators: readonly ComparedIndicator[];
}

/**
 * Why an indicator code cannot be read side by side: a programme lacks it, or the definitions disagree on
 * the unit (a count is not a rate) or on the direction (a floor to reach is not a ceiling to stay under).
 */
export type NotComparableReason = 'missing' | 'unit' | 'direction';

export interface ComparisonRow {
  code: string;
  /** The name in the first programme that defines the code (names may differ; the code is what matches). */
  name: string;
  comparable: boolean;
  reason: NotComparableReason | null;
  /** The programmes without this indicator (codes), for the 'missing' reason. */
  missingIn: string[];
  /** Per compared programme, in their order: its indicator, or null where it has none. */
  cells: (ComparedIndicator | null)[];
}

export interface Comparison {
  programmes: { code: string; name: string }[];
  rows: ComparisonRow[];
}

/**
 * The same indicators of several programmes side by side, matched by indicator code, in the order the
 * first programme lists them (then codes only later programmes have). A row is comparable when every
 * programme defines the code with the same unit and direction.
 */
export function shapeComparison(sides: readonly ProgrammeIndicators[]): Comparison {
  const codes: string[] = [];
  const seen = new Set<string>();
  for (const side of sides) {
    for (const indicator of side.indicators) {
      if (!seen.has(indicator.code)) {
        seen.add(indicator.code);
        codes.push(indicator.code);
      }
    }
  }
  const rows = codes.map((code): ComparisonRow => {
    const cells = sides.map((side) => side.indicators.find((indicator) => indicator.code === code) ?? null);
    const present = cells.filter((cell): cell is ComparedIndicator => cell !== null);
    const missingIn = sides.filter((_, index) => cells[index] === null).map((side) => side.programme.code);
    let reason: NotComparableReason | null = null;
    if (missingIn.length > 0) reason = 'missing';
    else if (new Set(present.map((cell) => cell.unit)).size > 1) reason = 'unit';
    else if (new Set(present.map((cell) => cell.direction)).size > 1) reason = 'direction';
    return { code, name: present[0]!.name, comparable: reason === null, reason, missingIn, cells };
  });
  return { programmes: sides.map((side) => ({ code: side.programme.code, name: side.programme.name })), rows };
}

/**
 * The programmes a comparison shows, in the order the user may see them: the current one always, with the
 * others the URL's `programmes=A,B` names (every other visible one when the URL names none). Codes the
 * user may not see are dropped, so a hand-edited URL shows nothing it should not.
 */
export function comparedProgrammes(visible: readonly { code: string }[], current: string, requested: string | null): string[] {
  const wanted = requested === null ? null : new Set(requested.split(',').map((code) => code.trim()).filter(Boolean));
  return visible.map((programme) => programme.code).filter((code) => code === current || wanted === null || wanted.has(code));
}

/** The chart's bars for one comparable indicator: per programme its value and its target (null where hidden or unset). */
export function comparisonChartData(comparison: Comparison, code: string): { programme: string; value: number | null; target: number | null }[] {
  const row = comparison.rows.find((candidate) => candidate.code === code);
  if (!row) return [];
  return comparison.programmes.map((programme, index) => {
    const cell = row.cells[index];
    return {
      programme: programme.code,
      value: !cell || cell.suppressed ? null : cell.value,
      target: cell?.target ?? null,
    };
  });
}
