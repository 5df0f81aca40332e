import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import type { HubContext } from '../../graphql/context.js';
import { rootFieldNames } from '../../graphql/operation-fields.js';
import { actorOf, recordAuditNow } from './audit.service.js';

/** Mutations that write their own, more precise audit entries (login.success / failure / blocked). */
const SELF_AUDITED = new Set(['login']);

/**
 * Records every mutation that reached execution — who, when, which mutation, and how it ended
 * (ok, or the error codes) — whether it succeeded, failed or was refused. Argument values are not
 * recorded: they can hold file contents or passwords; services record the details that are safe.
 */
export function mutationAuditPlugin(): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, document, response, contextValue, operationName }) {
          if (!operation || operation.operation !== 'mutation' || !document) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
          for (const field of rootFieldNames(operation, fragments)) {
            if (SELF_AUDITED.has(field) || field === '__typename') continue;
            const fieldErrors = errors.filter((error) => error.path?.[0] === field || !error.path);
            await recordAuditNow(contextValue.em, {
              actor: actorOf(contextValue.viewer),
              action: `mutation.${field}`,
              details: {
                operationName: operationName ?? null,
                requestId: contextValue.requestId,
                outcome: fieldErrors.length ? 'error' : 'ok',
                ...(fieldErrors.length ? { errorCodes: [...new Set(fieldErrors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')))] } : {}),
              },
            });
          }
        },
      };
    },
  };
}
