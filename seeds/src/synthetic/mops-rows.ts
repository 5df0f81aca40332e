import { ABSENT, EXCUSED, PRESENT } from './attendance.js';
import type { CohortPlan } from './cohort-plan.js';
import { formatIsoDay } from './dates.js';
import { formatDecimal } from './number-format.js';

/** MOPS's files: the register, workshop and community-centre attendance, childcare, results. */

const MOPS_STATUS = { [PRESENT]: 'OB', [ABSENT]: 'NB', [EXCUSED]: 'US' } as const;

/** `mops-register`: one row per participant, in code order. */
export function* listRegisterRows(plan: CohortPlan): Generator<string[]> {
  for (const person of plan.participants) {
    yield [
      person.code,
      person.pesel,
      formatIsoDay(person.entry),
      person.exit === null ? '' : formatIsoDay(person.exit),
      person.exitReason ?? '',
      person.labourStatus,
      person.education,
    ];
  }
}

/** `mops-workshops`: W1–W4 and community-centre attendance, by date; hours with a decimal comma as MOPS's Excel writes them. */
export function* listWorkshopRows(plan: CohortPlan): Generator<string[]> {
  for (const session of plan.mopsSessions) {
    const activity = plan.fileCode(session.activity);
    const date = formatIsoDay(session.day);
    const hours = formatDecimal(session.duration, ',');
    for (let i = 0; i < session.attendees.length; i++) {
      const status = session.statuses[i] as keyof typeof MOPS_STATUS;
      yield [session.attendees[i]?.code ?? '', activity, date, hours, MOPS_STATUS[status]];
    }
  }
}

/** `mops-childcare`: one row per parent per day; hours with a decimal dot (a different clerk, a different habit). */
export function* listChildcareRows(plan: CohortPlan): Generator<string[]> {
  for (const entry of plan.childcare) {
    yield [entry.participant.code, formatIsoDay(entry.day), String(entry.children), formatDecimal(entry.hours, '.')];
  }
}

/** `mops-results`: results after exit. */
export function* listResultRows(plan: CohortPlan): Generator<string[]> {
  for (const entry of plan.results) yield [entry.participant.code, formatIsoDay(entry.day), entry.result];
}
