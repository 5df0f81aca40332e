import { dayFromParts, formatIsoDay, partsFromDay, type Day } from './dates.js';

/**
 * PESEL, the Polish national identification number: YYMMDD (month offset by century) + a 3-digit
 * serial + a sex digit (odd = male) + a check digit. The generator only ever produces synthetic ones;
 * decodePesel is what the tests (and anyone checking a file) use to confirm they are well formed.
 */

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** Month offsets by century, as the PESEL standard defines them. */
const CENTURY_OFFSETS: readonly (readonly [centuryStart: number, offset: number])[] = [
  [1800, 80],
  [1900, 0],
  [2000, 20],
  [2100, 40],
  [2200, 60],
];

export type PeselSex = 'FEMALE' | 'MALE';

/** The check digit for the first ten digits. */
export function computePeselCheckDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(firstTen.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return (10 - (sum % 10)) % 10;
}

/**
 * Builds a PESEL. `serial` (0–4999) picks both the three serial digits and which of the five sex
 * digits is used, so one birth date and sex has 5000 distinct numbers.
 */
export function encodePesel(options: { birth: Day; sex: PeselSex; serial: number }): string {
  const { serial } = options;
  if (!Number.isInteger(serial) || serial < 0 || serial > 4999) throw new Error(`PESEL serial out of range: ${serial}`);
  const { year, month, day } = partsFromDay(options.birth);
  const century = CENTURY_OFFSETS.find(([start]) => year >= start && year < start + 100);
  if (!century) throw new Error(`no PESEL century for year ${year}`);
  const sexDigit = 2 * (serial % 5) + (options.sex === 'MALE' ? 1 : 0);
  const firstTen =
    String(year % 100).padStart(2, '0') +
    String(month + century[1]).padStart(2, '0') +
    String(day).padStart(2, '0') +
    String(Math.floor(serial / 5)).padStart(3, '0') +
    String(sexDigit);
  return firstTen + String(computePeselCheckDigit(firstTen));
}

/** Reads birth date and sex from a PESEL; null when it is not 11 digits, the date is impossible or the check digit is wrong. */
export function decodePesel(pesel: string): { birthDate: string; sex: PeselSex } | null {
  if (!/^\d{11}$/.test(pesel)) return null;
  if (computePeselCheckDigit(pesel.slice(0, 10)) !== Number(pesel[10])) return null;
  const encodedMonth = Number(pesel.slice(2, 4));
  const offset = Math.floor(encodedMonth / 20) * 20;
  const century = CENTURY_OFFSETS.find(([, candidate]) => candidate === offset);
  if (!century) return null;
  const year = century[0] + Number(pesel.slice(0, 2));
  const month = encodedMonth - offset;
  const day = Number(pesel.slice(4, 6));
  const birth = dayFromParts({ year, month, day });
  const roundTrip = partsFromDay(birth);
  if (month < 1 || month > 12 || roundTrip.month !== month || roundTrip.day !== day) return null;
  return { birthDate: formatIsoDay(birth), sex: Number(pesel[9]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}
