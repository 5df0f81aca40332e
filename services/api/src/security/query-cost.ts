import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, getVariableValues, GraphQLError, isListType, Kind, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { operationDepth } from './depth-limit.js';
import { QUERY_LIMITS } from '../config/query-limits.js';

/**
 * graphql-query-complexity's ESM build imports `graphql/index.mjs` by name, a second copy of
 * graphql beside the CommonJS one type-graphql and Apollo use ("Cannot use GraphQLObjectType from
 * another module or realm"). Its CommonJS build shares ours, so it is loaded with require.
 */
const { fieldExtensionsEstimator, getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/**
 * Default cost of a field: 1, plus what it selects; a list multiplies what it selects by its
 * `first` argument when it has one, else by an assumed size. An object field taking `first` (a
 * page) multiplies the same way — its `nodes` list then declares `complexity: passThroughComplexity` (graphql/pagination.ts)
 * so the page is not counted twice. Introspection costs nothing here: it is bounded by the schema.
 */
export function listAwareEstimator(options: { assumedListSize: number }): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    const first = typeof args.first === 'number' && args.first >= 0 ? args.first : undefined;
    if (isListType(getNullableType(field.type))) return 1 + (first ?? options.assumedListSize) * childComplexity;
    if (first !== undefined) return 1 + first * childComplexity;
    return 1 + childComplexity;
  };
}

/** The cost of one operation, as the limit sees it. */
export function operationCost(options: {
  schema: GraphQLSchema;
  document: Parameters<typeof getComplexity>[0]['query'];
  variables?: Record<string, unknown>;
  operationName?: string;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    variables: options.variables ?? {},
    operationName: options.operationName,
    maxQueryNodes: QUERY_LIMITS.maxQueryNodes,
    // A field's own `@Field({ complexity })` wins; everything else gets the list-aware default.
    estimators: [fieldExtensionsEstimator(), listAwareEstimator({ assumedListSize: QUERY_LIMITS.assumedListSize })],
  });
}

/**
 * Refuses, before any resolver runs, operations nested deeper than `maxDepth` (QUERY_TOO_DEEP)
 * or costing more than `maxCost` (QUERY_TOO_COSTLY). Runs after validation, when variables are
 * known, so `first: $n` is costed with its value.
 */
export function queryLimitsPlugin<TContext extends object>(options: { maxDepth: number; maxCost: number }): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const fragments = Object.fromEntries(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const depth = operation ? operationDepth(operation, fragments) : 0;
          if (depth > options.maxDepth) {
            throw new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${options.maxDepth}.`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth: options.maxDepth, http: { status: 400 } },
            });
          }
          // Variables that do not fit their types (a bad Date, an unknown enum value) are the caller's
          // input error: leave them to execution, which reports BAD_USER_INPUT, instead of costing them.
          if (operation && getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          let cost: number;
          try {
            cost = operationCost({ schema, document, variables: request.variables, operationName: request.operationName });
          } catch (error) {
            // getComplexity throws a GraphQLError for documents over maxQueryNodes.
            throw new GraphQLError(error instanceof Error ? error.message : 'The query is too large.', {
              extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } },
            });
          }
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `The query would cost ${cost}; the limit is ${options.maxCost}. Ask for fewer fields or smaller pages (first).`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: options.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
