import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { ImportBatch } from './import-batch.entity.js';

/**
 * The before-image of one row an accepted import updated or deleted (inserted rows need none: they
 * carry the batch's id). A withdrawal restores these; erasing a person deletes theirs. Private: no
 * GraphQL type, never exported, holds the PESEL hash of a register row as the row itself does.
 */
@Entity({ tableName: 'import_row_change' })
@Index({ name: 'import_row_change_row_index', properties: ['tableName', 'rowKey'] })
@Index({ name: 'import_row_change_participant_index', properties: ['participantId'] })
@Index({ name: 'import_row_change_batch_index', properties: ['batch'] })
@Index({ name: 'import_row_change_before_batch_index', properties: ['beforeBatchId'] })
export class ImportRowChange {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => ImportBatch, { ref: true, deleteRule: 'cascade' })
  batch!: Ref<ImportBatch>;

  @Property({ type: 'string', length: 40 })
  tableName!: string;

  /** UPDATE or DELETE. */
  @Property({ type: 'string', length: 10 })
  operation!: string;

  /** The row's natural key columns and values, e.g. {"session_id": 7, "participant_id": 12}. */
  @Property({ type: 'json' })
  rowKey!: Record<string, unknown>;

  /** The whole row as it was before the change (to_jsonb of the row). */
  @Property({ type: 'json' })
  before!: Record<string, unknown>;

  /** The batch that had written the row before this change (its import_batch_id): a withdrawal of that batch must wait. */
  @Property({ type: 'integer', nullable: true })
  beforeBatchId?: number | null;

  /** The person the row is about (sessions: none), so erasing them removes their images too. */
  @Property({ type: 'integer', nullable: true })
  participantId?: number | null;
}
