/**
 * How many analytics answers are computed at once in this process. Each computation holds its rows
 * (a per-activity × month answer is ~70,000 cells) until its response is written, so under many
 * cache-missing questions at once the heap grew with the number of requests (1.1 GB at 50 connections);
 * with a bound it grows with this number instead, and the waiting requests hold nothing but their
 * arguments. PostgreSQL does the aggregation, on as many cores as the machine has: a few concurrent
 * statements keep it busy.
 */
export const COMPUTATION_SLOTS = 4;

let running = 0;
const waiting: (() => void)[] = [];

/**
 * Runs one answer's computation (its SQL and shaping) when a slot is free. Only leaf computations take
 * a slot (one programme's cells, one indicators statement), never one that waits for others, so slots
 * cannot deadlock.
 */
export async function inComputationSlot<T>(compute: () => Promise<T>): Promise<T> {
  if (running >= COMPUTATION_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await compute();
  } finally {
    // The slot passes straight to the next waiter (running stays the same), or is freed.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}
