import type { IndicatorTerm } from '@razem/seeds';

function describeTerm(term: IndicatorTerm): string {
  const filters = Object.entries(term.filter ?? {})
    .filter(([, values]) => Array.isArray(values) && values.length > 0)
    .map(([field, values]) => `${field} ∈ {${(values as string[]).join(', ')}}`);
  return filters.length ? `${term.measure} [${filters.join('; ')}]` : term.measure;
}

/** A human-readable formula, as exports and the explorer show it. */
export function describeIndicatorFormula(indicator: { numerator: IndicatorTerm; denominator?: IndicatorTerm | null }): string {
  const numerator = describeTerm(indicator.numerator);
  return indicator.denominator ? `${numerator} ÷ ${describeTerm(indicator.denominator)}` : numerator;
}
