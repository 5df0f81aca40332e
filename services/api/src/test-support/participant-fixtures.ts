import type { EntityManager } from '@mikro-orm/postgresql';
import { Activity } from '../modules/activity/activity.entity.js';
import { Attendance, AttendanceStatus } from '../modules/attendance/attendance.entity.js';
import { Childcare } from '../modules/childcare/childcare.entity.js';
import { ExamResult } from '../modules/exam/exam-result.entity.js';
import { EducationLevel, LabourStatus, Sex } from '../codes/participant-attributes.js';
import { Participant } from '../modules/participant/participant.entity.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { ParticipantResult } from '../modules/result/participant-result.entity.js';
import { ResultType } from '../codes/result-type.js';
import { Session } from '../modules/session/session.entity.js';
import { SupportItem } from '../modules/support/support-item.entity.js';
import { PilotSupportKind } from '../codes/support-kind.js';

/**
 * Four participants of the pilot whose records cross the partners, for row-scoping tests:
 * - RDR-001: MOPS workshop only;
 * - RDR-002: CISI sport (attended, got gloves), ZDZ course K01 (attended), a result (employed), childcare;
 * - RDR-003: ZDZ course K01 (attended, passed the exam);
 * - RDR-004: registered, no records yet.
 * Written straight through the ORM (not the importers) so these tests do not depend on them.
 */
export async function loadScopingFixture(em: EntityManager, programmeCode = 'RDR-PLOCK-2011'): Promise<void> {
  const programme = await em.findOneOrFail(Programme, { code: programmeCode });
  const activity = async (code: string) => em.findOneOrFail(Activity, { programme, code });
  const [mopsW1, cisiSport, zdzK01, swietlica] = await Promise.all(
    ['MOPS-W1', 'CISI-SPORT', 'ZDZ-K01', 'MOPS-SWIETLICA'].map(activity),
  );
  const participant = (code: string, index: number) =>
    em.create(Participant, {
      programme,
      code,
      peselHash: index.toString(16).padStart(64, '0'),
      sex: index % 2 ? Sex.MALE : Sex.FEMALE,
      birthDate: '1990-06-15',
      entryDate: '2011-09-15',
      labourStatus: LabourStatus.UNEMPLOYED,
      educationLevel: EducationLevel.UPPER_SECONDARY,
    });
  const [p1, p2, p3] = ['RDR-001', 'RDR-002', 'RDR-003', 'RDR-004'].map((code, index) => participant(code, index + 1));
  const session = (activityEntity: Activity, date: string) => em.create(Session, { activity: activityEntity, date, minutes: 120 });
  const mopsSession = session(mopsW1!, '2011-10-03');
  const cisiSession = session(cisiSport!, '2011-10-04');
  const zdzSession = session(zdzK01!, '2011-10-05');
  const attend = (sessionEntity: Session, who: Participant) =>
    em.create(Attendance, { session: sessionEntity, participant: who, status: AttendanceStatus.PRESENT });
  attend(mopsSession, p1!);
  attend(cisiSession, p2!);
  attend(zdzSession, p2!);
  attend(zdzSession, p3!);
  em.create(SupportItem, {
    participant: p2!,
    activity: cisiSport!,
    date: '2011-10-04',
    kind: PilotSupportKind.SPRZET_SPORTOWY,
    quantity: 1,
    description: 'rękawice',
  });
  em.create(Childcare, { participant: p2!, activity: swietlica!, date: '2011-10-06', childrenCount: 1, hours: 3 });
  em.create(ParticipantResult, { participant: p2!, date: '2012-12-01', type: ResultType.EMPLOYED });
  em.create(ExamResult, {
    programme,
    activity: zdzK01!,
    participant: p3!,
    examDate: '2012-01-20',
    passed: true,
    certificateNumber: 'ZDZ/2012/001',
  });
  await em.flush();
}
