import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** One root field of the schema the code builds. */
export interface RootOperation {
  name: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

/** Every Query and Mutation field, named `Query.x` / `Mutation.y`. */
export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  return [
    ...Object.values((schema.getQueryType() as GraphQLObjectType).getFields()).map((field) => ({ name: `Query.${field.name}`, kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ name: `Mutation.${field.name}`, kind: 'mutation' as const, field })),
  ];
}

/** A value of the right type for a required argument: enough to get past GraphQL validation. */
export function dummyValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, dummyValue(field.type)]),
    );
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2012-01-01';
      case 'DateTimeISO':
        return '2012-01-01T00:00:00.000Z';
      case 'JSONObject':
        return {};
      default:
        return 'RDR-PLOCK-2011';
    }
  }
  throw new Error(`No dummy value for ${String(type)}.`);
}

/** `query($a: T!) { op(a: $a) { __typename } }` with every required argument filled. */
export function documentFor(operation: RootOperation): { query: string; variables: Record<string, unknown> } {
  const required = operation.field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = required.length ? `(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isScalarType(getNamedType(operation.field.type)) || isEnumType(getNamedType(operation.field.type)) ? '' : ' { __typename }';
  return {
    query: `${operation.kind}${declarations ? `(${declarations})` : ''} { ${operation.field.name}${call}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, dummyValue(arg.type)])),
  };
}
