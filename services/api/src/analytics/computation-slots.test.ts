import { describe, expect, it } from 'vitest';
import { ComputationSlots } from './computation-slots.js';

describe('ComputationSlots', () => {
  it('runs at most `count` computations at once, the others in the order they came, and frees a slot on failure', async () => {
    const slots = new ComputationSlots(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const task = (id: number, fail = false) =>
      slots.run(async () => {
        started.push(id);
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        if (fail) throw new Error(`task ${id} failed`);
        return id;
      });
    const results = [task(1, true), task(2), task(3), task(4), task(5)].map((promise) => promise.catch((error: Error) => error.message));
    // Let each started computation finish in turn; a waiting one starts only when a slot frees.
    while (releases.length || started.length < 5) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.shift()?.();
    }
    expect(await Promise.all(results)).toEqual(['task 1 failed', 2, 3, 4, 5]);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });
});
