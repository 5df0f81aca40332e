import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { User } from '../user/user.entity.js';

/**
 * A signed-in browser. The cookie carries a random secret; only its SHA-256 is stored, so reading
 * this table does not let anyone take over a session. Revoked on logout, expired after SESSION_TTL.
 */
@Entity({ tableName: 'user_session' })
@Index({ name: 'user_session_user_index', properties: ['user'] })
export class UserSession {
  [OptionalProps]?: 'createdAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: false })
  user!: Ref<User>;

  /** SHA-256 (hex) of the cookie's secret. */
  @Property({ type: 'string', length: 64 })
  @Unique({ name: 'user_session_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
