import { perturbCount, perturbRate, perturbSum } from './cell-key.js';

/** How a measure's cells are perturbed: counted things, summed magnitudes, or a ratio of two counts. */
export type PerturbationKind = 'count' | 'sum' | 'rate';

/** A cell as the database gives it to a restricted viewer: exact figures and the contributors' key sums. */
export interface KeyedCell {
  /** The exact value (null for a rate without records). */
  value: number | null;
  contributors: number;
  /** Sum of the contributors' record keys (mod 2^32). */
  keySum: number;
  /** For a rate: the numerator count and its own contributors' key sum; the denominator is `denominator`. */
  numerator?: { value: number; keySum: number } | null;
  denominator?: number | null;
}

export interface PublishedCell {
  value: number | null;
  suppressed: boolean;
}

/**
 * What a restricted viewer sees of one cell. The threshold rule stays on top, applied to the perturbed
 * contributor count: a cell whose perturbed count of participants is below K reads "<K" — an empty cell
 * too, so 0 and 1…K−1 look alike (and with D = 3, K = 5 a cell on 1 person is always below). Above it,
 * counts and sums are perturbed, and rates are the perturbed numerator over the perturbed denominator.
 */
export function publishKeyedCell(kind: PerturbationKind, cell: KeyedCell, k: number): PublishedCell {
  if (perturbCount(cell.contributors, cell.keySum) < k) return { value: null, suppressed: true };
  if (cell.value === null) return { value: null, suppressed: false };
  switch (kind) {
    case 'count':
      return { value: perturbCount(cell.value, cell.keySum), suppressed: false };
    case 'sum':
      return { value: perturbSum(cell.value, cell.contributors, cell.keySum), suppressed: false };
    case 'rate': {
      if (!cell.numerator || cell.denominator === null || cell.denominator === undefined) {
        throw new Error('A rate cell reached perturbation without its numerator and denominator.');
      }
      const value = perturbRate(cell.numerator, { value: cell.denominator, keySum: cell.keySum });
      return { value, suppressed: false };
    }
  }
}
