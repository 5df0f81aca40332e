import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { IndicatorUnit } from '../../codes/indicator-codes.js';
import type { AnalyticsFilterValues } from '../analytics-filter.js';
import { IndicatorStatus } from '../indicator-outlook.js';
import { Dimension } from '../semantic/dimension.js';

@ObjectType({ description: 'One key of an aggregate row: which dimension, its stable code and its Polish label.', simpleResolvers: true })
export class DimensionKey {
  @Field(() => Dimension, { description: 'The dimension this key belongs to.' })
  dimension!: Dimension;

  @Field(() => String, { description: 'Stable code: a partner, task or activity code, YYYY-MM for MONTH, or the enum value.' })
  code!: string;

  @Field(() => String, { description: 'Polish label for people: a name from the programme, a month name, or the enum value\'s label.' })
  label!: string;
}

@ObjectType({ description: 'One cell of an aggregate: its keys (one per groupBy dimension, in order) and its value.', simpleResolvers: true })
export class AggregateRow {
  @Field(() => [DimensionKey], { description: 'One key per groupBy dimension, in the order asked; empty for the total.' })
  keys!: DimensionKey[];

  @Field(() => Float, {
    nullable: true,
    description: 'The measure\'s value; null when suppressed, and for a rate with nothing to divide by.',
  })
  value!: number | null;

  @Field(() => Boolean, {
    description: 'True when the value is hidden to protect participants: fewer than SUPPRESSION_K of them, or a cell hidden so that another cannot be worked out by subtraction.',
  })
  suppressed!: boolean;
}

@ObjectType({ description: 'An indicator\'s value for the caller: a formula over measures, with its target.' })
export class IndicatorValue {
  @Field(() => String, { description: 'Stable indicator code, e.g. COMPLETION_RATE.' })
  code!: string;

  @Field(() => String, { description: 'Polish name.' })
  name!: string;

  @Field(() => String, { description: 'What the indicator counts (Polish).' })
  description!: string;

  @Field(() => String, { description: 'The formula written out, e.g. "COMPLETIONS ÷ PARTICIPANTS".' })
  formula!: string;

  @Field(() => IndicatorUnit, { description: 'How the value reads: a count, a rate from 0 to 1, or hours.' })
  unit!: IndicatorUnit;

  @Field(() => Float, { nullable: true, description: 'Numerator, or numerator ÷ denominator for rates; null when suppressed or dividing by zero.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'The programme\'s target; null when it sets none.' })
  target!: number | null;

  @Field(() => Boolean, { description: 'True when the target is illustrative, not from the programme\'s own definition.' })
  targetIllustrative!: boolean;

  @Field(() => Float, { nullable: true, description: 'The numerator measure\'s value; null when suppressed.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The denominator measure\'s value (rates only); null for counts and when suppressed.' })
  denominator!: number | null;

  @Field(() => Boolean, { description: 'True when the values are hidden because they rest on fewer than SUPPRESSION_K participants.' })
  suppressed!: boolean;

  /** The question this value answers, for the trajectory/forecast/status field resolvers (not a field). */
  question!: { programmeCode: string; filter: AnalyticsFilterValues | null };
}

registerEnumType(IndicatorStatus, {
  name: 'IndicatorStatus',
  description:
    'Where an indicator stands against its target. ACHIEVED: reached (a ceiling: kept to the end). ON_TRACK: the forecast ' +
    'reaches the target and the value is at most 10 % behind the month\'s plan. AT_RISK: the forecast misses by at most 10 % ' +
    'of the target, or the value is more than 10 % behind the plan. OFF_TRACK: the forecast misses by more than 10 %, or ' +
    'the period is over and the target was not reached.',
  valuesConfig: {
    ACHIEVED: { description: 'The target is reached (for a ceiling: the period is over and the value stayed under it).' },
    ON_TRACK: { description: 'The forecast reaches the target and the value keeps to the plan (within 10 %).' },
    AT_RISK: { description: 'The forecast misses the target by at most 10 %, or the value is more than 10 % behind the plan.' },
    OFF_TRACK: { description: 'The forecast misses the target by more than 10 %, or the period ended short of it.' },
  },
});

@ObjectType({ description: 'One month of an indicator\'s trajectory: planned and actual cumulative values as of the month\'s end.', simpleResolvers: true })
export class IndicatorTrajectoryPoint {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Float, { nullable: true, description: 'Cumulative planned value by the end of the month; null before the plan starts or without a plan.' })
  planned!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The indicator as of the end of the month (cumulative, within the filter); null after the as-of month and when withheld. The as-of month\'s equals `value`.',
  })
  actual!: number | null;
}
