import { Entity, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Activity } from '../activity/activity.entity.js';
import { Programme } from '../programme/programme.entity.js';
import type { SupportKind } from '../../codes/support-kind.js';

/**
 * Which activity each kind of support belongs to (sports equipment → CISI-SPORT …). CISI's support
 * file names no activity, yet partner, task and activity filters must apply to support too.
 */
@Entity({ tableName: 'support_kind_activity' })
export class SupportKindActivity {
  [PrimaryKeyProp]?: ['programme', 'kind'];

  @ManyToOne(() => Programme, { ref: true, primary: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @Property({ type: 'text', primary: true })
  kind!: SupportKind;

  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade' })
  activity!: Ref<Activity>;
}
