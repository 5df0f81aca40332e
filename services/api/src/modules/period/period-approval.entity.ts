import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';

/**
 * One partner's month approved by the steering committee: while the row exists, no change to that
 * partner's records dated in the month is accepted (period-lock.ts). Approving "for all" writes one
 * row per partner; reopening deletes the rows, and the audit log keeps who reopened what and why.
 */
@ObjectType('PeriodApproval', { description: 'A month of one partner\'s data approved by the steering committee, and so locked.' })
@Entity({ tableName: 'period_approval' })
@Unique({ name: 'period_approval_partner_month_unique', properties: ['programme', 'partner', 'month'] })
@Check({ name: 'period_approval_month_check', expression: "month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'" })
export class PeriodApproval {
  [OptionalProps]?: 'approvedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade', index: false })
  programme!: Ref<Programme>;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Field(() => String, { description: 'The month approved, YYYY-MM.' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => Date, { description: 'When it was approved.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  approvedAt: Date = new Date();

  @Field(() => String, { description: 'Who approved it (a user e-mail, a token name or "cli").' })
  @Property({ type: 'string', length: 200 })
  approvedBy!: string;
}
