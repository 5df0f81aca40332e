/** What a database error means to the hub, read from the SQLSTATE or socket code the driver reports. */

/** PostgreSQL's "canceling statement due to statement timeout". */
const STATEMENT_TIMEOUT_CODES = new Set(['57014']);

/**
 * The database cannot be reached or went away: socket errors, and PostgreSQL's shutdown and
 * connection-failure SQLSTATEs (57P01–57P03, class 08).
 */
const DATABASE_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006',
]);

const DEAD_CONNECTION_MESSAGE = /Connection terminated|Client has encountered a connection error and is not queryable|Client was closed and is not queryable/i;

/** Whether the error, or one it wraps, carries one of these codes (MikroORM wraps the driver's error). */
function hasErrorCode(error: unknown, codes: ReadonlySet<string>): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && codes.has(code)) return true;
    // node-postgres reports a socket closed mid-query, and a query sent on a client whose connection
    // already failed (an import's next staging insert once PostgreSQL stopped), by message only.
    if (codes === DATABASE_UNAVAILABLE_CODES && typeof message === 'string' && DEAD_CONNECTION_MESSAGE.test(message)) return true;
    current = (current as { previous?: unknown; cause?: unknown }).previous ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** True when the error means the database is unreachable (the HTTP layer answers 503 for it). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return hasErrorCode(error, DATABASE_UNAVAILABLE_CODES);
}

/** True when PostgreSQL cancelled the statement for running past statement_timeout. */
export function isStatementTimeout(error: unknown): boolean {
  return hasErrorCode(error, STATEMENT_TIMEOUT_CODES);
}
