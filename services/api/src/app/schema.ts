import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../modules/auth/auth-checker.js';
import { resolvers } from './resolvers.js';

let built: Promise<GraphQLSchema> | undefined;

/**
 * The executable schema built from the resolver classes, once per process: it is not cheap, and it holds
 * no hub's state (resolvers reach the database through each request's context), so hubs share it.
 */
export function buildHubSchema(): Promise<GraphQLSchema> {
  // Every @Authorized field goes through the one auth checker; a refusal is an error, never a silent null.
  built ??= buildSchema({ resolvers, validate: false, authChecker, authMode: 'error' }).catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built;
}

export const SCHEMA_FILE_HEADER =
  '# Generated from the code by `npm run schema:emit` — do not edit by hand.\n' +
  '# npm test fails when this file differs from the schema the code builds.\n\n';

/** The schema as checked in: sorted so that moving code around never reorders the file. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return SCHEMA_FILE_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
