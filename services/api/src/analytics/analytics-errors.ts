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

/**
 * A question whose answer would have more cells than one response may carry (HUB_MAX_ANSWER_CELLS):
 * ANSWER_TOO_LARGE, with how many it would have, the limit, and how to ask for less. The bound keeps the
 * hub's memory bounded however large the questions (a per activity × month answer over a whole
 * city-scale period is ~30,000 cells, tens of megabytes while it is built and sent).
 */
export function answerTooLargeError(cells: number, maxCells: number, groupBy: readonly string[], purpose: 'answer' | 'export' = 'answer'): GraphQLError {
  const count = (value: number) => value.toLocaleString('en');
  const message =
    purpose === 'answer'
      ? `This answer would have ${count(cells)} cells (${groupBy.join(' × ')}); one answer has at most ${count(maxCells)}. ` +
        'Ask for less: a shorter period (filter.from/filter.to), fewer groupBy dimensions, or fewer activities, partners or tasks in the filter; ' +
        'or download the whole table as an export (/exports), which has a larger limit (HUB_MAX_EXPORT_CELLS).'
      : `This export would have ${count(cells)} cells (${groupBy.join(' × ')}); one export from the hub has at most ${count(maxCells)} (HUB_MAX_EXPORT_CELLS). ` +
        'Export less: a shorter period (from/to), fewer groupBy dimensions, or fewer activities, partners or tasks in the filter; ' +
        'or ask the hub\'s operator to run `hub export` on the server, which has no such limit.';
  return new GraphQLError(message, { extensions: { code: 'ANSWER_TOO_LARGE', argument: 'groupBy', cells, maxCells } });
}
