import { PRESENT, type HeldSession } from './attendance.js';
import { weekdayOf, type Day } from './dates.js';
import type { SyntheticParticipant } from './participants.js';
import type { Random } from './random.js';

/** One day of childcare in the community centre for a participant's children. */
export interface ChildcareEntry {
  participant: SyntheticParticipant;
  day: Day;
  children: number;
  hours: number;
}

/** Care lasts the parent's class plus the way there and back, in half hours. */
function careHours(session: HeldSession): number {
  const classHours = session.activity.startsWith('ZDZ-') ? session.duration * 0.75 : session.duration;
  return Math.round((classHours + 0.5) * 2) / 2;
}

/**
 * Childcare follows the parents: on a weekday when a parent with children in care was present at a
 * MOPS workshop or a ZDZ course, the children were usually minded at the centre. One row per parent
 * per day (the natural key), with the longest care that day.
 */
export function planChildcare(options: {
  random: Random;
  participants: readonly SyntheticParticipant[];
  sessions: readonly HeldSession[];
}): ChildcareEntry[] {
  const { random } = options;
  const careDays = new Map<SyntheticParticipant, Map<Day, number>>();
  for (const session of options.sessions) {
    if (session.residential || session.activity === 'MOPS-SWIETLICA' || weekdayOf(session.day) >= 5) continue;
    session.attendees.forEach((person, index) => {
      if (person.children === 0 || session.statuses[index] !== PRESENT) return;
      let days = careDays.get(person);
      if (!days) careDays.set(person, (days = new Map()));
      days.set(session.day, Math.max(days.get(session.day) ?? 0, careHours(session)));
    });
  }
  const entries: ChildcareEntry[] = [];
  for (const person of options.participants) {
    const days = careDays.get(person);
    if (!days) continue;
    for (const [day, hours] of [...days].sort(([a], [b]) => a - b)) {
      // Some days a grandmother helped; some days the children were picked up early.
      if (!random.chance(0.85)) continue;
      const children = person.children > 1 && random.chance(0.1) ? person.children - 1 : person.children;
      const shortened = random.chance(0.2) ? Math.max(1, hours - random.pick([0.5, 1, 1.5])) : hours;
      entries.push({ participant: person, day, children, hours: shortened });
    }
  }
  return entries;
}
