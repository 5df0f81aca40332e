import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { Task } from '../task/task.entity.js';
import { ActivityKind } from '../../codes/activity-kind.js';

@ObjectType({ description: 'Something a partner runs for participants: a workshop, class, course, the community centre.' })
@Entity({ tableName: 'activity' })
@Unique({ name: 'activity_programme_code_unique', properties: ['programme', 'code'] })
@Unique({ name: 'activity_partner_file_code_unique', properties: ['partner', 'fileCode'] })
export class Activity extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @Index({ name: 'activity_partner_index' })
  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Index({ name: 'activity_task_index' })
  @ManyToOne(() => Task, { ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @Field(() => String, { description: 'Activity code, e.g. MOPS-W1, CISI-SPORT, ZDZ-K05.' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => String, { description: 'The code this activity carries in its partner\'s files (warsztat, zajecia, kurs).' })
  @Property({ type: 'string', length: 40 })
  fileCode!: string;

  @Field(() => String, { description: 'Activity name (Polish).' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => ActivityKind)
  @Enum({ items: () => ActivityKind, type: 'string' })
  kind!: ActivityKind;

  @Field(() => String, { description: 'Where it took place.' })
  @Property({ type: 'string', length: 300 })
  venue!: string;

  @Field(() => String, { description: 'Who ran it.' })
  @Property({ type: 'string', length: 300 })
  organiser!: string;
}
