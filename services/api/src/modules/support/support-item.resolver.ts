import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Activity } from '../activity/activity.entity.js';
import { activityById } from '../activity/activity.loader.js';
import { SupportItem } from './support-item.entity.js';

/** Where the record happened, resolved through the request's DataLoader (one query per level). */
@Resolver(() => SupportItem)
export class SupportItemResolver {
  @FieldResolver(() => Activity, { description: 'The activity the support was given for.' })
  activity(@Root() item: SupportItem, @Ctx() { loaders }: HubContext): Promise<Activity> {
    return loaders.get(activityById).load(item.activity.id);
  }
}
