import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/** Append-only record of who did what: logins, mutations, imports (with old and new values), exports. */
@ObjectType({ description: 'One entry of the audit log.' })
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_at_index', properties: ['at'] })
export class AuditEntry {
  [OptionalProps]?: 'at';

  @Field(() => ID, { description: 'Position in the log: later entries have larger ids.' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => String, { description: 'Who: a user e-mail, a token name, "cli" or "anonymous".' })
  @Property({ type: 'string', length: 200 })
  actor!: string;

  @Field(() => String, { description: 'What, e.g. import.update, login.failure, export.indicators.' })
  @Property({ type: 'string', length: 80 })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The programme concerned, when there is one.' })
  @Property({ type: 'string', length: 40, nullable: true })
  programmeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of record concerned, e.g. participant, attendance.' })
  @Property({ type: 'string', length: 60, nullable: true })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Natural key of the record concerned, e.g. RDR-007.' })
  @Property({ type: 'string', length: 200, nullable: true })
  entityKey?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details: old and new values, counts, parameters.' })
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;
}
