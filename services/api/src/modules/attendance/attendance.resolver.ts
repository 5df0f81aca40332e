import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Activity } from '../activity/activity.entity.js';
import { activityById } from '../activity/activity.loader.js';
import { Attendance } from '../attendance/attendance.entity.js';
import { Childcare } from '../childcare/childcare.entity.js';
import { ExamResult } from '../exam/exam-result.entity.js';
import { Session } from '../session/session.entity.js';
import { SupportItem } from '../support/support-item.entity.js';
import { sessionById } from '../participant/participant.loader.js';

/** Where a participant's records happened: resolved through DataLoaders, one query per level. */
@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Session, { description: 'The session attended (or missed): activity, date and hours.' })
  session(@Root() attendance: Attendance, @Ctx() { loaders }: HubContext): Promise<Session> {
    return loaders.get(sessionById).load(attendance.session.id);
  }
}

@Resolver(() => ExamResult)
export class ExamResultResolver {
  @FieldResolver(() => Activity, { description: 'The course the exam closed.' })
  activity(@Root() exam: ExamResult, @Ctx() { loaders }: HubContext): Promise<Activity> {
    return loaders.get(activityById).load(exam.activity.id);
  }
}

@Resolver(() => SupportItem)
export class SupportItemResolver {
  @FieldResolver(() => Activity, { description: 'The activity the support was given for.' })
  activity(@Root() item: SupportItem, @Ctx() { loaders }: HubContext): Promise<Activity> {
    return loaders.get(activityById).load(item.activity.id);
  }
}

@Resolver(() => Childcare)
export class ChildcareResolver {
  @FieldResolver(() => Activity, { description: 'The community-centre activity that provided the care.' })
  activity(@Root() childcare: Childcare, @Ctx() { loaders }: HubContext): Promise<Activity> {
    return loaders.get(activityById).load(childcare.activity.id);
  }
}
