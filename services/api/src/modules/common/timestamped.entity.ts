import { Entity, OptionalProps, Property } from '@mikro-orm/core';

/** Creation and last-change times for rows people edit or import; the audit log holds the history. */
@Entity({ abstract: true })
export abstract class TimestampedEntity<Optional extends string = never> {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Optional;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
