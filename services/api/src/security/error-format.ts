import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { HubContext } from '../graphql/context.js';
import type { Logger } from '../observability/logger.js';

/** PostgreSQL's "canceling statement due to statement timeout". */
const STATEMENT_TIMEOUT_SQLSTATE = '57014';

function isStatementTimeout(error: unknown): boolean {
  let current: unknown = error;
  // MikroORM wraps the driver's error; pg puts the SQLSTATE in `code`.
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth += 1) {
    if ((current as { code?: unknown }).code === STATEMENT_TIMEOUT_SQLSTATE) return true;
    current = (current as { previous?: unknown; cause?: unknown }).previous ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

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
              { requestId: contextValue.requestId, operationName, path: error.path, err: unwrapResolverError(error) },
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
