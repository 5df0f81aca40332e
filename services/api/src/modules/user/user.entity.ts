import { Check, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { Role } from '../../access/viewer.js';

/**
 * A person who signs in to the dashboard. Not a GraphQL type: callers see themselves only through
 * `me` (the Viewer), and nothing ever serialises the password hash.
 */
@Entity({ tableName: 'hub_user' })
@Check({ name: 'hub_user_partner_matches_role_check', expression: "(role = 'PARTNER') = (partner_code is not null)" })
@Check({ name: 'hub_user_all_programmes_admin_check', expression: "not all_programmes or role = 'ADMIN'" })
export class User extends TimestampedEntity<'demo' | 'disabledAt' | 'allProgrammes'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Always stored lower-cased and trimmed (normaliseEmail), so the unique index is case-insensitive in effect. */
  @Property({ type: 'string', length: 254 })
  @Unique({ name: 'hub_user_email_unique' })
  email!: string;

  /** argon2id, PHC string format (algorithm, parameters and salt travel with the hash). */
  @Property({ type: 'string', length: 255, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  /** The partner a PARTNER user acts for (MOPS, CISI, ZDZ); null for every other role. */
  @Property({ type: 'string', length: 20, nullable: true })
  partnerCode?: string | null;

  /** An ADMIN of the whole hub: sees every programme, present and future, without grants (ProgrammeGrant). */
  @Property({ type: 'boolean', default: false })
  allProgrammes: boolean = false;

  /** True for the generated demo accounts of the synthetic pilot (createDemoAccounts). */
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;

  /** Set when the account is switched off: it can no longer sign in and its sessions stop working. */
  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;
}
