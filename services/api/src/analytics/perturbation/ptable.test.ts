import { describe, expect, it } from 'vitest';
import { cellKeyOf, HUB_PTABLE, KeyStream, perturbCount, perturbSum, RECORD_KEY_MODULUS } from './cell-key.js';
import { generatePtable, ptableAdjustment } from './ptable.js';

const moments = (row: { transitions: { adjustment: number; probability: number }[] }) => {
  const mean = row.transitions.reduce((sum, t) => sum + t.probability * t.adjustment, 0);
  const variance = row.transitions.reduce((sum, t) => sum + t.probability * (t.adjustment - mean) ** 2, 0);
  const total = row.transitions.reduce((sum, t) => sum + t.probability, 0);
  return { mean, variance, total };
};

describe('the ptable generator', () => {
  it.each([
    { maxAdjustment: 3, variance: 2 },
    { maxAdjustment: 2, variance: 1 },
    { maxAdjustment: 5, variance: 6 },
  ])('D = $maxAdjustment, V = $variance: every row unbiased, within ±D, never negative, at V where V can be reached', (parameters) => {
    const ptable = generatePtable(parameters);
    expect(ptable.rows.map((row) => row.value)).toEqual(Array.from({ length: parameters.maxAdjustment + 1 }, (_, i) => i));
    for (const row of ptable.rows) {
      const { mean, variance, total } = moments(row);
      expect(total).toBeCloseTo(1, 12);
      expect(Math.abs(mean)).toBeLessThan(1e-10);
      expect(variance).toBeCloseTo(row.variance, 10);
      for (const transition of row.transitions) {
        expect(Math.abs(transition.adjustment)).toBeLessThanOrEqual(parameters.maxAdjustment);
        expect(row.value + transition.adjustment).toBeGreaterThanOrEqual(0);
      }
      // The key intervals tile [0, 1) in order.
      expect(row.transitions[0]!.lower).toBe(0);
      expect(row.transitions.at(-1)!.upper).toBe(1);
      row.transitions.slice(1).forEach((transition, index) => expect(transition.lower).toBe(row.transitions[index]!.upper));
    }
    expect(ptable.rows[0]!.transitions).toEqual([{ adjustment: 0, probability: 1, lower: 0, upper: 1 }]);
    expect(ptable.rows.at(-1)!.variance).toBe(parameters.variance);
  });

  it('the hub\'s table (D = 3, V = 2): symmetric from 3 upwards, as in README', () => {
    const row = HUB_PTABLE.rows[3]!;
    const p = Object.fromEntries(row.transitions.map((t) => [t.adjustment, Number(t.probability.toFixed(4))]));
    expect(p[-3]).toBe(p[3]);
    expect(p[-1]).toBe(p[1]);
    expect(p[0]).toBeGreaterThan(p[1]!);
    expect(p[1]).toBeGreaterThan(p[2]!);
  });

  it('refuses parameters it cannot honour, naming them', () => {
    expect(() => generatePtable({ maxAdjustment: 0, variance: 1 })).toThrow(/maxAdjustment/);
    expect(() => generatePtable({ maxAdjustment: 2, variance: 4 })).toThrow(/variance must lie in \(0, maxAdjustment² = 4\)/);
  });

  it('lookups reproduce the probabilities: uniform cell keys give each adjustment its share', () => {
    const steps = 100_000;
    for (const value of [1, 2, 3, 40]) {
      const row = HUB_PTABLE.rows[Math.min(value, 3)]!;
      const seen = new Map<number, number>();
      for (let step = 0; step < steps; step += 1) {
        const adjustment = ptableAdjustment(HUB_PTABLE, value, (step + 0.5) / steps);
        seen.set(adjustment, (seen.get(adjustment) ?? 0) + 1);
      }
      for (const transition of row.transitions) expect((seen.get(transition.adjustment) ?? 0) / steps).toBeCloseTo(transition.probability, 4);
    }
  });
});

describe('cell keys and perturbed values', () => {
  it('a cell key is the key sum mod 2^32 scaled to [0, 1); the magnitude stream is another uniform key', () => {
    expect(cellKeyOf(RECORD_KEY_MODULUS + 5)).toBe(cellKeyOf(5));
    expect(cellKeyOf(RECORD_KEY_MODULUS / 2)).toBe(0.5);
    const keys = Array.from({ length: 10_000 }, (_, index) => cellKeyOf(index * 429_497 + 17, KeyStream.MAGNITUDE));
    expect(Math.min(...keys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...keys)).toBeLessThan(1);
    expect(keys.reduce((sum, key) => sum + key, 0) / keys.length).toBeCloseTo(0.5, 1);
  });

  it('counts: 0 stays 0, 1 never exceeds 4, every count within ±3 and never negative', () => {
    for (let keySum = 0; keySum < RECORD_KEY_MODULUS; keySum += 9_999_991) {
      expect(perturbCount(0, keySum)).toBe(0);
      expect(perturbCount(1, keySum)).toBeLessThanOrEqual(4);
      for (const value of [1, 2, 5, 17, 1000]) {
        const published = perturbCount(value, keySum);
        expect(published).toBeGreaterThanOrEqual(0);
        expect(Math.abs(published - value)).toBeLessThanOrEqual(3);
      }
    }
  });

  it('sums: within D mean contributions of the truth, never negative, unbiased over keys', () => {
    let drift = 0;
    let cells = 0;
    for (let keySum = 0; keySum < RECORD_KEY_MODULUS; keySum += 499_999) {
      const published = perturbSum(120, 10, keySum);
      expect(Math.abs(published - 120)).toBeLessThanOrEqual(3 * 12 + 1e-9);
      expect(perturbSum(3, 1, keySum)).toBeGreaterThanOrEqual(0);
      drift += published - 120;
      cells += 1;
    }
    // 8,590 cells, adjustment sd 12·√2 ≈ 17: the mean drift stays within 3 standard errors (0.55).
    expect(Math.abs(drift / cells)).toBeLessThan(0.55);
  });
});
