import { Activity } from '../modules/activity/activity.entity.js';
import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { ProgrammeGrant } from '../modules/auth/programme-grant.entity.js';
import { Attendance } from '../modules/attendance/attendance.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { LoginThrottle } from '../modules/auth/login-throttle.entity.js';
import { UserSession } from '../modules/auth/user-session.entity.js';
import { Childcare } from '../modules/childcare/childcare.entity.js';
import { TimestampedEntity } from '../modules/common/timestamped.entity.js';
import { ProgrammeEvent } from '../modules/event/programme-event.entity.js';
import { ExamResult } from '../modules/exam/exam-result.entity.js';
import { ImportBatch } from '../modules/imports/import-batch.entity.js';
import { ImportRowChange } from '../modules/imports/import-row-change.entity.js';
import { PartnerFileLayout } from '../modules/imports/partner-file-layout.entity.js';
import { Indicator } from '../modules/indicator/indicator.entity.js';
import { MediaMention } from '../modules/media-mention/media-mention.entity.js';
import { Participant } from '../modules/participant/participant.entity.js';
import { Partner } from '../modules/partner/partner.entity.js';
import { PeriodApproval } from '../modules/period/period-approval.entity.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { ParticipantResult } from '../modules/result/participant-result.entity.js';
import { Session } from '../modules/session/session.entity.js';
import { Site } from '../modules/site/site.entity.js';
import { SupportItem } from '../modules/support/support-item.entity.js';
import { SupportKindActivity } from '../modules/support/support-kind-activity.entity.js';
import { ProgrammeSupportKind } from '../modules/support/support-kind.entity.js';
import { Task } from '../modules/task/task.entity.js';
import { User } from '../modules/user/user.entity.js';

/** Every entity, listed explicitly: folder scanning breaks under bundlers and test runners alike. */
export const entities = [
  TimestampedEntity,
  Programme,
  Partner,
  PeriodApproval,
  Task,
  Activity,
  Session,
  Participant,
  Attendance,
  ExamResult,
  SupportItem,
  SupportKindActivity,
  ProgrammeSupportKind,
  Childcare,
  ParticipantResult,
  ProgrammeEvent,
  Site,
  MediaMention,
  Indicator,
  ImportBatch,
  ImportRowChange,
  PartnerFileLayout,
  AuditEntry,
  User,
  UserSession,
  ApiToken,
  ProgrammeGrant,
  LoginThrottle,
];
