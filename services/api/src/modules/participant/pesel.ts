import { createHmac } from 'node:crypto';
import { isIsoDate } from '../../graphql/date.scalar.js';
import { Sex } from '../../codes/participant-attributes.js';

const CHECK_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** What a valid PESEL says about its holder. */
export interface PeselFacts {
  birthDate: string;
  sex: Sex;
}

/** Why a PESEL was refused, in words a partner can act on. */
export class InvalidPeselError extends Error {}

/** The century a PESEL's month field encodes: +80 for 1800s, +0 for 1900s, +20 2000s, +40 2100s, +60 2200s. */
function decodeCentury(monthField: number): { century: number; month: number } {
  const offset = Math.floor(monthField / 20) * 20;
  const centuries: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };
  const century = centuries[offset];
  if (century === undefined) throw new InvalidPeselError('the month digits do not encode a valid month');
  return { century, month: monthField - offset };
}

/**
 * Validates a PESEL (11 digits, check digit, a real birth date) and reads the birth date and sex
 * from it. Throws InvalidPeselError with the reason.
 */
export function readPesel(pesel: string): PeselFacts {
  if (!/^\d{11}$/.test(pesel)) throw new InvalidPeselError('a PESEL is exactly 11 digits');
  const digits = [...pesel].map(Number);
  const sum = CHECK_WEIGHTS.reduce((total, weight, index) => total + weight * digits[index]!, 0);
  if ((10 - (sum % 10)) % 10 !== digits[10]) throw new InvalidPeselError('the check digit does not match');
  const { century, month } = decodeCentury(digits[2]! * 10 + digits[3]!);
  const year = century + digits[0]! * 10 + digits[1]!;
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${pesel.slice(4, 6)}`;
  if (!isIsoDate(birthDate)) throw new InvalidPeselError(`the encoded birth date ${birthDate} does not exist`);
  return { birthDate, sex: digits[9]! % 2 === 1 ? Sex.MALE : Sex.FEMALE };
}

/** HMAC-SHA-256 of a PESEL keyed by the hub secret: links records without keeping the number. */
export function hashPesel(pesel: string, secret: string): string {
  return createHmac('sha256', secret).update(`pesel:${pesel}`).digest('hex');
}

/** A PESEL as it may appear in a report or log: enough to find the row, never the number. */
export function maskPesel(value: string): string {
  return value.length <= 2 ? '*'.repeat(value.length) : `${'*'.repeat(value.length - 2)}${value.slice(-2)}`;
}
