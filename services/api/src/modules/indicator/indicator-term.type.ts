import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One side of an indicator formula: a measure with an optional filter.' })
export class IndicatorTermView {
  @Field(() => String, { description: 'The analytics measure, e.g. COMPLETIONS.' })
  measure!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Filter applied to the measure (AnalyticsFilter shape).' })
  filter?: Record<string, unknown> | null;
}
