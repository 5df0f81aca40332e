import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';

export enum ImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  REJECTED = 'REJECTED',
  INTERRUPTED = 'INTERRUPTED',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'RUNNING while being imported; INTERRUPTED when the process died mid-import (nothing was stored).',
});

/** Provenance of one partner file: what came in, from whom, and what happened to it. */
@ObjectType({ description: 'One partner file submitted to the hub, accepted or rejected, with its counts.' })
@Entity({ tableName: 'import_batch' })
@Index({ name: 'import_batch_programme_started_index', properties: ['programme', 'startedAt'] })
export class ImportBatch {
  [OptionalProps]?: 'rowsRead' | 'inserted' | 'updated' | 'unchanged' | 'rejectedRows' | 'startedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade', index: false })
  programme!: Ref<Programme>;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Field(() => String, { description: 'Partner file kind, e.g. mops-register.' })
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  fileName!: string;

  @Field(() => String, { description: 'SHA-256 of the file as received, hex.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  encoding!: string;

  @Field(() => ImportStatus)
  @Enum({ items: () => ImportStatus, type: 'string' })
  status!: ImportStatus;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  rowsRead: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  inserted: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  updated: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  unchanged: number = 0;

  @Field(() => Int, { description: 'Number of rows the validation rejected.' })
  @Property({ type: 'integer', default: 0 })
  rejectedRows: number = 0;

  /** The full error report of a rejected file; exposed through the imports module's resolver. */
  @Property({ type: 'json', nullable: true })
  report?: unknown;

  @Field(() => String, { description: 'Who submitted it (user e-mail, token name or "cli").' })
  @Property({ type: 'string', length: 200 })
  submittedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}
