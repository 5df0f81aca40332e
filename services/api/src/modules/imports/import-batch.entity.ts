import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';

export enum ImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  REJECTED = 'REJECTED',
  INTERRUPTED = 'INTERRUPTED',
  /** A dry run: everything was checked and merged, then rolled back. */
  PREVIEWED = 'PREVIEWED',
  /** Accepted, then undone by a withdrawal. */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description:
    'RUNNING while being imported; INTERRUPTED when the process died mid-import (nothing was stored); PREVIEWED for a dry ' +
    'run (nothing stored, counts say what would change); WITHDRAWN for an accepted import later undone.',
});

export enum ImportMode {
  MERGE = 'MERGE',
  REPLACE = 'REPLACE',
}
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description:
    'MERGE inserts and updates, never deletes. REPLACE makes the file the partner\'s complete record of its kind for the ' +
    'period it covers (the calendar months its dates span, or an explicit from/to; the whole programme for the register): ' +
    'stored rows the file no longer has are deleted.',
});

/** Provenance of one partner file: what came in, from whom, and what happened to it. */
@ObjectType({ description: 'One partner file submitted to the hub, accepted or rejected, with its counts.' })
@Entity({ tableName: 'import_batch' })
@Index({ name: 'import_batch_programme_started_index', properties: ['programme', 'startedAt'] })
export class ImportBatch {
  [OptionalProps]?: 'rowsRead' | 'inserted' | 'updated' | 'deleted' | 'unchanged' | 'rejectedRows' | 'startedAt' | 'mode';

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

  @Field(() => Int, { description: 'Rows a REPLACE import deleted (the file no longer had them).' })
  @Property({ type: 'integer', default: 0 })
  deleted: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  unchanged: number = 0;

  @Field(() => ImportMode)
  @Enum({ items: () => ImportMode, type: 'string', default: ImportMode.MERGE })
  mode: ImportMode = ImportMode.MERGE;

  @Field(() => String, { nullable: true, description: 'First day a REPLACE import covered (YYYY-MM-DD); null for MERGE and the register.' })
  @Property({ type: 'date', nullable: true })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day a REPLACE import covered (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  periodTo?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the batch was withdrawn, if it was.' })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who withdrew it.' })
  @Property({ type: 'string', length: 200, nullable: true })
  withdrawnBy?: string | null;

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
