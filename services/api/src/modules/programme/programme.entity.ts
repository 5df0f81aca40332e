import { Check, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { DateScalar } from '../../graphql/date.scalar.js';

@ObjectType({ description: 'A programme run by a partnership (the hub\'s tenant): its period, targets and structure.' })
@Entity({ tableName: 'programme' })
@Check({ name: 'programme_period_check', expression: 'end_date >= start_date' })
export class Programme extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Stable programme code, e.g. RDR-PLOCK-2011.' })
  @Property({ type: 'string', length: 40 })
  @Unique({ name: 'programme_code_unique' })
  code!: string;

  @Field(() => String, { description: 'The programme\'s name (Polish).' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'What the programme is for (Polish).' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar, { description: 'First day of the programme period.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day of the programme period.' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Int, { description: 'Number of participants the programme set out to support.' })
  @Property({ type: 'integer' })
  targetParticipants!: number;

  @Field(() => Int, { description: 'Day of the following month by which each partner owes its files for a month (the submissions calendar).' })
  @Property({ type: 'integer', default: 10 })
  submissionDueDay: number = 10;

  @Field(() => Boolean, {
    description: 'True when the participant-level data behind this programme is synthetic (generated), not real records.',
  })
  @Property({ type: 'boolean' })
  syntheticParticipants!: boolean;

  /** The participant code every partner file uses, as a regular expression over the whole value (from the definition). */
  @Property({ type: 'string', length: 200, nullable: true })
  participantCodePattern?: string | null;

  /** The participant code format in words, for error messages ("RDR- and three or more digits"). */
  @Property({ type: 'string', length: 200, nullable: true })
  participantCodeDescription?: string | null;
}
