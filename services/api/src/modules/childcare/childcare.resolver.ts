import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Activity } from '../activity/activity.entity.js';
import { activityById } from '../activity/activity.loader.js';
import { Childcare } from './childcare.entity.js';

/** Where the record happened, resolved through the request's DataLoader (one query per level). */
@Resolver(() => Childcare)
export class ChildcareResolver {
  @FieldResolver(() => Activity, { description: 'The community-centre activity that provided the care.' })
  activity(@Root() childcare: Childcare, @Ctx() { loaders }: HubContext): Promise<Activity> {
    return loaders.get(activityById).load(childcare.activity.id);
  }
}
