import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { HubContext } from '../graphql/context.js';
import type { Logger } from '../observability/logger.js';
import { loggableError } from './loggable-error.js';

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

/** Whether the error, or one it wraps, carries one of these codes (MikroORM wraps the driver's error). */
function hasErrorCode(error: unknown, codes: ReadonlySet<string>): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && codes.has(code)) return true;
    // node-postgres reports a socket closed mid-query by message only.
    if (codes === DATABASE_UNAVAILABLE_CODES && typeof message === 'string' && /Connection terminated/i.test(message)) return true;
    current = (current as { previous?: unknown; cause?: unknown }).previous ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** True when the error means the database is unreachable (the HTTP layer answers 503 for it). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return hasErrorCode(error, DATABASE_UNAVAILABLE_CODES);
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unreachable at the moment; the hub keeps running — try again shortly.';

export const GENERIC_ERROR_MESSAGE = 'Something went wrong on the server. If it keeps happening, report it with the request id.';

/**
 * Apollo's formatError. Errors the hub raises on purpose (GraphQLErrors with a code: bad input,
 * access, limits) pass unchanged. A statement timeout becomes QUERY_TIMEOUT. Anything unexpected
 * (a driver error quoting SQL, a bug's TypeError) keeps its message only in development; in
 * production (NODE_ENV=production) it becomes a generic INTERNAL_SERVER_ERROR, and Apollo drops
 * stack traces (includeStacktraceInErrorResponses is off there).
 */
export function formatHubError(formatted: GraphQLFormattedError, error: unknown, options: { production: boolean }): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) {
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  if (hasErrorCode(original, STATEMENT_TIMEOUT_CODES)) {
    return {
      message: 'The database took too long to answer (statement timeout). Narrow the query down.',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'QUERY_TIMEOUT' },
    };
  }
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR' || !options.production) return formatted;
  return {
    message: GENERIC_ERROR_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Logs unexpected errors in full on the server (with the request id) and puts the request id on
 * them in the response, so a report can be matched to the log line the caller never sees.
 */
export function errorReportingPlugin(options: { logger?: Logger }): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') continue;
            options.logger?.error(
              // Never the raw error: a driver's message may quote a partner file's values.
              { requestId: contextValue.requestId, operationName, path: error.path, err: loggableError(unwrapResolverError(error)) },
              'Unexpected error in a GraphQL request',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) return;
          response.body.singleResult.errors = errors.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
              : error,
          );
        },
      };
    },
  };
}
