import { codeEnum, SUPPORT_KINDS } from '@razem/contract';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * A support kind's code. Each programme defines its own kinds (ProgrammeDefinition.supportKinds, stored
 * in `support_kind` with their labels); the code is the SUPPORT_KIND dimension key and filter value.
 */
export type SupportKind = string;

/** The pilot's documented codes (CISI's `rodzaj`, docs/interfaces.md §3), for fixtures written against them. */
export const PilotSupportKind = codeEnum(SUPPORT_KINDS);

/**
 * What a support kind code may look like: a GraphQL name in capitals, so that a filter can spell it as an
 * enum literal (`supportKinds: [STROJ]`) as it could when the kinds were a fixed enum.
 */
export const SUPPORT_KIND_CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

function readSupportKind(value: unknown): SupportKind {
  if (typeof value !== 'string' || !SUPPORT_KIND_CODE.test(value)) {
    throw new GraphQLError(
      `SupportKind must be a support kind code (capital letters, digits and _, e.g. STROJ); got ${JSON.stringify(value)}.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

function literalOf(ast: ValueNode): unknown {
  return ast.kind === Kind.ENUM || ast.kind === Kind.STRING ? ast.value : undefined;
}

/**
 * A scalar rather than an enum: the kinds are programme data. It takes enum-style literals (`[STROJ]`, what
 * clients wrote against the old enum) and strings; whether the programme has the kind is checked where the
 * programme is known (an unknown code is a BAD_USER_INPUT naming the programme's kinds).
 */
export const SupportKindScalar = new GraphQLScalarType<SupportKind, SupportKind>({
  name: 'SupportKind',
  description:
    'A kind of material support, as the programme defines it (the pilot: SPRZET_SPORTOWY, BADANIE_LEKARSKIE, STROJ, OBUWIE, ' +
    'APARAT_FOTOGRAFICZNY). Written as an enum literal or a string; `Programme.supportKinds` lists a programme\'s kinds.',
  serialize: (value) => readSupportKind(value),
  parseValue: (value) => readSupportKind(value),
  parseLiteral: (ast) => readSupportKind(literalOf(ast)),
});
