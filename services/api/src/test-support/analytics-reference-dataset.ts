import type { EntityManager } from '@mikro-orm/postgresql';
import { Activity } from '../modules/activity/activity.entity.js';
import { Attendance, AttendanceStatus } from '../modules/attendance/attendance.entity.js';
import { Childcare } from '../modules/childcare/childcare.entity.js';
import { ExamResult } from '../modules/exam/exam-result.entity.js';
import { EducationLevel, ExitReason, LabourStatus, Sex } from '../codes/participant-attributes.js';
import { Participant } from '../modules/participant/participant.entity.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { ParticipantResult } from '../modules/result/participant-result.entity.js';
import { ResultType } from '../codes/result-type.js';
import { Session } from '../modules/session/session.entity.js';
import { SupportItem } from '../modules/support/support-item.entity.js';
import { PilotSupportKind } from '../codes/support-kind.js';

/**
 * The analytics reference dataset: eight participants of the pilot, small enough that every expected
 * value in analytics/*.test.ts is worked out by hand from the tables below (the tests say how).
 *
 * | code | sex | born | entry | age → band | exit | labour | education → ISCED |
 * |---|---|---|---|---|---|---|---|
 * | P1 RDR-001 | F | 1995-03-10 | 2011-09-05 | 16 UNDER_18 | COMPLETED 2012-11-28 | INACTIVE | LOWER_SECONDARY 0–2 |
 * | P2 RDR-002 | M | 1990-01-20 | 2011-09-12 | 21 AGE_18_24 | COMPLETED 2012-11-28 | UNEMPLOYED | UPPER_SECONDARY 3–4 |
 * | P3 RDR-003 | F | 1985-06-01 | 2011-09-12 | 26 AGE_25_29 | DROPPED_OUT 2012-02-15 | UNEMPLOYED | POST_SECONDARY 3–4 |
 * | P4 RDR-004 | F | 1970-11-30 | 2011-10-03 | 40 AGE_30_54 | COMPLETED 2012-11-29 | EMPLOYED | TERTIARY 5–8 |
 * | P5 RDR-005 | M | 1950-05-05 | 2011-10-03 | 61 AGE_55_PLUS | COMPLETED 2012-11-29 | INACTIVE | PRIMARY 0–2 |
 * | P6 RDR-006 | F | 1992-10-03 | 2011-10-03 | 19 (birthday) AGE_18_24 | DROPPED_OUT 2012-03-20 | UNEMPLOYED | UPPER_SECONDARY 3–4 |
 * | P7 RDR-007 | M | 1987-10-04 | 2011-10-03 | 23 (24 the next day) AGE_18_24 | COMPLETED 2012-11-30 | UNEMPLOYED | LOWER_SECONDARY 0–2 |
 * | P8 RDR-008 | F | 1980-02-29 | 2011-11-07 | 31 AGE_30_54 | — | UNEMPLOYED | UPPER_SECONDARY 3–4 |
 *
 * Sessions and attendance (P present, A absent, E excused):
 * | session | activity (partner) | date | hours | P1 | P2 | P3 | P4 | P5 | P6 | P7 | P8 |
 * |---|---|---|---|---|---|---|---|---|---|---|---|
 * | S1 | MOPS-W1 (MOPS) | 2011-10-10 | 3 | P | P | A | E | | | | |
 * | S2 | MOPS-W1 | 2011-10-17 | 3 | P | A | P | P | | | | |
 * | S3 | MOPS-W1 | 2011-11-14 | 2.5 | P | P | | P | P | | | |
 * | S4 | CISI-SPORT (CISI) | 2011-10-12 | 1.5 | | P | | | | P | E | |
 * | S5 | CISI-SPORT | 2011-12-07 | 2 | | P | | | | A | P | |
 * | S6 | CISI-FOTO (CISI) | 2011-12-08 | 1.5 | P | | | | | P | | |
 * | S7 | ZDZ-K01 (ZDZ) | 2012-02-06 | 4.5 | | P | A | | | | P | P |
 * | S8 | ZDZ-K01 | 2012-02-07 | 4.5 | | P | | | | | A | P |
 *
 * Exams: P2 passed ZDZ-K01 2012-02-08, P8 passed ZDZ-K01 2012-02-08, P7 failed ZDZ-K01 2012-02-08,
 * P2 passed ZDZ-K02 2012-03-01 (no attendance there).
 * Results: P2 JOB_SEEKING 2012-12-01 and EMPLOYED 2012-12-10; P1 IN_EDUCATION 2012-12-03; P4 SELF_EMPLOYED
 * 2013-01-15; P3 JOB_SEEKING 2012-03-01.
 * Childcare (MOPS-SWIETLICA): P4 2011-10-10 3 h, P4 2011-10-17 2.5 h, P3 2011-11-14 1.5 h.
 * Support: P2 SPRZET_SPORTOWY ×2 and BADANIE_LEKARSKIE ×1 (CISI-SPORT, 2011-10-12); P6 BADANIE_LEKARSKIE ×1 and
 * SPRZET_SPORTOWY ×3 (CISI-SPORT, 2011-10-12); P1 APARAT_FOTOGRAFICZNY ×1 (CISI-FOTO, 2011-12-08).
 */
export async function loadAnalyticsReferenceDataset(em: EntityManager, programmeCode = 'RDR-PLOCK-2011'): Promise<void> {
  const programme = await em.findOneOrFail(Programme, { code: programmeCode });
  const activities = new Map<string, Activity>();
  for (const activity of await em.find(Activity, { programme })) activities.set(activity.code, activity);
  const activity = (code: string): Activity => {
    const found = activities.get(code);
    if (!found) throw new Error(`The pilot has no activity ${code}.`);
    return found;
  };

  const people: [string, Sex, string, string, ExitReason | null, string | null, LabourStatus, EducationLevel][] = [
    ['RDR-001', Sex.FEMALE, '1995-03-10', '2011-09-05', ExitReason.COMPLETED, '2012-11-28', LabourStatus.INACTIVE, EducationLevel.LOWER_SECONDARY],
    ['RDR-002', Sex.MALE, '1990-01-20', '2011-09-12', ExitReason.COMPLETED, '2012-11-28', LabourStatus.UNEMPLOYED, EducationLevel.UPPER_SECONDARY],
    ['RDR-003', Sex.FEMALE, '1985-06-01', '2011-09-12', ExitReason.DROPPED_OUT, '2012-02-15', LabourStatus.UNEMPLOYED, EducationLevel.POST_SECONDARY],
    ['RDR-004', Sex.FEMALE, '1970-11-30', '2011-10-03', ExitReason.COMPLETED, '2012-11-29', LabourStatus.EMPLOYED, EducationLevel.TERTIARY],
    ['RDR-005', Sex.MALE, '1950-05-05', '2011-10-03', ExitReason.COMPLETED, '2012-11-29', LabourStatus.INACTIVE, EducationLevel.PRIMARY],
    ['RDR-006', Sex.FEMALE, '1992-10-03', '2011-10-03', ExitReason.DROPPED_OUT, '2012-03-20', LabourStatus.UNEMPLOYED, EducationLevel.UPPER_SECONDARY],
    ['RDR-007', Sex.MALE, '1987-10-04', '2011-10-03', ExitReason.COMPLETED, '2012-11-30', LabourStatus.UNEMPLOYED, EducationLevel.LOWER_SECONDARY],
    ['RDR-008', Sex.FEMALE, '1980-02-29', '2011-11-07', null, null, LabourStatus.UNEMPLOYED, EducationLevel.UPPER_SECONDARY],
  ];
  const participants = people.map(([code, sex, birthDate, entryDate, exitReason, exitDate, labourStatus, educationLevel], index) =>
    em.create(Participant, {
      programme,
      code,
      peselHash: `analytics-reference-${index + 1}`.padEnd(64, '0'),
      sex,
      birthDate,
      entryDate,
      exitDate,
      exitReason,
      labourStatus,
      educationLevel,
    }),
  );
  const p = (n: number): Participant => participants[n - 1]!;

  const sessions: [string, string, number][] = [
    ['MOPS-W1', '2011-10-10', 3],
    ['MOPS-W1', '2011-10-17', 3],
    ['MOPS-W1', '2011-11-14', 2.5],
    ['CISI-SPORT', '2011-10-12', 1.5],
    ['CISI-SPORT', '2011-12-07', 2],
    ['CISI-FOTO', '2011-12-08', 1.5],
    ['ZDZ-K01', '2012-02-06', 4.5],
    ['ZDZ-K01', '2012-02-07', 4.5],
  ];
  // The table gives hours; sessions store minutes.
  const s = sessions.map(([code, date, hours]) => em.create(Session, { activity: activity(code), date, minutes: hours * 60 }));
  const { PRESENT: P, ABSENT: A, EXCUSED: E } = AttendanceStatus;
  const attendance: [number, number, AttendanceStatus][] = [
    [1, 1, P], [1, 2, P], [1, 3, A], [1, 4, E],
    [2, 1, P], [2, 2, A], [2, 3, P], [2, 4, P],
    [3, 1, P], [3, 2, P], [3, 4, P], [3, 5, P],
    [4, 2, P], [4, 6, P], [4, 7, E],
    [5, 2, P], [5, 6, A], [5, 7, P],
    [6, 6, P], [6, 1, P],
    [7, 2, P], [7, 7, P], [7, 8, P], [7, 3, A],
    [8, 2, P], [8, 8, P], [8, 7, A],
  ];
  for (const [session, participant, status] of attendance) {
    em.create(Attendance, { session: s[session - 1]!, participant: p(participant), status });
  }

  const exam = (participant: number, course: string, examDate: string, certificateNumber: string | null) =>
    em.create(ExamResult, { programme, activity: activity(course), participant: p(participant), examDate, passed: certificateNumber !== null, certificateNumber });
  exam(2, 'ZDZ-K01', '2012-02-08', 'ZDZ/2012/K01/001');
  exam(8, 'ZDZ-K01', '2012-02-08', 'ZDZ/2012/K01/002');
  exam(7, 'ZDZ-K01', '2012-02-08', null);
  exam(2, 'ZDZ-K02', '2012-03-01', 'ZDZ/2012/K02/001');

  const result = (participant: number, date: string, type: ResultType) => em.create(ParticipantResult, { participant: p(participant), date, type });
  result(2, '2012-12-01', ResultType.JOB_SEEKING);
  result(2, '2012-12-10', ResultType.EMPLOYED);
  result(1, '2012-12-03', ResultType.IN_EDUCATION);
  result(4, '2013-01-15', ResultType.SELF_EMPLOYED);
  result(3, '2012-03-01', ResultType.JOB_SEEKING);

  const swietlica = activity('MOPS-SWIETLICA');
  em.create(Childcare, { participant: p(4), activity: swietlica, date: '2011-10-10', childrenCount: 2, hours: 3 });
  em.create(Childcare, { participant: p(4), activity: swietlica, date: '2011-10-17', childrenCount: 1, hours: 2.5 });
  em.create(Childcare, { participant: p(3), activity: swietlica, date: '2011-11-14', childrenCount: 1, hours: 1.5 });

  const support = (participant: number, code: string, date: string, kind: string, quantity: number) =>
    em.create(SupportItem, { participant: p(participant), activity: activity(code), date, kind, quantity, description: 'zestaw testowy' });
  support(2, 'CISI-SPORT', '2011-10-12', PilotSupportKind.SPRZET_SPORTOWY, 2);
  support(2, 'CISI-SPORT', '2011-10-12', PilotSupportKind.BADANIE_LEKARSKIE, 1);
  support(6, 'CISI-SPORT', '2011-10-12', PilotSupportKind.BADANIE_LEKARSKIE, 1);
  support(6, 'CISI-SPORT', '2011-10-12', PilotSupportKind.SPRZET_SPORTOWY, 3);
  support(1, 'CISI-FOTO', '2011-12-08', PilotSupportKind.APARAT_FOTOGRAFICZNY, 1);

  await em.flush();
}
