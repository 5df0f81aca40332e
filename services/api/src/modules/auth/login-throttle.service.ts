import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Brute-force limits. Per account: 5 failures in 15 minutes lock that e-mail for 15 minutes (a
 * person mistyping gets 5 tries; a guesser gets 20 an hour). Per IP: 20, because a partner's office
 * shares one address behind NAT, yet one machine trying many e-mails is stopped. While locked, the
 * password is not even checked, so a lock cannot be used to test guesses. The cost: someone who
 * knows an e-mail can lock that account for 15 minutes — acceptable for a handful of staff users.
 */
export const LOGIN_LIMITS = {
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
} as const;

export interface ThrottleKey {
  key: string;
  limit: number;
}

/** The counters one attempt touches: the e-mail's always, the address's when known. */
export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  return [
    { key: `account:${email}`.slice(0, 320), limit: LOGIN_LIMITS.maxFailuresPerAccount },
    ...(ip ? [{ key: `ip:${ip}`.slice(0, 320), limit: LOGIN_LIMITS.maxFailuresPerIp }] : []),
  ];
}

/** Seconds until the longest lock on any of the keys ends; 0 when none is locked. */
export async function lockedForSeconds(em: EntityManager, keys: ThrottleKey[]): Promise<number> {
  const rows = await em.getConnection().execute<{ seconds: string | null }[]>(
    `select ceil(extract(epoch from max(locked_until) - now())) as seconds
       from login_throttle where key in (?) and locked_until > now()`,
    [keys.map((key) => key.key)],
  );
  return Number(rows[0]?.seconds ?? 0);
}

/**
 * Counts one failure against each key in one atomic statement per key (concurrent attempts cannot
 * both slip under the limit), starting a new window when the old one is over, and locking the key
 * when it reaches its limit. Also prunes counters whose window and lock are long over.
 */
export async function registerLoginFailure(em: EntityManager, keys: ThrottleKey[]): Promise<void> {
  const connection = em.getConnection();
  const window = `${LOGIN_LIMITS.windowSeconds} seconds`;
  const lock = `${LOGIN_LIMITS.lockSeconds} seconds`;
  for (const { key, limit } of keys) {
    await connection.execute(
      `insert into login_throttle as t (key, failures, window_started_at, locked_until)
         values (?, 1, now(), case when 1 >= ? then now() + ?::interval end)
       on conflict (key) do update set
         failures = case when t.window_started_at < now() - ?::interval then 1 else t.failures + 1 end,
         window_started_at = case when t.window_started_at < now() - ?::interval then now() else t.window_started_at end,
         locked_until = case
           when (case when t.window_started_at < now() - ?::interval then 1 else t.failures + 1 end) >= ?
             then now() + ?::interval
           else t.locked_until end`,
      [key, limit, lock, window, window, window, limit, lock],
    );
  }
  await connection.execute(
    `delete from login_throttle
      where window_started_at < now() - ?::interval and (locked_until is null or locked_until < now())`,
    [window],
  );
}

/** Forgets an account's failures after a successful sign-in (the IP's count stays: see LOGIN_LIMITS). */
export async function clearAccountFailures(em: EntityManager, email: string): Promise<void> {
  await em.getConnection().execute('delete from login_throttle where key = ?', [`account:${email}`.slice(0, 320)]);
}
