import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Partner } from '../partner/partner.entity.js';
import { partnerById } from '../partner/partner.loader.js';
import { Session } from '../session/session.entity.js';
import { sessionsByActivity } from '../session/session.loader.js';
import { Task } from '../task/task.entity.js';
import { taskById } from '../task/task.loader.js';
import { Activity } from './activity.entity.js';

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Partner, { description: 'The partner running this activity.' })
  partner(@Root() activity: Activity, @Ctx() { loaders }: HubContext): Promise<Partner> {
    return loaders.get(partnerById).load(activity.partner.id);
  }

  @FieldResolver(() => Task, { description: 'The task this activity belongs to.' })
  task(@Root() activity: Activity, @Ctx() { loaders }: HubContext): Promise<Task> {
    return loaders.get(taskById).load(activity.task.id);
  }

  @FieldResolver(() => [Session], { description: 'The sessions held, by date.' })
  sessions(@Root() activity: Activity, @Ctx() { loaders }: HubContext): Promise<Session[]> {
    return loaders.get(sessionsByActivity).load(activity.id);
  }
}
