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

export type DateStyle = 'iso' | 'dotted';

const DOTTED_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

// A file holds a few hundred distinct dates across millions of rows: validate each spelling once.
const validDates: Record<DateStyle, Map<string, string>> = { iso: new Map(), dotted: new Map() };

/** A date as the kind writes it (YYYY-MM-DD, or DD.MM.YYYY for CISI), returned as YYYY-MM-DD. */
export function readDate(column: string, raw: string, style: DateStyle): string {
  const known = validDates[style].get(raw);
  if (known !== undefined) return known;
  const dotted = style === 'dotted' ? DOTTED_DATE.exec(raw) : null;
  const iso = dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : style === 'iso' ? raw : '';
  if (!isIsoDate(iso)) {
    const expected = style === 'dotted' ? 'DD.MM.YYYY' : 'YYYY-MM-DD';
    throw new FieldError(column, raw, `not a date in the form ${expected}`, 'INVALID_DATE');
  }
  if (validDates[style].size < 100_000) validDates[style].set(raw, iso);
  return iso;
}

/** A date that must lie within [from, to] (inclusive), e.g. the programme period. */
export function requireDateWithin(column: string, raw: string, date: string, from: string, to: string, what: string): void {
  if (date < from || date > to) {
    throw new FieldError(column, raw, `date outside ${what} (${from} … ${to})`, 'DATE_OUT_OF_PERIOD');
  }
}

/** A decimal written with a dot or a comma (1.5 or 1,5), strictly greater than 0 and at most `max`. */
export function readPositiveDecimal(column: string, raw: string, max: number): number {
  if (!/^\d+([.,]\d+)?$/.test(raw)) throw new FieldError(column, raw, 'not a number (use 1.5 or 1,5)', 'INVALID_NUMBER');
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
