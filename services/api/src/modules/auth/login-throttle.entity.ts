import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed-login counter for one key ("account:<e-mail>" or "ip:<address>"). Kept in PostgreSQL, not
 * in memory, so a restart does not hand an attacker a fresh budget and several hub processes on one
 * database share the same counts. Rows of expired windows are pruned as new failures arrive.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ type: 'string', length: 320 })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'datetime' })
  windowStartedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;
}
