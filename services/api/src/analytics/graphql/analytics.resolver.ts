import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { AnalyticsContext } from './analytics-context.js';
import { allowed } from '../../access/access-rules.js';
import { analyticsInputError } from '../analytics-errors.js';
import { dataVersionLoader } from '../answer-cache.js';
import { runIndicators } from '../indicators.js';
import { runAggregate } from '../run-aggregate.js';
import { Dimension } from '../semantic/dimension.js';
import { Measure } from '../semantic/measure.js';
import { AnalyticsFilter } from './analytics-filter.input.js';
import { AggregateRow, IndicatorValue } from './analytics.types.js';

/** `aggregate` and `indicators`: thin GraphQL doors onto the analytics services (exports use the same ones). */
@Resolver()
export class AnalyticsResolver {
  @Authorized(allowed('Query.aggregate'))
  @Query(() => [AggregateRow], {
    description:
      'A measure split by up to three dimensions, within a filter, computed in PostgreSQL, for one programme or ' +
      'across several (a city-wide view). Small cells are suppressed for EVALUATOR (and for PARTNER outside its own ' +
      'activities): value null, suppressed true.',
  })
  async aggregate(
    @Arg('programme', () => String, { nullable: true, description: 'Programme code, e.g. RDR-PLOCK-2011. Give this or `programmes`.' })
    programme: string | null,
    @Arg('programmes', () => [String], {
      nullable: true,
      description:
        'Several programme codes instead of `programme` (at most 50): the measure over all of them. Cells with the same ' +
        'key codes are merged (counts and sums added, rates from the summed numerator and denominator; the same partner, ' +
        'task or activity code in several programmes is one row); a participant of two programmes counts in each. Not for PARTNER.',
    })
    programmes: string[] | null,
    @Arg('measure', () => Measure, { description: 'What to count or sum.' }) measure: Measure,
    @Arg('groupBy', () => [Dimension], { defaultValue: [], description: 'Dimensions to split by, in order (at most 3, no repeats); [] for the total.' })
    groupBy: Dimension[],
    @Arg('filter', () => AnalyticsFilter, { nullable: true, description: 'What to count: activities, participants, period.' })
    filter: AnalyticsFilter | null,
    @Ctx() context: AnalyticsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AggregateRow[]> {
    // An argument left out arrives as undefined, one passed as null as null: both mean not given.
    if ((programme == null) === (programmes == null)) {
      throw analyticsInputError('Give either programme (one code) or programmes (a list of codes), not both and not neither.', 'programme');
    }
    const answer = await runAggregate(context.em, {
      programmeCode: programme ?? programmes!.join(', '),
      programmeCodes: programmes ?? undefined,
      measure,
      groupBy,
      filter,
      viewer: context.viewer,
      k: context.config.suppressionK,
      maxCells: context.config.maxAnswerCells,
      cache: context.analyticsCache.forRequest(context.loaders.get(dataVersionLoader)),
    });
    // Large lists cost graphql-js more than computing them: the rows go into the response as they are.
    return context.leanAggregateRows?.hold(String(info.path.key), answer.rows) ?? answer.rows;
  }

  @Authorized(allowed('Query.indicators'))
  @Query(() => [IndicatorValue], {
    description: 'The programme\'s indicators (formulas over measures, with targets), in display order, suppressed like aggregates.',
  })
  async indicators(
    @Arg('programme', () => String, { description: 'Programme code, e.g. RDR-PLOCK-2011.' }) programme: string,
    @Arg('filter', () => AnalyticsFilter, { nullable: true, description: 'Applied to every term, within each indicator\'s own filter.' })
    filter: AnalyticsFilter | null,
    @Ctx() context: AnalyticsContext,
  ): Promise<IndicatorValue[]> {
    const answer = await runIndicators(context.em, {
      programmeCode: programme,
      filter,
      viewer: context.viewer,
      k: context.config.suppressionK,
      cache: context.analyticsCache.forRequest(context.loaders.get(dataVersionLoader)),
    });
    const question = { programmeCode: programme, filter };
    return answer.indicators.map((indicator) => Object.assign(new IndicatorValue(), indicator, { question }));
  }
}
