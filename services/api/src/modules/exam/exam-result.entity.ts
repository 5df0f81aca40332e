import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Activity } from '../activity/activity.entity.js';
import { ImportBatch } from '../imports/import-batch.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Programme } from '../programme/programme.entity.js';

/** A course exam sat by a participant; a passed exam is a certificate and carries its number. */
@ObjectType({ description: 'A vocational-course exam result; when passed, a certificate (zaświadczenie) with its number.' })
@Entity({ tableName: 'exam_result' })
@Unique({ name: 'exam_result_natural_key_unique', properties: ['activity', 'participant', 'examDate'] })
@Unique({ name: 'exam_result_certificate_number_unique', properties: ['programme', 'certificateNumber'] })
@Index({ name: 'exam_result_participant_index', properties: ['participant'] })
@Check({
  name: 'exam_result_certificate_check',
  expression: '(passed and certificate_number is not null) or (not passed and certificate_number is null)',
})
export class ExamResult extends TimestampedEntity {
  @Field(() => ID, { description: 'The hub\'s internal id.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade', index: false })
  programme!: Ref<Programme>;

  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade', index: false })
  activity!: Ref<Activity>;

  @ManyToOne(() => Participant, { ref: true, deleteRule: 'cascade', index: false })
  participant!: Ref<Participant>;

  @Field(() => DateScalar, { description: 'The day of the exam (data_egzaminu).' })
  @Property({ type: 'date' })
  examDate!: string;

  @Field(() => Boolean, { description: 'ZDAL (passed) or NIE_ZDAL (failed).' })
  @Property({ type: 'boolean' })
  passed!: boolean;

  @Field(() => String, { nullable: true, description: 'Certificate number (nr_zaswiadczenia), for passed exams only.' })
  @Property({ type: 'string', length: 80, nullable: true })
  certificateNumber?: string | null;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true, deleteRule: 'set null', index: false })
  importBatch?: Ref<ImportBatch> | null;
}
