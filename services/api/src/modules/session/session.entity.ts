import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Activity } from '../activity/activity.entity.js';
import { ImportBatch } from '../import-batch/import-batch.entity.js';

@ObjectType({ description: 'One meeting of an activity on a date, with its length in hours.' })
@Entity({ tableName: 'session' })
@Unique({ name: 'session_activity_date_unique', properties: ['activity', 'date'] })
@Check({ name: 'session_hours_check', expression: 'hours > 0 and hours <= 24' })
export class Session {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade' })
  activity!: Ref<Activity>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Float, { description: 'Length in hours (CISI minutes ÷ 60; ZDZ lesson hours × 0.75).' })
  // Four decimals: CISI sessions come in minutes (50 min = 0.8333 h), and sums must stay exact to the minute.
  @Property({ type: 'decimal', precision: 8, scale: 4, runtimeType: 'number' })
  hours!: number;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true, deleteRule: 'set null', index: false })
  importBatch?: Ref<ImportBatch> | null;
}
