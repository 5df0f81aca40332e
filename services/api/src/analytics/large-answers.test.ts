import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/viewer.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import type { HubRequestContext } from '../app/create-hub.js';
import { leanAggregateProjections, type LeanAggregateRows } from './graphql/lean-aggregate-rows.js';
import { runAggregate } from './run-aggregate.js';
import { Dimension } from './semantic/dimension.js';
import { Measure } from './semantic/measure.js';

/**
 * Large `aggregate` answers, on the hand-counted reference dataset (loaded once): the cap on cells per
 * answer (HUB_MAX_ANSWER_CELLS), and the rows written into the response by the lean path.
 *
 * The cap: an answer of more cells than it is refused with ANSWER_TOO_LARGE (how many cells, the cap,
 * what to ask instead); one of exactly as many is given whole. Per activity × month (every activity's
 * every month, gaps filled) is 60 cells, and per activity × month × sex 105.
 *
 * The lean path: the same operations, once as they are (lean) and once with `@include(if: true)` on a
 * row field (which the lean path leaves to graphql-js), give the same JSON text — values, nulls,
 * aliases, repeated and fragment fields, key order.
 */
const PILOT = 'RDR-PLOCK-2011';
const CAP = 60;
const AGGREGATE = `query ($groupBy: [Dimension!]!) {
  aggregate(programme: "${PILOT}", measure: ATTENDANCE_HOURS, groupBy: $groupBy) { keys { code } value suppressed }
}`;
const refusal = (cells: number, cap: number, dimensions: string) =>
  `This answer would have ${cells} cells (${dimensions}); one answer has at most ${cap}. Ask for less: a shorter period ` +
  '(filter.from/filter.to), fewer groupBy dimensions, or fewer activities, partners or tasks in the filter; or download ' +
  'the whole table as an export (/exports), which has a larger limit (HUB_MAX_EXPORT_CELLS).';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await createTestHub({ config: { HUB_MAX_ANSWER_CELLS: String(CAP) } });
  await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
});
afterAll(async () => {
  await testHub?.close();
});

const ask = (groupBy: string[]) =>
  testHub.hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null }[] }>(AGGREGATE, { groupBy }, viewerFor(Role.STEERING, null));

describe('the cap on cells per aggregate answer', () => {
  it('gives an answer of exactly HUB_MAX_ANSWER_CELLS cells whole', async () => {
    const result = await ask(['ACTIVITY', 'MONTH']);
    expect(result.errors).toBeUndefined();
    expect(result.data!.aggregate).toHaveLength(CAP);
    expect(new Set(result.data!.aggregate.map((row) => row.keys.map((key) => key.code).join(' '))).size).toBe(CAP);
  });

  it('refuses a larger one over GraphQL, saying how many cells, the limit and what to ask instead', async () => {
    const result = await ask(['ACTIVITY', 'MONTH', 'SEX']);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.message).toBe(refusal(105, CAP, 'ACTIVITY × MONTH × SEX'));
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'ANSWER_TOO_LARGE', argument: 'groupBy', cells: 105, maxCells: CAP });
  });

  it('draws the line at the cap exactly: one cell over is refused, as many given', async () => {
    const question = (maxCells: number) =>
      runAggregate(testHub.database.orm.em.fork(), {
        programmeCode: PILOT,
        measure: Measure.ATTENDANCE_HOURS,
        groupBy: [Dimension.ACTIVITY, Dimension.MONTH],
        viewer: viewerFor(Role.STEERING, null),
        k: 5,
        maxCells,
      });
    expect((await question(60)).rows).toHaveLength(60);
    await expect(question(59)).rejects.toThrow(refusal(60, 59, 'ACTIVITY × MONTH'));
    // Refused by the statement itself (more cells with data than the cap: none sent), counted the same.
    await expect(question(5)).rejects.toThrow(refusal(60, 5, 'ACTIVITY × MONTH'));
    await expect(question(1)).rejects.toThrow(refusal(60, 1, 'ACTIVITY × MONTH'));
  });
});

const FORCE_GRAPHQL_JS = '__typename @include(if: true)';

const selections: [string, string, string?][] = [
  ['every field', '{ keys { dimension code label } value suppressed }'],
  ['aliases, __typename and repeated fields merged', '{ __typename v: value keys { __typename c: code } s: suppressed keys { label c: code } v: value }'],
  ['fragments, named and inline', '{ ...Row ... on AggregateRow { suppressed } keys { ... on DimensionKey { dimension } } }', 'fragment Row on AggregateRow { value keys { ...Key } } fragment Key on DimensionKey { code }'],
];
const questions = [
  { measure: 'ATTENDANCE_RATE', groupBy: ['ACTIVITY', 'MONTH'] },
  { measure: 'PARTICIPANTS', groupBy: ['SEX', 'AGE_BAND'] },
  { measure: 'ATTENDANCE_HOURS', groupBy: [] },
];

type Answer = Awaited<ReturnType<typeof askThroughApollo>>;

/** Runs an operation as Apollo does for HTTP, and says how many answers' rows the lean path wrote. */
async function askThroughApollo(query: string, variables: Record<string, unknown>, role: Role) {
  // Apollo runs each operation in a shallow copy of the context (same prototype): a setter on the
  // prototype sees what the plugin puts there.
  let lean: LeanAggregateRows | undefined;
  const observer = Object.create(Object.prototype, {
    leanAggregateRows: { get: () => lean, set: (value: LeanAggregateRows) => (lean = value) },
  }) as object;
  const contextValue = Object.assign(Object.create(observer) as object, testHub.hub.createContext({ viewer: viewerFor(role, null) })) as HubRequestContext;
  const response = await testHub.hub.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used by the hub.');
  const { data, errors } = response.body.singleResult;
  return { data: data as Record<string, unknown[]>, errors, heldAnswers: lean?.heldAnswers ?? 0 };
}

/** Two aggregates in one operation, the selection on each, optionally with a field graphql-js must execute. */
function operation(selection: string, fragments: string | undefined, forceGraphqlJs: boolean): string {
  const rows = forceGraphqlJs ? selection.replace(/^\{/, `{ ${FORCE_GRAPHQL_JS}`) : selection;
  const field = (alias: string, index: number) =>
    `${alias}: aggregate(programme: "${PILOT}", measure: $measure${index}, groupBy: $groupBy${index}) ${rows}`;
  return `query ($measure0: Measure!, $groupBy0: [Dimension!]!, $measure1: Measure!, $groupBy1: [Dimension!]!) { ${field('first', 0)} ${field('second', 1)} } ${fragments ?? ''}`;
}

describe('aggregate rows written by the lean path', () => {
  it.each(selections)('are the rows graphql-js writes: %s', async (_, selection, fragments) => {
    const lean = parse(operation(selection, fragments, false));
    const executed = parse(operation(selection, fragments, true));
    expect([...leanAggregateProjections(lean.definitions[0] as OperationDefinitionNode, lean).keys()]).toEqual(['first', 'second']);
    expect(leanAggregateProjections(executed.definitions[0] as OperationDefinitionNode, executed).size).toBe(0);
    let compared = 0;
    for (const role of [Role.STEERING, Role.EVALUATOR]) {
      for (const [first, second] of questions.map((question, index) => [question, questions[(index + 1) % questions.length]!])) {
        const variables = { measure0: first!.measure, groupBy0: first!.groupBy, measure1: second!.measure, groupBy1: second!.groupBy };
        const [viaLean, viaGraphqlJs] = (await Promise.all([false, true].map((force) => askThroughApollo(operation(selection, fragments, force), variables, role)))) as [Answer, Answer];
        expect(viaLean.errors).toBeUndefined();
        expect([viaLean.heldAnswers, viaGraphqlJs.heldAnswers]).toEqual([2, 0]);
        const strip = (data: unknown) => JSON.stringify(data).replaceAll('"__typename":"AggregateRow",', '');
        // The forced variant has one more __typename per row; apart from it, the same text.
        expect(strip(viaLean.data)).toBe(strip(viaGraphqlJs.data));
        compared += viaLean.data.first!.length + viaLean.data.second!.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('are the cached rows themselves, not copies, when the selection is the rows\' own shape (the dashboard\'s fragment)', async () => {
    const variables = { measure0: 'ATTENDANCE_RATE', groupBy0: ['ACTIVITY', 'MONTH'], measure1: 'PARTICIPANTS', groupBy1: ['SEX'] };
    const twice = async (selection: string) => {
      const [first, second] = [await askThroughApollo(operation(selection, undefined, false), variables, Role.STEERING), await askThroughApollo(operation(selection, undefined, false), variables, Role.STEERING)];
      expect([first.heldAnswers, second.heldAnswers]).toEqual([2, 2]);
      expect(second.data).toEqual(first.data);
      return [first.data.first, second.data.first];
    };
    const [own, ownAgain] = await twice(selections[0]![1]);
    expect(own!.length).toBeGreaterThan(10);
    expect(ownAgain).toBe(own);
    // Another selection (here: fewer key fields) is written row by row from the same cached answer.
    const [projected, projectedAgain] = await twice('{ keys { code label } value suppressed }');
    expect(projectedAgain).not.toBe(projected);
    expect(projected).toEqual(own!.map((row) => {
      const { keys, value, suppressed } = row as { keys: { code: string; label: string }[]; value: number | null; suppressed: boolean };
      return { keys: keys.map(({ code, label }) => ({ code, label })), value, suppressed };
    }));
  });
});
