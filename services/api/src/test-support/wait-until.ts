import { setTimeout as delay } from 'node:timers/promises';

/**
 * Resolves with the first truthy value `probe` returns, asking again every `everyMs`; fails naming
 * `what` after `timeoutMs`. For states only visible by asking (a row, a backend in pg_stat_activity):
 * the wait ends as soon as the state holds, so a busy machine makes it slower, never wrong.
 */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false | 0> | T | undefined | null | false | 0,
  { timeoutMs = 60_000, everyMs = 25 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await delay(everyMs);
  }
}
