import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { ApiToken } from '../api-token/api-token.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';

/**
 * One programme a user or an API token may see (docs/interfaces.md §10). The account's role and partner
 * apply in each programme it is granted; an ADMIN with `allProgrammes` needs no grants.
 */
@Entity({ tableName: 'programme_grant' })
@Check({ name: 'programme_grant_holder_check', expression: '(user_id is null) <> (api_token_id is null)' })
@Unique({ name: 'programme_grant_user_unique', properties: ['user', 'programme'] })
@Unique({ name: 'programme_grant_token_unique', properties: ['apiToken', 'programme'] })
@Index({ name: 'programme_grant_programme_index', properties: ['programme'] })
export class ProgrammeGrant {
  [OptionalProps]?: 'createdAt' | 'user' | 'apiToken';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Programme, { ref: true, deleteRule: 'cascade', index: false })
  programme!: Ref<Programme>;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'cascade', index: false })
  user?: Ref<User> | null;

  @ManyToOne(() => ApiToken, { ref: true, nullable: true, deleteRule: 'cascade', index: false })
  apiToken?: Ref<ApiToken> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
