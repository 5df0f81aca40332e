import { PRESENT } from './attendance.js';
import type { CohortPlan } from './cohort-plan.js';
import { formatPolishDay } from './dates.js';

/** CISI's files: class attendance and support given; dates DD.MM.YYYY as its spreadsheets write them. */

/** `cisi-attendance`: one row per participant per class meeting. */
export function* listCisiAttendanceRows(plan: CohortPlan): Generator<string[]> {
  for (const session of plan.cisiSessions) {
    const activity = plan.fileCode(session.activity);
    const date = formatPolishDay(session.day);
    const minutes = String(session.duration);
    for (let i = 0; i < session.attendees.length; i++) {
      yield [session.attendees[i]?.code ?? '', activity, date, minutes, session.statuses[i] === PRESENT ? 'T' : 'N'];
    }
  }
}

/** `cisi-support`: equipment, outfits, cameras and medical examinations. */
export function* listCisiSupportRows(plan: CohortPlan): Generator<string[]> {
  for (const entry of plan.support) {
    yield [entry.participant.code, formatPolishDay(entry.day), entry.kind, String(entry.quantity), entry.description];
  }
}
