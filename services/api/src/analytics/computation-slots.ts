/**
 * How many analytics answers are computed at once in this process. Each computation holds its rows
 * (a per-activity × month answer is ~70,000 cells) until its response is written, so under many
 * cache-missing questions at once the heap grew with the number of requests (1.1 GB at 50 connections);
 * with a bound it grows with this number instead, and the waiting requests hold nothing but their
 * arguments. PostgreSQL does the aggregation, on as many cores as the machine has: a few concurrent
 * statements keep it busy.
 */
export const COMPUTATION_SLOTS = 4;

/** At most `count` computations at a time; the others wait in order, holding nothing but their arguments. */
export class ComputationSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly count: number) {}

  async run<T>(compute: () => Promise<T>): Promise<T> {
    if (this.running >= this.count) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await compute();
    } finally {
      // The slot passes straight to the next waiter (running stays the same), or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

const answerSlots = new ComputationSlots(COMPUTATION_SLOTS);

/**
 * Runs one answer's computation (its SQL and shaping) when a slot is free. Only leaf computations take
 * a slot (one programme's cells, one indicators statement), never one that waits for others, so slots
 * cannot deadlock.
 */
export function inComputationSlot<T>(compute: () => Promise<T>): Promise<T> {
  return answerSlots.run(compute);
}
