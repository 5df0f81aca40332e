import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { AnalyticsContext } from './analytics-context.js';
import { IndicatorDirection } from '../../codes/indicator-codes.js';
import { dataVersionLoader } from '../answer-cache.js';
import { IndicatorStatus } from '../indicator-outlook.js';
import { runIndicatorOutlooks, type IndicatorOutlook } from '../indicator-trajectories.js';
import { IndicatorTrajectoryPoint, IndicatorValue } from './analytics.types.js';

/**
 * One outlook computation per request and question, however many indicators and fields ask for it:
 * keyed by the request's context object, so nothing outlives the request.
 */
const outlooksByRequest = new WeakMap<AnalyticsContext, Map<string, Promise<Map<string, IndicatorOutlook>>>>();

function outlookFor(value: IndicatorValue, context: AnalyticsContext): Promise<IndicatorOutlook | undefined> {
  let questions = outlooksByRequest.get(context);
  if (!questions) outlooksByRequest.set(context, (questions = new Map()));
  const key = JSON.stringify(value.question);
  let outlooks = questions.get(key);
  if (!outlooks) {
    outlooks = runIndicatorOutlooks(context.em, {
      programmeCode: value.question.programmeCode,
      filter: value.question.filter,
      viewer: context.viewer,
      k: context.config.suppressionK,
      cache: context.analyticsCache.forRequest(context.loaders.get(dataVersionLoader)),
    }).then((answer) => new Map(answer.outlooks.map((outlook) => [outlook.code, outlook])));
    questions.set(key, outlooks);
  }
  return outlooks.then((byCode) => byCode.get(value.code));
}

/** An indicator over time: computed only when a query asks for these fields (one indicators run per month). */
@Resolver(() => IndicatorValue)
export class IndicatorOutlookResolver {
  @FieldResolver(() => [IndicatorTrajectoryPoint], {
    description:
      'Every month from the programme\'s start (or the filter\'s `from`) to the later of its end and the last data month: ' +
      'the planned and the actual cumulative value, each month computed like `value` with the period cut at its last day.',
  })
  async trajectory(@Root() value: IndicatorValue, @Ctx() context: AnalyticsContext): Promise<IndicatorTrajectoryPoint[]> {
    return (await outlookFor(value, context))?.trajectory ?? [];
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'The value expected at the programme\'s end at the current pace: a linear trend over the last three months carried to ' +
      'the end month, never below what is reached (counts, hours) and within 0–1 (rates); the value itself once the period is over. ' +
      'Null when the value is withheld.',
  })
  async forecast(@Root() value: IndicatorValue, @Ctx() context: AnalyticsContext): Promise<number | null> {
    return (await outlookFor(value, context))?.forecast ?? null;
  }

  @FieldResolver(() => IndicatorStatus, { nullable: true, description: 'Where the indicator stands against its target; null without a target or a value.' })
  async status(@Root() value: IndicatorValue, @Ctx() context: AnalyticsContext): Promise<IndicatorStatus | null> {
    return (await outlookFor(value, context))?.status ?? null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'True when the planned trajectory is illustrative, not from the programme\'s own definition; null without a plan.',
  })
  async planIllustrative(@Root() value: IndicatorValue, @Ctx() context: AnalyticsContext): Promise<boolean | null> {
    return (await outlookFor(value, context))?.planIllustrative ?? null;
  }

  @FieldResolver(() => IndicatorDirection, { description: 'Whether the target is a floor to reach or a ceiling to stay under.' })
  async direction(@Root() value: IndicatorValue, @Ctx() context: AnalyticsContext): Promise<IndicatorDirection> {
    return (await outlookFor(value, context))?.direction ?? IndicatorDirection.AT_LEAST;
  }
}
