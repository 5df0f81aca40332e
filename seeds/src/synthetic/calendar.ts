import { dayFromIso, weekdayOf, type Day } from './dates.js';
import type { Random } from './random.js';

/**
 * Polish public holidays from the programme's start to six months after its end: nobody runs a
 * class or registers a participant on them, and an evaluator who spots a session on 11 November
 * stops trusting the rest of the data.
 */
const PUBLIC_HOLIDAYS = new Set<Day>(
  [
    '2011-11-01', '2011-11-11', '2011-12-25', '2011-12-26',
    '2012-01-01', '2012-01-06', '2012-04-08', '2012-04-09', '2012-05-01', '2012-05-03',
    '2012-05-27', '2012-06-07', '2012-08-15', '2012-11-01', '2012-11-11', '2012-12-25', '2012-12-26',
    '2013-01-01', '2013-01-06', '2013-03-31', '2013-04-01', '2013-05-01', '2013-05-03', '2013-05-19', '2013-05-30',
  ].map(dayFromIso),
);

/** An inclusive range of days. */
export interface DayRange {
  from: Day;
  to: Day;
}

/** The Christmas break, when the partners' classes pause. */
export const CHRISTMAS_BREAK: DayRange = { from: dayFromIso('2011-12-23'), to: dayFromIso('2012-01-01') };

/** The August holiday, when CISI's indoor classes pause. */
export const SUMMER_BREAK: DayRange = { from: dayFromIso('2012-07-30'), to: dayFromIso('2012-08-26') };

/** True on a public holiday. */
export function isPublicHoliday(day: Day): boolean {
  return PUBLIC_HOLIDAYS.has(day);
}

/** True on Monday–Friday that is not a public holiday. */
export function isWorkingDay(day: Day): boolean {
  return weekdayOf(day) < 5 && !PUBLIC_HOLIDAYS.has(day);
}

/**
 * The days a regular class meets: the given weekdays (0 = Monday) in [from, to], skipping public
 * holidays and the breaks; with `everyOtherWeek` only weeks of that parity (counted from `from`'s week),
 * so two fortnightly workshops can alternate.
 */
export function listClassDays(options: {
  from: Day;
  to: Day;
  weekdays: readonly number[];
  breaks?: readonly DayRange[];
  everyOtherWeek?: 0 | 1;
}): Day[] {
  const days: Day[] = [];
  const firstMonday = options.from - weekdayOf(options.from);
  for (let day = options.from; day <= options.to; day++) {
    if (!options.weekdays.includes(weekdayOf(day))) continue;
    if (PUBLIC_HOLIDAYS.has(day)) continue;
    if (options.breaks?.some((range) => day >= range.from && day <= range.to)) continue;
    if (options.everyOtherWeek !== undefined && Math.floor((day - firstMonday) / 7) % 2 !== options.everyOtherWeek) continue;
    days.push(day);
  }
  return days;
}

/** A uniformly drawn working day in [from, to]; `from` itself when the range holds no working day. */
export function pickWorkingDay(options: { random: Random; from: Day; to: Day }): Day {
  const candidates: Day[] = [];
  for (let day = options.from; day <= options.to; day++) if (isWorkingDay(day)) candidates.push(day);
  return candidates.length > 0 ? options.random.pick(candidates) : options.from;
}
