import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { IndicatorTerm, PlannedTrajectory } from '@razem/seeds';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { IndicatorDirection, IndicatorUnit } from '../../codes/indicator-codes.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Programme } from '../programme/programme.entity.js';

/** An indicator: a formula over analytics measures (numerator, optional denominator, each with a filter) and its target. */
@ObjectType('IndicatorDefinition', { description: 'How an indicator is computed and what it aims for.' })
@Entity({ tableName: 'indicator' })
@Unique({ name: 'indicator_programme_code_unique', properties: ['programme', 'code'] })
@Check({ name: 'indicator_rate_has_denominator_check', expression: "(unit = 'RATE') = (denominator is not null)" })
export class Indicator extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade', index: false })
  programme!: Ref<Programme>;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'json' })
  numerator!: IndicatorTerm;

  @Property({ type: 'json', nullable: true })
  denominator?: IndicatorTerm | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  target?: number | null;

  @Field(() => Boolean, { description: 'True when the target is illustrative, not from the programme\'s own definition.' })
  @Property({ type: 'boolean' })
  targetIllustrative!: boolean;

  @Field(() => IndicatorDirection, { description: 'Whether the target is a floor to reach or a ceiling to stay under.' })
  @Enum({ items: () => IndicatorDirection, type: 'string', default: IndicatorDirection.AT_LEAST })
  direction: IndicatorDirection = IndicatorDirection.AT_LEAST;

  /** The planned cumulative values month by month (programme definition); null when the programme plans none. */
  @Property({ type: 'json', nullable: true })
  plan?: PlannedTrajectory | null;

  @Field(() => IndicatorUnit)
  @Enum({ items: () => IndicatorUnit, type: 'string' })
  unit!: IndicatorUnit;

  @Field(() => Int, { description: 'Display order.' })
  @Property({ type: 'integer' })
  position!: number;
}
