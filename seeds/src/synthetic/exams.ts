import { PRESENT, type HeldSession } from './attendance.js';
import { partsFromDay, type Day } from './dates.js';
import type { SyntheticParticipant } from './participants.js';
import type { Random } from './random.js';
import type { ScheduledCourse } from './schedule.js';

/** A ZDZ final exam result. */
export interface ExamEntry {
  participant: SyntheticParticipant;
  /** ZDZ's course number in this cohort's files (`K05`, `K05-C001`). */
  courseFileCode: string;
  day: Day;
  passed: boolean;
  /** `ZDZ/2012/K05/017` when passed; empty when failed. */
  certificateNumber: string;
}

/**
 * Exams at each course's end. Only those still in the programme and present at half the meetings or
 * more sit it; regular attenders nearly all pass. Certificates are numbered per course in register
 * order; the course's file code (with its cohort suffix) keeps every number unique.
 */
export function planExams(options: {
  random: Random;
  participants: readonly SyntheticParticipant[];
  sessions: readonly HeldSession[];
  courses: readonly ScheduledCourse[];
  courseFileCode: (course: string) => string;
}): ExamEntry[] {
  const { random } = options;
  const tallies = new Map<string, Map<SyntheticParticipant, { records: number; present: number }>>();
  for (const session of options.sessions) {
    let course = tallies.get(session.activity);
    if (!course) tallies.set(session.activity, (course = new Map()));
    session.attendees.forEach((person, index) => {
      const tally = course.get(person) ?? { records: 0, present: 0 };
      tally.records++;
      if (session.statuses[index] === PRESENT) tally.present++;
      course.set(person, tally);
    });
  }
  const entries: ExamEntry[] = [];
  for (const { course, examDay } of options.courses) {
    const courseTallies = tallies.get(`ZDZ-${course}`);
    const fileCode = options.courseFileCode(course);
    let certificates = 0;
    for (const person of options.participants) {
      const tally = courseTallies?.get(person);
      if (!tally || person.lastDay < examDay) continue;
      const rate = tally.present / tally.records;
      if (rate < 0.5) continue;
      const passed = random.chance(rate >= 0.75 ? 0.93 : 0.7);
      const number = passed ? `ZDZ/${partsFromDay(examDay).year}/${fileCode}/${String(++certificates).padStart(3, '0')}` : '';
      entries.push({ participant: person, courseFileCode: fileCode, day: examDay, passed, certificateNumber: number });
    }
  }
  return entries;
}
