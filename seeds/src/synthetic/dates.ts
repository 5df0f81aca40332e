/**
 * Calendar days as integers (days since 1970-01-01, UTC): cheap to compare, add and use as keys,
 * and free of time-zone surprises. Formatting is cached because millions of rows share a few
 * hundred dates.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const isoCache = new Map<Day, string>();
const polishCache = new Map<Day, string>();

/** Parses `YYYY-MM-DD`. */
export function dayFromIso(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return dayFromParts({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/** The day of a calendar date (month 1–12). */
export function dayFromParts(parts: { year: number; month: number; day: number }): Day {
  return Date.UTC(parts.year, parts.month - 1, parts.day) / MS_PER_DAY;
}

/** The calendar date of a day (month 1–12). */
export function partsFromDay(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `YYYY-MM-DD`. */
export function formatIsoDay(day: Day): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}

/** `DD.MM.YYYY`, as CISI's spreadsheets write dates. */
export function formatPolishDay(day: Day): string {
  let text = polishCache.get(day);
  if (text === undefined) {
    const iso = formatIsoDay(day);
    text = `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
    polishCache.set(day, text);
  }
  return text;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The same day of the month `months` later, clamped to the month's last day (2012-11-30 + 6 → 2013-05-30). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: dayOfMonth } = partsFromDay(day);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  const lastDay = partsFromDay(dayFromParts({ year: targetYear, month: targetMonth + 1, day: 0 })).day;
  return dayFromParts({ year: targetYear, month: targetMonth, day: Math.min(dayOfMonth, lastDay) });
}

/** Whole years between a birth day and a later day (age on that day). */
export function ageOn(options: { birth: Day; on: Day }): number {
  const birth = partsFromDay(options.birth);
  const on = partsFromDay(options.on);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
