import { PRESENT } from './attendance.js';
import type { CohortPlan } from './cohort-plan.js';
import { formatIsoDay } from './dates.js';

/** ZDZ's files: course attendance lists (with names, which the hub drops) and exam results; people are known by PESEL. */

/** `zdz-attendance`: one row per participant per course meeting. */
export function* listZdzAttendanceRows(plan: CohortPlan): Generator<string[]> {
  for (const session of plan.zdzSessions) {
    const course = plan.fileCode(session.activity);
    const date = formatIsoDay(session.day);
    const lessonHours = String(session.duration);
    for (let i = 0; i < session.attendees.length; i++) {
      const person = session.attendees[i];
      if (!person) continue;
      yield [person.pesel, person.lastName, person.firstName, course, date, lessonHours, session.statuses[i] === PRESENT ? '1' : '0'];
    }
  }
}

/** `zdz-exams`: one row per participant who sat a course's final exam. */
export function* listZdzExamRows(plan: CohortPlan): Generator<string[]> {
  for (const exam of plan.exams) {
    yield [exam.participant.pesel, exam.courseFileCode, formatIsoDay(exam.day), exam.passed ? 'ZDAL' : 'NIE_ZDAL', exam.certificateNumber];
  }
}
