import { generatePtable, ptableAdjustment, type Ptable, type PtableParameters } from './ptable.js';

/**
 * The cell key method (ABS TableBuilder; sdcTools `cellKey`): every participant has a secret record key,
 * an integer uniform in [0, 2^32) (participant.record_key); a cell's key is the sum of its contributors'
 * record keys mod 2^32, scaled to [0, 1). The same contributors give the same key, so the same published
 * value, whichever question, route or role reaches the cell; a different set gives an independent key.
 */
export const RECORD_KEY_MODULUS = 2 ** 32;
/** The modulus as SQL text (sums of record keys are reduced with it in PostgreSQL). */
export const RECORD_KEY_MODULUS_SQL = '4294967296';

/**
 * The hub's parameters (README "Published figures for evaluators and partners"): D = 3, V = 2.
 * With K = 5, a count of 1 is never published above 4 (a 2 reaches 5 only rarely), so a cell on one person
 * always reads "<K", as an empty one does; and two answers differing in one person differ by the true 1 only in about a
 * fifth of cases (Σ p(d)² for V = 2), so subtraction no longer tells who is where.
 */
export const PERTURBATION_PARAMETERS: PtableParameters = { maxAdjustment: 3, variance: 2 };

/** Generated once: a pure function of the parameters. */
export const HUB_PTABLE: Ptable = generatePtable(PERTURBATION_PARAMETERS);

/**
 * Independent streams of one cell key: a cell that publishes two numbers (a sum and its contributor
 * count) draws each from its own stream, so one does not give away the other's adjustment.
 */
export enum KeyStream {
  COUNT = 0,
  MAGNITUDE = 1,
}

/** The cell key in [0, 1) of a key sum (any non-negative integer, reduced here mod 2^32) and a stream. */
export function cellKeyOf(keySum: number, stream: KeyStream = KeyStream.COUNT): number {
  const key = keySum % RECORD_KEY_MODULUS;
  if (stream === KeyStream.COUNT) return key / RECORD_KEY_MODULUS;
  // An odd multiplier permutes [0, 2^32): the stream stays uniform, and different from the count's.
  return (Math.imul(key >>> 0, 0x9e3779b1) >>> 0) / RECORD_KEY_MODULUS;
}

/** A count as published: the original plus the ptable's adjustment for the cell key (never negative). */
export function perturbCount(value: number, keySum: number, ptable: Ptable = HUB_PTABLE): number {
  const count = Math.round(value);
  return count + ptableAdjustment(ptable, count, cellKeyOf(keySum));
}

/**
 * A sum (hours, items) as published, by the magnitude variant keyed the same way: the sum moves by the
 * ptable adjustment of its contributor count, in units of the mean contribution, from the magnitude
 * stream. Unbiased, never negative (the adjustment is at least −contributors), and at most D mean
 * contributions away: a differencing attack sees each person's share blurred by about that much.
 */
export function perturbSum(value: number, contributors: number, keySum: number, ptable: Ptable = HUB_PTABLE): number {
  if (contributors <= 0 || value === 0) return value;
  const adjustment = ptableAdjustment(ptable, contributors, cellKeyOf(keySum, KeyStream.MAGNITUDE));
  return Math.round((value + (value / contributors) * adjustment) * 100) / 100;
}

/** A rate from its perturbed numerator and denominator, within [0, 1]; null when the denominator publishes 0. */
export function perturbRate(
  numerator: { value: number; keySum: number },
  denominator: { value: number; keySum: number },
  ptable: Ptable = HUB_PTABLE,
): number | null {
  const bottom = perturbCount(denominator.value, denominator.keySum, ptable);
  if (bottom <= 0) return null;
  return Math.min(1, perturbCount(numerator.value, numerator.keySum, ptable) / bottom);
}
