/**
 * The perturbation table (ptable) of the cell key method, generated from documented parameters the way
 * the sdcTools `ptable` package does (Enderle, Giessing & Tent, "Designing confidentiality on the fly",
 * 2018): for each original count i, a distribution of the adjustment d (published = i + d) that
 * - never moves further than the maximum adjustment D (|d| ≤ D),
 * - never publishes a negative count (d ≥ −i),
 * - is unbiased (E[d] = 0) and has the variance V, or less where V cannot be reached without bias,
 * - is otherwise as spread as possible (maximum entropy): p(d) ∝ exp(a·d + b·d²), solved for a and b.
 * Zero stays zero (no one to perturb, and an unbiased adjustment of 0 that is never negative is 0).
 * Counts of D and more share the row of D, shifted: their adjustments are all possible.
 */

export interface PtableParameters {
  /** D: no published count differs from the true one by more than this. */
  maxAdjustment: number;
  /** V: the adjustment's variance where it can be reached (counts of D and more). */
  variance: number;
}

export interface PtableTransition {
  /** The adjustment d: the published count is the original plus d. */
  adjustment: number;
  probability: number;
  /** The cell keys in [lower, upper) choose this adjustment. */
  lower: number;
  upper: number;
}

export interface PtableRow {
  /** The original count i (the last row stands for every count from it upwards). */
  value: number;
  /** The variance reached: V, or less for counts below D. */
  variance: number;
  transitions: PtableTransition[];
}

export interface Ptable {
  parameters: PtableParameters;
  rows: PtableRow[];
}

/**
 * The share of the largest unbiased variance on a truncated row (i·D, all mass at −i and +D) a small
 * count's row aims for when V is out of reach: near that bound the distribution degenerates to two points.
 */
const SMALL_COUNT_VARIANCE_SHARE = 0.75;

/** Checks the parameters; throws naming the one that is out of range. */
function checkParameters({ maxAdjustment, variance }: PtableParameters): void {
  if (!Number.isInteger(maxAdjustment) || maxAdjustment < 1 || maxAdjustment > 10) {
    throw new Error(`ptable: maxAdjustment must be an integer from 1 to 10; got ${maxAdjustment}.`);
  }
  // A symmetric row on −D…D reaches at most D² (all mass at ±D); maximum entropy needs room below it.
  if (!(variance > 0 && variance < maxAdjustment * maxAdjustment)) {
    throw new Error(`ptable: variance must lie in (0, maxAdjustment² = ${maxAdjustment * maxAdjustment}); got ${variance}.`);
  }
}

/** The maximum-entropy distribution on `support` with mean 0 and variance `variance` (Newton on the dual). */
function maxEntropyRow(support: readonly number[], variance: number): number[] {
  let a = 0;
  let b = -1 / (2 * variance);
  const probabilities = (ca: number, cb: number): number[] => {
    const logs = support.map((d) => ca * d + cb * d * d);
    const top = Math.max(...logs);
    const weights = logs.map((value) => Math.exp(value - top));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return weights.map((weight) => weight / total);
  };
  // The dual F(a, b) = log Z(a, b) − b·V is convex; its gradient is (E[d], E[d²] − V).
  const dual = (ca: number, cb: number): number => {
    const logs = support.map((d) => ca * d + cb * d * d);
    const top = Math.max(...logs);
    return top + Math.log(logs.reduce((sum, value) => sum + Math.exp(value - top), 0)) - cb * variance;
  };
  for (let iteration = 0; iteration < 200; iteration += 1) {
    const p = probabilities(a, b);
    const m1 = p.reduce((sum, pi, index) => sum + pi * support[index]!, 0);
    const m2 = p.reduce((sum, pi, index) => sum + pi * support[index]! ** 2, 0);
    const m3 = p.reduce((sum, pi, index) => sum + pi * support[index]! ** 3, 0);
    const m4 = p.reduce((sum, pi, index) => sum + pi * support[index]! ** 4, 0);
    const [g1, g2] = [m1, m2 - variance];
    if (Math.abs(g1) < 1e-11 && Math.abs(g2) < 1e-11) return p;
    // Hessian: the covariance of (d, d²).
    const [h11, h12, h22] = [m2 - m1 * m1, m3 - m1 * m2, m4 - m2 * m2];
    const determinant = h11 * h22 - h12 * h12;
    const [step1, step2] = [(h22 * g1 - h12 * g2) / determinant, (h11 * g2 - h12 * g1) / determinant];
    let scale = 1;
    const before = dual(a, b);
    while (scale > 1e-6 && dual(a - scale * step1, b - scale * step2) > before - 1e-4 * scale * (g1 * step1 + g2 * step2)) scale /= 2;
    a -= scale * step1;
    b -= scale * step2;
  }
  throw new Error(`ptable: no distribution on ${support[0]}…${support.at(-1)} reaches variance ${variance}.`);
}

/** Generates the ptable for the parameters (rows for the counts 0…D). */
export function generatePtable(parameters: PtableParameters): Ptable {
  checkParameters(parameters);
  const { maxAdjustment: D, variance: V } = parameters;
  const rows: PtableRow[] = [];
  for (let value = 0; value <= D; value += 1) {
    const support = Array.from({ length: Math.min(value, D) + D + 1 }, (_, index) => index - Math.min(value, D));
    const rowVariance = value === 0 ? 0 : Math.min(V, SMALL_COUNT_VARIANCE_SHARE * value * D);
    const probabilities = value === 0 ? [1, ...Array<number>(D).fill(0)] : maxEntropyRow(support, rowVariance);
    let lower = 0;
    const transitions = support
      .map((adjustment, index) => ({ adjustment, probability: probabilities[index]! }))
      .filter((transition) => transition.probability > 0)
      .map((transition, index, all) => {
        const upper = index === all.length - 1 ? 1 : lower + transition.probability;
        const row = { ...transition, lower, upper };
        lower = upper;
        return row;
      });
    rows.push({ value, variance: rowVariance, transitions });
  }
  return { parameters, rows };
}

/** The adjustment the ptable gives a count for a cell key in [0, 1). */
export function ptableAdjustment(ptable: Ptable, value: number, cellKey: number): number {
  if (value <= 0) return 0;
  const row = ptable.rows[Math.min(value, ptable.rows.length - 1)]!;
  for (const transition of row.transitions) {
    if (cellKey < transition.upper) return transition.adjustment;
  }
  return row.transitions.at(-1)!.adjustment;
}
