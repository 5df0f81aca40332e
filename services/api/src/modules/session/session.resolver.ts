import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Activity } from '../activity/activity.entity.js';
import { activityById } from '../activity/activity.loader.js';
import { Session } from './session.entity.js';

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => Float, { description: 'Length in hours (minutes ÷ 60).' })
  hours(@Root() session: Session): number {
    return session.minutes / 60;
  }

  @FieldResolver(() => Activity, { description: 'The activity this session belongs to.' })
  activity(@Root() session: Session, @Ctx() { loaders }: HubContext): Promise<Activity> {
    return loaders.get(activityById).load(session.activity.id);
  }
}
