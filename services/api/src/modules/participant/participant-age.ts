import { AgeBand } from '../../codes/participant-attributes.js';

/** Whole years from `birthDate` to `onDate` (both YYYY-MM-DD), as people count birthdays. */
export function ageOn(birthDate: string, onDate: string): number {
  const [birthYear, birthMonthDay] = [Number(birthDate.slice(0, 4)), birthDate.slice(5)];
  const [year, monthDay] = [Number(onDate.slice(0, 4)), onDate.slice(5)];
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}

/** The ESF age band of an age (docs/interfaces.md §4 AGE_BAND). */
export function ageBandOf(age: number): AgeBand {
  if (age < 18) return AgeBand.UNDER_18;
  if (age < 25) return AgeBand.AGE_18_24;
  if (age < 30) return AgeBand.AGE_25_29;
  if (age < 55) return AgeBand.AGE_30_54;
  return AgeBand.AGE_55_PLUS;
}
