import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';

/** True when the API said the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  if (!error) return false;
  if (error.response && (error.response as Response).status === 401) return true;
  return error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED');
}

/** True when the role may not call what was asked. */
export function isForbidden(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'FORBIDDEN');
}

/**
 * The urql client for one sign-in: a fresh client (and cache) per session, so one user's answers
 * are never shown to the next. POST only: urql 5 prefers GET, which Apollo's CSRF prevention refuses.
 */
export function createHubClient(options: { url?: string; onUnauthenticated?: () => void } = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) options.onUnauthenticated?.();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
