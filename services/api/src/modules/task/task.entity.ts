import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';

@ObjectType({ description: 'A task (zadanie) of the programme, carried out by one partner.' })
@Entity({ tableName: 'task' })
@Unique({ name: 'task_programme_code_unique', properties: ['programme', 'code'] })
export class Task extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Field(() => String, { description: 'Task code (the TASK dimension\'s code), e.g. RS, RSA, RSZ.' })
  @Property({ type: 'string', length: 20 })
  code!: string;

  @Field(() => String, { description: 'Task name (Polish), e.g. Reintegracja Społeczna.' })
  @Property({ type: 'string', length: 200 })
  name!: string;
}
