import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { HubContext } from '../graphql/context.js';
import { fragmentsOf, rootFieldNames } from '../graphql/operation-fields.js';
import { accessRuleFor } from '../access/access-rules.js';

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
              throw new GraphQLError(`${operationName} has no access rule (access/access-rules.ts), so nobody may use it yet.`, {
                extensions: { code: 'FORBIDDEN', operation: operationName },
              });
            }
          }
        },
      };
    },
  };
}
