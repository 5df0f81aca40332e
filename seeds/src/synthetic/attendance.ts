import type { SyntheticParticipant } from './participants.js';
import type { Random } from './random.js';
import type { ScheduledSession } from './schedule.js';

/** Attendance status codes, stored one byte per (session, participant) to keep a cohort's plan small. */
export const PRESENT = 0;
export const ABSENT = 1;
export const EXCUSED = 2;

/** A session with its list: who was expected (enrolled and inside their entry–exit span) and how each fared. */
export interface HeldSession extends ScheduledSession {
  attendees: SyntheticParticipant[];
  /** PRESENT / ABSENT / EXCUSED, parallel to `attendees`. */
  statuses: Uint8Array;
}

/** Whether a participant is on an activity's list at all (dates aside). */
function isEnrolled(person: SyntheticParticipant, session: ScheduledSession): boolean {
  const { activity } = session;
  if (activity === 'MOPS-SWIETLICA') return person.attendsCommunityCentre;
  if (activity.startsWith('MOPS-W')) return person.workshopGroup === session.group;
  if (activity.startsWith('CISI-')) return (person.cisiClasses as readonly string[]).includes(activity);
  if (activity.startsWith('ZDZ-')) return person.zdzCourse !== null && activity === `ZDZ-${person.zdzCourse}`;
  throw new Error(`no enrolment rule for ${activity}`);
}

/** How much more (or less) likely than usual people turn up: trips and paid-for courses pull, open afternoons less so. */
function turnoutFactor(session: ScheduledSession): number {
  if (session.residential) return 1.12;
  if (session.activity.startsWith('ZDZ-')) return 1.08;
  if (session.activity === 'MOPS-SWIETLICA') return 0.95;
  return 1;
}

/**
 * Puts participants on each session's list and draws whether they came. Only days inside a person's
 * entry–exit span get a record, as a partner's register would show. `excusedShare` is the share of
 * absences recorded as excused (MOPS distinguishes them; CISI and ZDZ do not).
 */
export function holdSessions(options: {
  random: Random;
  sessions: readonly ScheduledSession[];
  participants: readonly SyntheticParticipant[];
  excusedShare: number;
}): HeldSession[] {
  const { random } = options;
  return options.sessions.map((session) => {
    const attendees = options.participants.filter(
      (person) => person.entry <= session.day && session.day <= person.lastDay && isEnrolled(person, session),
    );
    const statuses = new Uint8Array(attendees.length);
    const factor = turnoutFactor(session);
    attendees.forEach((person, index) => {
      const present = random.chance(Math.min(0.98, person.reliability * factor));
      statuses[index] = present ? PRESENT : random.chance(options.excusedShare) ? EXCUSED : ABSENT;
    });
    return { ...session, attendees, statuses };
  });
}
