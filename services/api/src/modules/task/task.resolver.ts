import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Activity } from '../activity/activity.entity.js';
import { activitiesByTask } from '../activity/activity.loader.js';
import { Partner } from '../partner/partner.entity.js';
import { partnerById } from '../partner/partner.loader.js';
import { Task } from './task.entity.js';

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => Partner, { description: 'The partner carrying out this task.' })
  partner(@Root() task: Task, @Ctx() { loaders }: HubContext): Promise<Partner> {
    return loaders.get(partnerById).load(task.partner.id);
  }

  @FieldResolver(() => [Activity], { description: 'The activities of this task, by code.' })
  activities(@Root() task: Task, @Ctx() { loaders }: HubContext): Promise<Activity[]> {
    return loaders.get(activitiesByTask).load(task.id);
  }
}
