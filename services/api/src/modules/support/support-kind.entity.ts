import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Programme } from '../programme/programme.entity.js';
import { SupportKindScalar, type SupportKind } from '../../codes/support-kind.js';

/** One kind of material support a programme gives, with its labels: what SUPPORT_KIND codes and labels come from. */
@ObjectType('ProgrammeSupportKind', { description: 'A kind of material support the programme gives (from its definition).' })
@Entity({ tableName: 'support_kind' })
@Unique({ name: 'support_kind_programme_code_unique', properties: ['programme', 'code'] })
export class ProgrammeSupportKind {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade', index: false })
  programme!: Ref<Programme>;

  @Field(() => SupportKindScalar, { description: 'The code partner files and filters use; the SUPPORT_KIND dimension key.' })
  @Property({ type: 'string', length: 60 })
  code!: SupportKind;

  @Field(() => String, { description: 'Polish label (the SUPPORT_KIND dimension label).' })
  @Property({ type: 'string', length: 200 })
  namePl!: string;

  @Field(() => String, { description: 'English label.' })
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  /** Display order: the definition's. */
  @Property({ type: 'integer' })
  position!: number;
}
