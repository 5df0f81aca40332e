import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Activity } from '../activity/activity.entity.js';
import { ImportBatch } from '../imports/import-batch.entity.js';

@ObjectType({ description: 'One meeting of an activity on a date, with its length in hours.' })
@Entity({ tableName: 'session' })
@Unique({ name: 'session_activity_date_unique', properties: ['activity', 'date'] })
@Check({ name: 'session_length_check', expression: 'minutes > 0 and minutes <= 1440' })
export class Session {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade' })
  activity!: Ref<Activity>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  date!: string;

  /**
   * Length in minutes: exact for every partner's unit (MOPS hours × 60, CISI minutes, ZDZ 45-minute
   * lessons), where hours would not be (50 min = 0.8333… h); hours are derived once, after summing.
   */
  @Field(() => Float, { description: 'Length in minutes (MOPS hours × 60; CISI minutes; ZDZ lesson hours × 45).' })
  @Property({ type: 'decimal', precision: 10, scale: 4, runtimeType: 'number' })
  minutes!: number;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true, deleteRule: 'set null', index: false })
  importBatch?: Ref<ImportBatch> | null;
}
