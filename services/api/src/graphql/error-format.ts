import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, isStatementTimeout } from '../database/database-errors.js';
import type { HubContext } from './context.js';
import type { Logger } from '../observability/logger.js';
import { loggableError } from '../observability/loggable-error.js';

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
  if (isStatementTimeout(original)) {
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
