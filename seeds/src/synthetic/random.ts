import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded random source; every draw in the synthetic data goes through one of these, never Math.random. */
export interface Random {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [0, 1). */
  float(): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One value, with probability proportional to its weight. */
  pickWeighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Mixes a base seed with labels into a 32-bit seed. Each cohort and each concern (participants,
 * schedule, attendance …) gets its own stream, so adding a draw in one place never shifts the data of
 * another, and cohort 57 can be generated without generating cohorts 1–56 first.
 */
export function deriveSeed(seed: number, ...labels: readonly (string | number)[]): number {
  // FNV-1a over the text, then murmur3's finaliser to spread nearby inputs (cohort 1, cohort 2) apart.
  const text = `${seed}|${labels.join('|')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}

/** Creates a random source seeded from a base seed and stream labels (see deriveSeed). */
export function createRandom(options: { seed: number; stream: readonly (string | number)[] }): Random {
  const rng = xoroshiro128plus(deriveSeed(options.seed, ...options.stream));
  const float = (): number => uniformFloat64(rng);
  const int = (min: number, max: number): number => uniformInt(rng, min, max);
  return {
    int,
    float,
    chance: (probability) => float() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    pickWeighted<T>(choices: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, weight] of choices) total += weight;
      if (!(total > 0)) throw new Error('pickWeighted needs a positive total weight');
      let point = float() * total;
      for (const [value, weight] of choices) {
        point -= weight;
        if (point < 0) return value;
      }
      // Floating-point leftovers land on the last choice with a positive weight.
      for (let i = choices.length - 1; i >= 0; i--) {
        const choice = choices[i];
        if (choice && choice[1] > 0) return choice[0];
      }
      throw new Error('unreachable');
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        const tmp = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = tmp;
      }
      return copy;
    },
  };
}
