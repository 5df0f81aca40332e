import { CHRISTMAS_BREAK, isPublicHoliday, isWorkingDay, listClassDays, SUMMER_BREAK, type DayRange } from './calendar.js';
import { dayFromIso, weekdayOf, type Day } from './dates.js';
import type { CisiClass } from './enrolments.js';
import type { Random } from './random.js';

/**
 * When each of a cohort's activities meets. Dates and durations are drawn once per cohort, so every
 * cohort (and the pilot) has its own timetable, yet each timetable is what a partner would plausibly
 * run: weekly or fortnightly on fixed weekdays, no public holidays, breaks at Christmas and in August.
 */

/** One meeting of an activity, before anyone is put on its list. */
export interface ScheduledSession {
  /** The pilot's activity code (`MOPS-W1`, `CISI-SPORT`, `ZDZ-K05`): the generator's key for the activity. */
  activity: string;
  day: Day;
  /** Hours (MOPS), minutes (CISI) or 45-minute lesson hours (ZDZ): the same for everyone at the session. */
  duration: number;
  /** MOPS workshops meet by group; null when every enrolled participant is expected. */
  group: number | null;
  /** A day of a residential (away) trip. */
  residential: boolean;
}

/** A ZDZ course's timetable and final exam. */
export interface ScheduledCourse {
  course: string;
  examDay: Day;
}

export interface CohortSchedule {
  mops: ScheduledSession[];
  cisi: ScheduledSession[];
  zdz: ScheduledSession[];
  courses: ScheduledCourse[];
}

const d = dayFromIso;

/** ZDZ's courses: lesson hours per meeting × meetings (forklift ≈ the 67-hour UDT course; hairdresser the longest). */
const COURSE_PLANS: readonly (readonly [course: string, lessonHours: number, meetings: number])[] = [
  ['K01', 8, 15],
  ['K02', 6, 13],
  ['K03', 5, 12],
  ['K04', 7, 14],
  ['K05', 8, 19],
  ['K06', 8, 25],
  ['K07', 8, 19],
  ['K08', 7, 10],
  ['K09', 8, 19],
  ['K10', 6, 14],
];

/**
 * MOPS's four workshops: weekly stationary meetings by group (W2 and W3 run side by side in spring, on
 * the group's two weekdays; W4 fortnightly in autumn), and residential trips (from a Friday) for three.
 */
const WORKSHOP_PLANS = [
  { activity: 'MOPS-W1', from: d('2011-10-03'), to: d('2012-02-24'), weekday: 0, parity: undefined, hours: 3,
    trip: { firstFridays: [d('2011-11-18'), d('2011-12-09')], hours: [5, 7.5, 4] } },
  { activity: 'MOPS-W2', from: d('2012-02-27'), to: d('2012-06-29'), weekday: 0, parity: undefined, hours: 2.5,
    trip: { firstFridays: [d('2012-04-20'), d('2012-06-15')], hours: [5, 8, 4.5] } },
  { activity: 'MOPS-W3', from: d('2012-03-05'), to: d('2012-06-29'), weekday: 1, parity: undefined, hours: 3, trip: null },
  { activity: 'MOPS-W4', from: d('2012-09-03'), to: d('2012-11-16'), weekday: 1, parity: 0, hours: 2,
    trip: { firstFridays: [d('2012-09-14'), d('2012-10-19')], hours: [6, 6] } },
] as const;

const CISI_PERIOD = { from: d('2011-10-03'), to: d('2012-11-21') };
const COURSE_STARTS = { from: d('2012-02-06'), to: d('2012-09-17') };
const COURSE_SUMMER_BREAK: DayRange = { from: d('2012-07-02'), to: d('2012-08-31') };
const LAST_COURSE_DAY = d('2012-11-16');

/** Fridays in a window whose trip days (Friday onwards) include no public holiday. */
function listTripFridays(options: { from: Day; to: Day; days: number }): Day[] {
  const fridays: Day[] = [];
  for (let day = options.from; day <= options.to; day++) {
    if (weekdayOf(day) !== 4) continue;
    let clear = true;
    for (let offset = 0; offset < options.days; offset++) if (isPublicHoliday(day + offset)) clear = false;
    if (clear) fridays.push(day);
  }
  return fridays;
}

/** MOPS: workshops W1–W4 per group, and the community centre two afternoons a week. */
function scheduleMops(random: Random, workshopGroups: number): ScheduledSession[] {
  if (workshopGroups > 2) throw new Error('MOPS workshop days are planned for at most two groups');
  const sessions: ScheduledSession[] = [];
  // Each group trains on its own two weekdays (Mon+Wed or Tue+Thu), so two groups never share a session.
  const groupWeekdays = random.shuffle([[0, 2], [1, 3]]);
  for (const plan of WORKSHOP_PLANS) {
    const tripFridays = plan.trip
      ? random.shuffle(listTripFridays({ from: plan.trip.firstFridays[0], to: plan.trip.firstFridays[1], days: plan.trip.hours.length }))
      : [];
    for (let group = 0; group < workshopGroups; group++) {
      const weekday = groupWeekdays[group]?.[plan.weekday] ?? group;
      for (const day of listClassDays({
        from: plan.from,
        to: plan.to,
        weekdays: [weekday],
        breaks: [CHRISTMAS_BREAK],
        ...(plan.parity === undefined ? {} : { everyOtherWeek: plan.parity }),
      })) {
        sessions.push({ activity: plan.activity, day, duration: plan.hours, group, residential: false });
      }
      const friday = tripFridays[group];
      if (plan.trip && friday !== undefined) {
        plan.trip.hours.forEach((hours, offset) => {
          sessions.push({ activity: plan.activity, day: friday + offset, duration: hours, group, residential: true });
        });
      }
    }
  }
  const centreWeekdays = random.pick([[1, 4], [2, 4], [0, 3]]);
  const summer = { from: d('2012-07-01'), to: d('2012-08-31') };
  for (const day of listClassDays({ from: d('2011-09-12'), to: d('2012-11-30'), weekdays: centreWeekdays, breaks: [CHRISTMAS_BREAK] })) {
    // Longer afternoons during the summer holidays ("akcja lato").
    const hours = day >= summer.from && day <= summer.to ? 4 : 3;
    sessions.push({ activity: 'MOPS-SWIETLICA', day, duration: hours, group: null, residential: false });
  }
  return sessions;
}

/** CISI: every class weekly; art carries on outdoors through August. */
function scheduleCisi(random: Random): ScheduledSession[] {
  const sessions: ScheduledSession[] = [];
  const plans: readonly (readonly [CisiClass, number[], number])[] = [
    ['CISI-SPORT', [random.int(0, 4)], 90],
    ['CISI-FILM', [random.int(0, 4)], 120],
    ['CISI-TANIEC', [random.int(0, 4)], 90],
    ['CISI-PLASTYKA', [random.int(0, 4)], 120],
    ['CISI-FOTO', [random.int(0, 4)], 90],
  ];
  for (const [activity, weekdays, minutes] of plans) {
    const breaks = activity === 'CISI-PLASTYKA' ? [CHRISTMAS_BREAK] : [CHRISTMAS_BREAK, SUMMER_BREAK];
    for (const day of listClassDays({ ...CISI_PERIOD, weekdays, breaks })) {
      sessions.push({ activity, day, duration: minutes, group: null, residential: false });
    }
  }
  return sessions;
}

/** ZDZ: each course runs once, 3–5 days a week from a Monday between February and September, paused in summer. */
function scheduleZdz(random: Random): { sessions: ScheduledSession[]; courses: ScheduledCourse[] } {
  const sessions: ScheduledSession[] = [];
  const courses: ScheduledCourse[] = [];
  for (const [course, lessonHours, meetings] of COURSE_PLANS) {
    const weekdays = random.pickWeighted<number[]>([[[0, 2, 4], 0.45], [[1, 3, 5], 0.35], [[0, 1, 2, 3, 4], 0.2]]);
    const candidates: Day[][] = [];
    for (let start = COURSE_STARTS.from; start <= COURSE_STARTS.to; start += 7) {
      if (start >= COURSE_SUMMER_BREAK.from && start <= COURSE_SUMMER_BREAK.to) continue;
      const days = listClassDays({ from: start, to: LAST_COURSE_DAY, weekdays, breaks: [COURSE_SUMMER_BREAK] }).slice(0, meetings);
      const last = days[days.length - 1];
      // The exam is on the first working day after the last meeting; it must leave the course inside the period.
      if (days.length === meetings && last !== undefined && last <= LAST_COURSE_DAY - 2) candidates.push(days);
    }
    const days = random.pick(candidates);
    for (const day of days) sessions.push({ activity: `ZDZ-${course}`, day, duration: lessonHours, group: null, residential: false });
    let examDay = (days[days.length - 1] ?? LAST_COURSE_DAY) + 1;
    while (!isWorkingDay(examDay)) examDay++;
    courses.push({ course, examDay });
  }
  return { sessions, courses };
}

/** Plans every session of one cohort. */
export function scheduleCohort(options: { random: Random; workshopGroups: number }): CohortSchedule {
  const mops = scheduleMops(options.random, options.workshopGroups);
  const cisi = scheduleCisi(options.random);
  const { sessions: zdz, courses } = scheduleZdz(options.random);
  const byDayThenActivity = (a: ScheduledSession, b: ScheduledSession): number =>
    a.day - b.day || (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : 0);
  return { mops: mops.sort(byDayThenActivity), cisi: cisi.sort(byDayThenActivity), zdz: zdz.sort(byDayThenActivity), courses };
}
