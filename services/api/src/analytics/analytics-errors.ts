import { GraphQLError } from 'graphql';

/** A caller's mistake in an analytics request: BAD_USER_INPUT with the offending argument named. */
export function analyticsInputError(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** A supportKinds filter may name only the programme's own kinds: anything else is a mistake, named with the choices. */
export function requireKnownSupportKinds(filter: { supportKinds?: readonly string[] }, known: readonly string[], programmeCode: string): void {
  const unknown = filter.supportKinds?.filter((code) => !known.includes(code)) ?? [];
  if (unknown.length === 0) return;
  throw analyticsInputError(
    `filter.supportKinds: ${unknown.map((code) => JSON.stringify(code)).join(', ')} ${unknown.length === 1 ? 'is not a support kind' : 'are not support kinds'} ` +
      `of programme ${programmeCode}; expected some of ${known.length ? known.join(', ') : '(the programme defines none)'}.`,
    'filter.supportKinds',
  );
}
