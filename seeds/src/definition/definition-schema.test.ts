import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, AGE_BANDS, EDUCATIONS, INDICATOR_MEASURES, LABOUR_STATUSES, RESULT_TYPES, SEXES } from '@razem/contract';
import { programmeDefinitionSchema } from './definition-schema.js';

/**
 * The published schema and the TypeScript type `ProgrammeDefinition` are written by hand, each for its
 * readers (admins and editors; the code). This test keeps them provably in step: it walks the type with the
 * TypeScript compiler and the schema side by side and lists every property, optionality, nullability or
 * code list on which they differ. (Generating one from the other would lose either the schema's
 * descriptions and checks or the type's precise unions.)
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  oneOf?: Schema[];
  default?: unknown;
  description?: string;
};

type RootSchema = Schema & { $defs: Record<string, Schema> };
const published = programmeDefinitionSchema as RootSchema;

/** Where the file format deliberately differs from the type, and why. */
const FILE_ONLY_PROPERTIES = new Set([
  // The compact even plan, expanded into `points` on load.
  '/indicators/plan/even',
]);
const FREE_CODE_LISTS = new Set([
  // A programme declares its own support kinds; the type still names the pilot's (contract) codes.
  '/indicators/numerator/filter/supportKinds',
  '/indicators/denominator/filter/supportKinds',
]);

function resolve(root: RootSchema, schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/$defs/', '');
  return { ...root.$defs[name], description: schema.description };
}

let compiled: { checker: ts.TypeChecker; declaration: ts.InterfaceDeclaration } | undefined;

/** The type checker over programme-definition.ts, built once (it takes seconds). */
function programmeDefinitionType() {
  if (compiled) return compiled;
  const file = fileURLToPath(new URL('../programme-definition.ts', import.meta.url));
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, lib: ['lib.es2022.d.ts'], types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const declaration = source.statements.find((statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === 'ProgrammeDefinition')!;
  compiled = { checker, declaration };
  return compiled;
}

/** Every difference between the schema and the type (empty: in step). */
function compareWithType(root: RootSchema): string[] {
  const { checker, declaration } = programmeDefinitionType();
  const differences: string[] = [];

  const literals = (type: ts.Type): string[] | undefined => {
    const parts = type.isUnion() ? type.types : [type];
    return parts.every((part) => part.isStringLiteral()) ? parts.map((part) => (part as ts.StringLiteralType).value).sort() : undefined;
  };

  const walk = (type: ts.Type, schemaIn: Schema, path: string, isProperty = false) => {
    const schema = resolve(root, schemaIn);
    if (isProperty && !schema.description) differences.push(`${path || '/'}: the schema gives no description`);
    const nullable = type.isUnion() && type.types.some((part) => part.flags & ts.TypeFlags.Null);
    const schemaTypes = [schema.type ?? []].flat();
    if (nullable !== schemaTypes.includes('null')) differences.push(`${path}: null is ${nullable ? '' : 'not '}allowed by the type but ${schemaTypes.includes('null') ? '' : 'not '}by the schema`);
    const bare = checker.getNonNullableType(type);

    const codes = literals(bare);
    if (codes) {
      const schemaCodes = schema.enum?.map(String).sort();
      if (!schemaCodes) {
        if (!FREE_CODE_LISTS.has(path.replace(/\/\d+/g, ''))) differences.push(`${path}: the type lists ${codes.join(', ')}, the schema no enum`);
      } else if (JSON.stringify(codes) !== JSON.stringify(schemaCodes)) {
        differences.push(`${path}: the type allows ${codes.join(', ')}, the schema ${schemaCodes.join(', ')}`);
      }
      return;
    }
    if (checker.isArrayType(bare)) {
      if (!schemaTypes.includes('array') || !schema.items) return void differences.push(`${path}: an array in the type, not in the schema`);
      walk(checker.getTypeArguments(bare as ts.TypeReference)[0]!, schema.items, path);
      return;
    }
    if (bare.flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) {
      const expected = bare.flags & ts.TypeFlags.String ? ['string'] : bare.flags & ts.TypeFlags.Number ? ['number', 'integer'] : ['boolean'];
      if (!schemaTypes.some((name) => expected.includes(name))) differences.push(`${path}: ${checker.typeToString(bare)} in the type, ${schemaTypes.join('|')} in the schema`);
      return;
    }
    const index = checker.getIndexInfoOfType(bare, ts.IndexKind.String);
    if (index && bare.getProperties().length === 0) {
      if (typeof schema.additionalProperties !== 'object') return void differences.push(`${path}: a record in the type, not in the schema`);
      walk(index.type, schema.additionalProperties, `${path}/*`);
      return;
    }
    const inType = new Set<string>();
    for (const property of bare.getProperties()) {
      if (property.getJsDocTags().some((tag) => tag.name === 'deprecated')) continue;
      const name = property.getName();
      inType.add(name);
      const at = `${path}/${name}`;
      const propertySchema = schema.properties?.[name];
      if (!propertySchema) {
        differences.push(`${at}: in the type, not in the schema`);
        continue;
      }
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      const required = schema.required?.includes(name) ?? false;
      const requiredByAlternative = schema.oneOf?.some((alternative) => alternative.required?.includes(name)) ?? false;
      const hasDefault = resolve(root, propertySchema).default !== undefined;
      if (!optional && !required && !hasDefault && !requiredByAlternative) differences.push(`${at}: required by the type, optional without a default in the schema`);
      if (optional && required) differences.push(`${at}: optional in the type, required by the schema`);
      const declared = property.valueDeclaration ?? property.declarations?.[0];
      walk(declared ? checker.getTypeOfSymbolAtLocation(property, declared) : checker.getTypeOfSymbol(property), propertySchema, at, true);
    }
    for (const name of Object.keys(schema.properties ?? {})) {
      if (!inType.has(name) && !FILE_ONLY_PROPERTIES.has(`${path}/${name}`.replace(/\/\d+/g, ''))) differences.push(`${path}/${name}: in the schema, not in the type`);
    }
    if (schema.additionalProperties !== false) differences.push(`${path || '/'}: the schema accepts unknown properties`);
  };

  if (!root.description) differences.push('/: the schema gives no description');
  walk(checker.getTypeAtLocation(declaration), root, '');
  return differences;
}

describe('the published JSON Schema', () => {
  it('describes exactly the TypeScript ProgrammeDefinition (deprecated fields left out), every property described', () => {
    expect(compareWithType(published)).toEqual([]);
  });

  it('is compared for real: a property dropped, one made optional and a code added are all found', () => {
    const altered = structuredClone(published);
    delete altered.$defs.activity!.properties!.venue;
    altered.$defs.partner!.required = altered.$defs.partner!.required!.filter((name) => name !== 'role');
    altered.$defs.fileLayout!.properties!.record!.enum!.push('payments');
    expect(compareWithType(altered)).toEqual([
      '/partners/role: required by the type, optional without a default in the schema',
      '/activities/venue: in the type, not in the schema',
      '/fileLayouts/record: the type allows attendance, childcare, exams, register, results, support, the schema attendance, childcare, exams, payments, register, results, support',
    ]);
  });

  it("lists the contract's codes", () => {
    const root = published;
    const filter = root.$defs.filter!.properties!;
    const itemCodes = (schema: Schema) => resolve(root, schema).items?.enum;
    expect(root.$defs.activity!.properties!.kind!.enum).toEqual([...ACTIVITY_KINDS]);
    expect(root.$defs.term!.properties!.measure!.enum).toEqual([...INDICATOR_MEASURES]);
    expect(itemCodes(filter.sexes!)).toEqual([...SEXES]);
    expect(itemCodes(filter.ageBands!)).toEqual([...AGE_BANDS]);
    expect(itemCodes(filter.labourStatuses!)).toEqual([...LABOUR_STATUSES]);
    expect(itemCodes(filter.educations!)).toEqual([...EDUCATIONS]);
    expect(itemCodes(filter.resultTypes!)).toEqual([...RESULT_TYPES]);
  });
});
