import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Session } from '../session/session.entity.js';
import { sessionById } from '../session/session.loader.js';
import { Attendance } from './attendance.entity.js';

/** The session of an attendance record, resolved through the request's DataLoader (one query per level). */
@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Session, { description: 'The session attended (or missed): activity, date and hours.' })
  session(@Root() attendance: Attendance, @Ctx() { loaders }: HubContext): Promise<Session> {
    return loaders.get(sessionById).load(attendance.session.id);
  }
}
