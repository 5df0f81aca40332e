import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';
import { ConfigError } from '../config/env.js';

export type { Logger };

/** LOG_FORMAT: `json` (one JSON object a line, for collectors) or `pretty` (readable lines); unset = pretty on a terminal, else JSON. */
export function logFormat(env: NodeJS.ProcessEnv = process.env, isTerminal = process.stdout.isTTY === true): 'json' | 'pretty' {
  const raw = env.LOG_FORMAT;
  if (raw === undefined || raw === '') return isTerminal ? 'pretty' : 'json';
  if (raw !== 'json' && raw !== 'pretty') throw new ConfigError('LOG_FORMAT', raw, 'json or pretty');
  return raw;
}

/** Readable lines, pino-pretty required only then: a hub logging JSON (deployments, tests) does not load it. */
function prettyDestination(): pino.DestinationStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty');
  return pretty({ sync: true, colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' });
}

/**
 * Structured logs: JSON, or readable lines on a terminal (pino-pretty, written synchronously so the
 * last lines before process.exit() are not lost either way). Participant data never goes in: log
 * codes, counts and ids only. The redact list is a second line of defence for fields that must
 * never appear even by mistake.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream; format?: 'json' | 'pretty' } = {}): Logger {
  const format = options.format ?? (options.destination ? 'json' : logFormat());
  const destination =
    (options.destination as pino.DestinationStream | undefined) ??
    (format === 'pretty'
      ? prettyDestination()
      : pino.destination({ dest: 1, sync: true }));
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'razem-hub' },
      redact: { paths: ['*.pesel', '*.password', '*.nazwisko', '*.imie', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
