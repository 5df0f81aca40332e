import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { HubContext } from '../graphql/context.js';
import { accessRuleFor } from '../modules/auth/access-rules.js';

/** The root fields an operation selects, looking through fragments (response aliases ignored). */
export function rootFieldNames(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, seen);
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return [...names];
}

/** A document's fragment definitions by name. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Two gates before any resolver runs:
 * - introspection (`__schema`, `__type`) only for signed-in callers;
 * - fail closed: a root field with no rule in access-rules.ts is refused for everyone, so an
 *   operation added without thinking about access is never open by accident.
 * Role checks themselves are the auth checker's (type-graphql `@Authorized`).
 */
export function operationGuardPlugin(): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const rootType = operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
          for (const field of rootFieldNames(operation, fragments)) {
            if (field === '__typename') continue;
            if (INTROSPECTION_FIELDS.has(field)) {
              if (!contextValue.viewer) {
                throw new GraphQLError('Introspection is for signed-in callers.', {
                  extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
                });
              }
              continue;
            }
            const operationName = `${rootType}.${field}`;
            if (accessRuleFor(operationName) === undefined) {
              throw new GraphQLError(`${operationName} has no access rule (modules/auth/access-rules.ts), so nobody may use it yet.`, {
                extensions: { code: 'FORBIDDEN', operation: operationName },
              });
            }
          }
        },
      };
    },
  };
}
