import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { ImportBatch } from '../imports/import-batch.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { EducationLevel, ExitReason, LabourStatus, Sex } from '../../codes/participant-attributes.js';

/**
 * A person in the MOPS register, known only by the programme code. The PESEL is kept solely as an
 * HMAC keyed by the hub's secret (to link ZDZ rows) and has no GraphQL field; names are never stored.
 */
@ObjectType({ description: 'A participant, pseudonymous: known by the programme code MOPS assigns (RDR-001 …).' })
@Entity({ tableName: 'participant' })
@Unique({ name: 'participant_programme_code_unique', properties: ['programme', 'code'] })
@Unique({ name: 'participant_programme_pesel_hash_unique', properties: ['programme', 'peselHash'] })
@Check({ name: 'participant_exit_consistency_check', expression: '(exit_date is null) = (exit_reason is null)' })
@Check({ name: 'participant_exit_after_entry_check', expression: 'exit_date is null or exit_date >= entry_date' })
@Check({ name: 'participant_birth_before_entry_check', expression: 'birth_date < entry_date' })
export class Participant extends TimestampedEntity {
  @Field(() => ID, { description: 'The hub\'s internal id; the programme code is the one people use.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @Field(() => String, { description: 'Programme code assigned by MOPS, e.g. RDR-001.' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  /** HMAC-SHA-256 of the PESEL, hex. Deliberately not a GraphQL field. */
  @Property({ type: 'string', length: 64 })
  peselHash!: string;

  /**
   * The secret record key of the cell key method (analytics/perturbation/), in [0, 2^32), drawn by the
   * database on insert. Never a GraphQL field, never loaded (lazy) nor serialised (hidden): only the
   * analytics SQL sums it, and answers show nothing but the perturbation it drives.
   */
  @Property({ type: 'bigint', defaultRaw: 'participant_new_record_key()', lazy: true, hidden: true })
  recordKey?: string;

  @Field(() => Sex, { description: 'Sex as read from the PESEL.' })
  @Enum({ items: () => Sex, type: 'string' })
  sex!: Sex;

  /**
   * Read from the PESEL. Deliberately not a GraphQL field: with sex it gives away most of the
   * PESEL (its first six digits are the birth date). The API shows ageAtEntry and ageBand instead.
   */
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => DateScalar, { description: 'Date of joining the programme (data_przystapienia).' })
  @Property({ type: 'date' })
  entryDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date of leaving the programme; null while still in it.' })
  @Property({ type: 'date', nullable: true })
  exitDate?: string | null;

  @Field(() => ExitReason, { nullable: true, description: 'Why the participant left; null while still in the programme.' })
  @Enum({ items: () => ExitReason, type: 'string', nullable: true })
  exitReason?: ExitReason | null;

  @Field(() => LabourStatus, { description: 'Labour-market status at entry.' })
  @Enum({ items: () => LabourStatus, type: 'string' })
  labourStatus!: LabourStatus;

  @Field(() => EducationLevel, { description: 'Education at entry.' })
  @Enum({ items: () => EducationLevel, type: 'string' })
  educationLevel!: EducationLevel;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true, deleteRule: 'set null', index: false })
  importBatch?: Ref<ImportBatch> | null;
}
