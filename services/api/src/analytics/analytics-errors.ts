import { GraphQLError } from 'graphql';

/** A caller's mistake in an analytics request: BAD_USER_INPUT with the offending argument named. */
export function analyticsInputError(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
