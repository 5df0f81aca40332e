import type { NonEmptyArray } from 'type-graphql';
import { AnalyticsResolver, IndicatorOutlookResolver } from '../analytics/index.js';
import { ActivityResolver } from '../modules/activity/activity.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AttendanceResolver } from '../modules/attendance/attendance.resolver.js';
import { AuthResolver, ViewerResolver } from '../modules/auth/auth.resolver.js';
import { ProgrammeGrantsResolver } from '../modules/auth/programme-grants.resolver.js';
import { ChildcareResolver } from '../modules/childcare/childcare.resolver.js';
import { ExamResultResolver } from '../modules/exam/exam-result.resolver.js';
import { CorrectionsResolver } from '../modules/corrections/corrections.resolver.js';
import { ImportsResolver } from '../modules/imports/imports.resolver.js';
import { IndicatorResolver } from '../modules/indicator/indicator.resolver.js';
import { ParticipantResolver } from '../modules/participant/participant.resolver.js';
import { PartnerResolver } from '../modules/partner/partner.resolver.js';
import { PeriodResolver } from '../modules/period/period.resolver.js';
import { SubmissionsResolver } from '../modules/submissions/submissions.resolver.js';
import { ProgrammeResolver } from '../modules/programme/programme.resolver.js';
import { SessionResolver } from '../modules/session/session.resolver.js';
import { SupportItemResolver } from '../modules/support/support-item.resolver.js';
import { TaskResolver } from '../modules/task/task.resolver.js';

/** Every resolver class of the public schema. */
export const resolvers: NonEmptyArray<Function> = [
  ProgrammeResolver,
  PartnerResolver,
  TaskResolver,
  ActivityResolver,
  SessionResolver,
  IndicatorResolver,
  ImportsResolver,
  CorrectionsResolver,
  PeriodResolver,
  SubmissionsResolver,
  AuthResolver,
  ViewerResolver,
  ProgrammeGrantsResolver,
  AuditResolver,
  ParticipantResolver,
  AttendanceResolver,
  ExamResultResolver,
  SupportItemResolver,
  ChildcareResolver,
  AnalyticsResolver,
  IndicatorOutlookResolver,
];
