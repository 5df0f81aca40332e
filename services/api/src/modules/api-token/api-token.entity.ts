import { Check, Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Role } from '../../access/viewer.js';

/**
 * A bearer token for scripts. The token itself is shown once by `hub token create`; only its
 * HMAC-SHA-256 keyed by the hub secret is stored (tokens are 256-bit random, so a fast keyed hash is
 * enough: there is nothing to brute-force, and without the secret the table cannot even be checked).
 */
@Entity({ tableName: 'api_token' })
@Check({ name: 'api_token_partner_matches_role_check', expression: "(role = 'PARTNER') = (partner_code is not null)" })
@Check({ name: 'api_token_all_programmes_admin_check', expression: "not all_programmes or role = 'ADMIN'" })
export class ApiToken {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'revokedAt' | 'expiresAt' | 'allProgrammes';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** What the token is for, e.g. "nightly export"; shown in the audit log as the actor. */
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  @Property({ type: 'string', length: 20, nullable: true })
  partnerCode?: string | null;

  /** An ADMIN token for the whole hub: every programme, without grants (ProgrammeGrant). */
  @Property({ type: 'boolean', default: false })
  allProgrammes: boolean = false;

  /** HMAC-SHA-256 (hex) of the whole token, keyed by the hub secret. */
  @Property({ type: 'string', length: 64 })
  @Unique({ name: 'api_token_token_hash_unique' })
  tokenHash!: string;

  /** The token's first characters, to recognise it in `hub token list` without storing it. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  /** After this the token is refused like a revoked one; null for a token that never expires. */
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;
}
