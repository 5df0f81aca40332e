import type { IndicatorTerm } from '@razem/seeds';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Indicator } from './indicator.entity.js';
import { IndicatorTermView } from './indicator-term.type.js';
import { describeIndicatorFormula } from '../../analytics/index.js';

function toTermView(term: IndicatorTerm): IndicatorTermView {
  return { measure: term.measure, filter: (term.filter as Record<string, unknown> | undefined) ?? null };
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => IndicatorTermView, { description: 'What is counted.' })
  numerator(@Root() indicator: Indicator): IndicatorTermView {
    return toTermView(indicator.numerator);
  }

  @FieldResolver(() => IndicatorTermView, { nullable: true, description: 'What it is divided by (rates only).' })
  denominator(@Root() indicator: Indicator): IndicatorTermView | null {
    return indicator.denominator ? toTermView(indicator.denominator) : null;
  }

  @FieldResolver(() => String, { description: 'The formula written out, e.g. "COMPLETIONS ÷ PARTICIPANTS".' })
  formula(@Root() indicator: Indicator): string {
    return describeIndicatorFormula(indicator);
  }
}
