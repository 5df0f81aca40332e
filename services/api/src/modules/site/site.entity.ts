import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Programme } from '../programme/programme.entity.js';

@ObjectType({ description: 'A place in the Old Town redeveloped by participants (cleaning, planting, murals).' })
@Entity({ tableName: 'site' })
@Unique({ name: 'site_programme_code_unique', properties: ['programme', 'code'] })
export class Site extends TimestampedEntity {
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

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the redevelopment was finished; null when not known.' })
  @Property({ type: 'date', nullable: true })
  redevelopedOn?: string | null;
}
