/** An error as the hub may log it. */
export interface LoggableError {
  type: string;
  code?: string;
  message?: string;
  stack?: string;
}

/** Digit runs as long as a PESEL or longer: masked wherever they turn up in a logged text. */
const maskDigitRuns = (text: string) => text.replace(/\d{11,}/g, (digits) => `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`);

/**
 * What of an error goes to the log: its type, code and stack frames. A database or driver error
 * (one with a `code`) loses its message and detail — PostgreSQL and MikroORM quote the failing
 * statement and its values there, and those may be a partner file's fields; other errors keep their
 * message. Long digit runs are masked in whatever remains.
 */
export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = findCode(error);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  if (code !== undefined) return { type: error.name, code, stack: maskDigitRuns(frames) };
  return { type: error.name, message: maskDigitRuns(error.message), stack: maskDigitRuns(frames) };
}

function findCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string' || typeof code === 'number') return String(code);
    current = (current as { previous?: unknown; cause?: unknown }).previous ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}
