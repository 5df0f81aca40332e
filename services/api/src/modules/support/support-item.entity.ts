import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Activity } from '../activity/activity.entity.js';
import { ImportBatch } from '../imports/import-batch.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { SupportKindScalar, type SupportKind } from '../../codes/support-kind.js';

@ObjectType({ description: 'Material support given to a participant (equipment, examination, outfit, camera).' })
@Entity({ tableName: 'support_item' })
@Unique({ name: 'support_item_natural_key_unique', properties: ['participant', 'date', 'kind'] })
@Check({ name: 'support_item_quantity_check', expression: 'quantity > 0' })
export class SupportItem extends TimestampedEntity {
  @Field(() => ID, { description: 'The hub\'s internal id.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Participant, { ref: true, deleteRule: 'cascade', index: false })
  participant!: Ref<Participant>;

  /** The activity the support belongs to, from the programme's support-kind mapping. */
  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade' })
  activity!: Ref<Activity>;

  @Field(() => DateScalar, { description: 'When the support was given.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => SupportKindScalar, { description: 'What was given: one of the programme\'s support kinds (rodzaj).' })
  @Property({ type: 'text' })
  kind!: SupportKind;

  @Field(() => Int, { description: 'How many (ilosc).' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => String, { description: 'Free-text description from the partner (opis).' })
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true, deleteRule: 'set null', index: false })
  importBatch?: Ref<ImportBatch> | null;
}
