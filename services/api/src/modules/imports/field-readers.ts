import type { LayoutDateFormat } from '@razem/seeds';
import { isIsoDate } from '../../graphql/date.scalar.js';

/** One bad value in a partner file: reported with its line, column and a reason in plain words. */
export class FieldError extends Error {
  constructor(
    readonly column: string,
    readonly value: string,
    readonly reason: string,
    readonly code: string,
  ) {
    super(reason);
  }
}

/** How a layout writes text dates (docs/interfaces.md §10). */
export type DateFormat = LayoutDateFormat;

/** Day, month and year of each day-first spelling; YYYY-MM-DD is taken as it is. */
const DAY_FIRST: Readonly<Record<Exclude<DateFormat, 'YYYY-MM-DD'>, RegExp>> = {
  'DD.MM.YYYY': /^(\d{2})\.(\d{2})\.(\d{4})$/,
  'DD/MM/YYYY': /^(\d{2})\/(\d{2})\/(\d{4})$/,
  'DD-MM-YYYY': /^(\d{2})-(\d{2})-(\d{4})$/,
};

// A file holds a few hundred distinct dates across millions of rows: validate each spelling once.
const validDates = new Map<DateFormat, Map<string, string>>();

/** A date as the layout writes it (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or DD-MM-YYYY), returned as YYYY-MM-DD. */
export function readDate(column: string, raw: string, format: DateFormat): string {
  let known = validDates.get(format);
  if (known === undefined) validDates.set(format, (known = new Map()));
  const valid = known.get(raw);
  if (valid !== undefined) return valid;
  let iso = '';
  if (format === 'YYYY-MM-DD') iso = raw;
  else {
    const parts = DAY_FIRST[format].exec(raw);
    if (parts) iso = `${parts[3]}-${parts[2]}-${parts[1]}`;
  }
  if (!isIsoDate(iso)) throw new FieldError(column, raw, `not a date in the form ${format}`, 'INVALID_DATE');
  if (known.size < 100_000) known.set(raw, iso);
  return iso;
}

/** A date that must lie within [from, to] (inclusive), e.g. the programme period. */
export function requireDateWithin(column: string, raw: string, date: string, from: string, to: string, what: string): void {
  if (date < from || date > to) {
    throw new FieldError(column, raw, `date outside ${what} (${from} … ${to})`, 'DATE_OUT_OF_PERIOD');
  }
}

/** The decimal separators a layout accepts in text numbers: '.', ',' or either. */
export type DecimalSeparator = '.' | ',' | 'either';

const DECIMALS: Readonly<Record<DecimalSeparator, { pattern: RegExp; example: string }>> = {
  either: { pattern: /^\d+([.,]\d+)?$/, example: '1.5 or 1,5' },
  '.': { pattern: /^\d+(\.\d+)?$/, example: '1.5' },
  ',': { pattern: /^\d+(,\d+)?$/, example: '1,5' },
};

/** A decimal written with the layout's separator (1.5 or 1,5), strictly greater than 0 and at most `max`. */
export function readPositiveDecimal(column: string, raw: string, max: number, separator: DecimalSeparator = 'either'): number {
  const decimals = DECIMALS[separator];
  if (!decimals.pattern.test(raw)) throw new FieldError(column, raw, `not a number (use ${decimals.example})`, 'INVALID_NUMBER');
  const value = Number(raw.replace(',', '.'));
  if (value <= 0 || value > max) throw new FieldError(column, raw, `must be greater than 0 and at most ${max}`, 'NUMBER_OUT_OF_RANGE');
  return value;
}

/** A whole number from 1 to `max`. */
export function readPositiveInteger(column: string, raw: string, max: number): number {
  if (!/^\d+$/.test(raw)) throw new FieldError(column, raw, 'not a whole number', 'INVALID_NUMBER');
  const value = Number(raw);
  if (value < 1 || value > max) throw new FieldError(column, raw, `must be from 1 to ${max}`, 'NUMBER_OUT_OF_RANGE');
  return value;
}

/** One of the codes a column allows, mapped to the hub's value. */
export function readCode<T>(column: string, raw: string, allowed: Readonly<Record<string, T>>): T {
  const value = Object.hasOwn(allowed, raw) ? allowed[raw] : undefined;
  if (value === undefined) {
    throw new FieldError(column, raw, `not one of ${Object.keys(allowed).join(', ')}`, 'UNKNOWN_CODE');
  }
  return value;
}

/** A value that must be present. */
export function readRequired(column: string, raw: string): string {
  if (raw === '') throw new FieldError(column, raw, 'required value is empty', 'MISSING_VALUE');
  return raw;
}
