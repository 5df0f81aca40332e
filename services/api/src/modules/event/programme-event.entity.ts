import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Programme } from '../programme/programme.entity.js';

@ObjectType('Event', { description: 'A community event of the programme, such as the Final Gala, with its audience.' })
@Entity({ tableName: 'programme_event' })
@Unique({ name: 'programme_event_programme_code_unique', properties: ['programme', 'code'] })
@Check({ name: 'programme_event_audience_check', expression: 'audience is null or audience >= 0' })
export class ProgrammeEvent extends TimestampedEntity<'audienceIllustrative'> {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade', index: false })
  programme!: Ref<Programme>;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  date!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  venue!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Number of people in the audience; null when not known.' })
  @Property({ type: 'integer', nullable: true })
  audience?: number | null;

  @Field(() => Boolean, { description: 'True when the audience figure is an estimate, not a count.' })
  @Property({ type: 'boolean', default: false })
  audienceIllustrative: boolean = false;
}
