import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { ImportBatch } from '../imports/import-batch.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { ResultType } from '../../codes/result-type.js';

@ObjectType({ description: 'A result recorded for a participant at or after exit (up to 6 months after the programme).' })
@Entity({ tableName: 'participant_result' })
@Unique({ name: 'participant_result_natural_key_unique', properties: ['participant', 'date', 'type'] })
export class ParticipantResult extends TimestampedEntity {
  @Field(() => ID, { description: 'The hub\'s internal id.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Participant, { ref: true, deleteRule: 'cascade', index: false })
  participant!: Ref<Participant>;

  @Field(() => DateScalar, { description: 'When the result was recorded.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => ResultType, { description: 'What the participant went on to (rezultat).' })
  @Enum({ items: () => ResultType, type: 'string' })
  type!: ResultType;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true, deleteRule: 'set null', index: false })
  importBatch?: Ref<ImportBatch> | null;
}
