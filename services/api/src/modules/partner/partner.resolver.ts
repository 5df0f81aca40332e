import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Activity } from '../activity/activity.entity.js';
import { activitiesByPartner } from '../activity/activity.loader.js';
import { Task } from '../task/task.entity.js';
import { tasksByPartner } from '../task/task.loader.js';
import { Partner } from './partner.entity.js';

@Resolver(() => Partner)
export class PartnerResolver {
  @FieldResolver(() => [Task], { description: 'The tasks this partner carries out.' })
  tasks(@Root() partner: Partner, @Ctx() { loaders }: HubContext): Promise<Task[]> {
    return loaders.get(tasksByPartner).load(partner.id);
  }

  @FieldResolver(() => [Activity], { description: 'The activities this partner runs, by code.' })
  activities(@Root() partner: Partner, @Ctx() { loaders }: HubContext): Promise<Activity[]> {
    return loaders.get(activitiesByPartner).load(partner.id);
  }
}
