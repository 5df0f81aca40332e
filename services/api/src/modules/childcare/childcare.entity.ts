import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Activity } from '../activity/activity.entity.js';
import { ImportBatch } from '../imports/import-batch.entity.js';
import { Participant } from '../participant/participant.entity.js';

@ObjectType({ description: 'Care for a participant\'s children at the community centre on one day.' })
@Entity({ tableName: 'childcare' })
@Unique({ name: 'childcare_participant_date_unique', properties: ['participant', 'date'] })
@Check({ name: 'childcare_values_check', expression: 'children_count > 0 and hours > 0 and hours <= 24' })
export class Childcare extends TimestampedEntity {
  @Field(() => ID, { description: 'The hub\'s internal id.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Participant, { ref: true, deleteRule: 'cascade', index: false })
  participant!: Ref<Participant>;

  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade' })
  activity!: Ref<Activity>;

  @Field(() => DateScalar, { description: 'The day of the care.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Int, { description: 'Number of children cared for (liczba_dzieci).' })
  @Property({ type: 'integer' })
  childrenCount!: number;

  @Field(() => Float, { description: 'Hours of care that day (godziny).' })
  @Property({ type: 'decimal', precision: 6, scale: 2, runtimeType: 'number' })
  hours!: number;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true, deleteRule: 'set null', index: false })
  importBatch?: Ref<ImportBatch> | null;
}
