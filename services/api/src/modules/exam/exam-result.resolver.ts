import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Activity } from '../activity/activity.entity.js';
import { activityById } from '../activity/activity.loader.js';
import { ExamResult } from './exam-result.entity.js';

/** Where the record happened, resolved through the request's DataLoader (one query per level). */
@Resolver(() => ExamResult)
export class ExamResultResolver {
  @FieldResolver(() => Activity, { description: 'The course the exam closed.' })
  activity(@Root() exam: ExamResult, @Ctx() { loaders }: HubContext): Promise<Activity> {
    return loaders.get(activityById).load(exam.activity.id);
  }
}
