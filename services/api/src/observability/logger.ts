import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Participant data never goes in: log codes, counts and ids only. The redact
 * list is a second line of defence for fields that must never appear even by mistake.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'razem-hub' },
      redact: { paths: ['*.pesel', '*.password', '*.nazwisko', '*.imie', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    // Synchronous by default so the last lines before process.exit() are not lost.
    (options.destination as pino.DestinationStream | undefined) ?? pino.destination({ dest: 1, sync: true }),
  );
}
