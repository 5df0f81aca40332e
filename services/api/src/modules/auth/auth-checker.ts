import type { AuthCheckerFn } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { forbiddenError, unauthenticatedError } from '../../access/auth-errors.js';
import { refusalOfProgrammeArguments } from './programme-access.js';
import type { Role } from '../../access/viewer.js';

/**
 * type-graphql's auth checker: runs for every `@Authorized` field with the roles the decorator
 * names ([] = any signed-in caller), then scopes the programme the operation names to the caller's
 * programmes (programme-access.ts). It throws rather than returning false so that the error says
 * which operation and which role, with `extensions.operation` for clients and the matrix test.
 */
export const authChecker: AuthCheckerFn<HubContext, Role> = ({ context, info, args }, roles) => {
  const operation = `${info.parentType.name}.${info.fieldName}`;
  const { viewer } = context;
  if (!viewer) throw unauthenticatedError(operation);
  if (roles.length !== 0 && !roles.includes(viewer.role)) {
    throw forbiddenError(`The ${viewer.role} role may not use ${operation}.`, { operation });
  }
  const refusal = refusalOfProgrammeArguments(viewer, args);
  if (refusal) throw refusal;
  return true;
};
