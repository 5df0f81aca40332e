import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { UNIFIED_RECORDS, type FileLayout, type UnifiedRecord } from '@razem/seeds';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';

/**
 * One partner file layout of a programme, as its definition gives it: the importer reads files of
 * `kind` by it. Stored whole (`json` keeps the code maps' order, which error messages list).
 */
@Entity({ tableName: 'partner_file_layout' })
export class PartnerFileLayout {
  [PrimaryKeyProp]?: ['programme', 'kind'];

  @ManyToOne(() => Programme, { ref: true, primary: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @PrimaryKey({ type: 'string', length: 40 })
  kind!: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Enum({ items: () => [...UNIFIED_RECORDS], type: 'string' })
  record!: UnifiedRecord;

  @Property({ type: 'json', columnType: 'json' })
  layout!: FileLayout;

  /** The layout's place in the definition: kinds are listed in this order. */
  @Property({ type: 'integer' })
  position!: number;
}
