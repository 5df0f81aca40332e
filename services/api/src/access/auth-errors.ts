import { GraphQLError } from 'graphql';

/**
 * The errors of signing in and of access control, each with a stable `extensions.code` that
 * clients switch on (the messages are for people and may change).
 */
export function unauthenticatedError(operation?: string): GraphQLError {
  return new GraphQLError(
    'Sign in first: use the login mutation, or send an API token as "Authorization: Bearer <token>".',
    { extensions: { code: 'UNAUTHENTICATED', ...(operation ? { operation } : {}) } },
  );
}

export function forbiddenError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...extensions } });
}

export function invalidCredentialsError(): GraphQLError {
  // One message for unknown e-mail, wrong password and disabled account: no hint which e-mails exist.
  return new GraphQLError('The e-mail or the password is wrong.', { extensions: { code: 'INVALID_CREDENTIALS' } });
}

export function tooManyAttemptsError(retryAfterSeconds: number): GraphQLError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new GraphQLError(
    `Too many failed sign-in attempts: signing in is blocked for about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds } },
  );
}

export function badUserInputError(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}
