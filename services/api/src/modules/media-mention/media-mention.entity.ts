import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Programme } from '../programme/programme.entity.js';

@ObjectType({ description: 'A press article or news item about the programme.' })
@Entity({ tableName: 'media_mention' })
@Unique({ name: 'media_mention_programme_code_unique', properties: ['programme', 'code'] })
export class MediaMention extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade', index: false })
  programme!: Ref<Programme>;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => String, { description: 'Where it appeared, e.g. Gazeta Wyborcza.' })
  @Property({ type: 'string', length: 200 })
  outlet!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 400 })
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;
}
