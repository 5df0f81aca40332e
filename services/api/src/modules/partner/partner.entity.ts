import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Programme } from '../programme/programme.entity.js';

export enum PartnerRole {
  LEADER = 'LEADER',
  PARTNER = 'PARTNER',
}
registerEnumType(PartnerRole, {
  name: 'PartnerRole',
  description: 'The partner\'s place in the partnership.',
  valuesConfig: {
    LEADER: { description: 'Lider: leads the programme and keeps the participant register.' },
    PARTNER: { description: 'Partner: runs its own task.' },
  },
});

@ObjectType({ description: 'An organisation in the partnership that runs a task and sends its own files.' })
@Entity({ tableName: 'partner' })
@Unique({ name: 'partner_programme_code_unique', properties: ['programme', 'code'] })
export class Partner extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @Field(() => String, { description: 'Partner code: MOPS, CISI or ZDZ in the pilot.' })
  @Property({ type: 'string', length: 20 })
  code!: string;

  @Field(() => String, { description: 'Full name (Polish).' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Short name used in charts.' })
  @Property({ type: 'string', length: 40 })
  shortName!: string;

  @Field(() => PartnerRole)
  @Enum({ items: () => PartnerRole, type: 'string' })
  role!: PartnerRole;
}
