import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import type { DefinitionProblem } from './definition-problem.js';
import { validate } from '../../generated/definition-validator.js';

/** The published JSON Schema of programme definitions (what partners and admins read). */
export const programmeDefinitionSchemaUrl = new URL('../../programmes/programme-definition.schema.json', import.meta.url);

export const programmeDefinitionSchema: Record<string, unknown> = JSON.parse(readFileSync(programmeDefinitionSchemaUrl, 'utf8'));

/**
 * Validates a parsed definition against the schema, filling the schema's defaults in place
 * (`dropColumns: []`, `codes: {}`). Every violation is returned, not just the first.
 */
export function schemaProblems(definition: unknown): DefinitionProblem[] {
  if (validate(definition)) return [];
  const errors = validate.errors ?? [];
  // A failed oneOf also reports why each alternative failed: one message for the oneOf says it all.
  const oneOfPaths = errors.filter((error) => error.keyword === 'oneOf').map((error) => error.schemaPath);
  const problems = errors
    .filter((error) => !oneOfPaths.some((path) => error.schemaPath !== path && error.schemaPath.startsWith(`${path}/`)))
    .map(toProblem);
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\n${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toProblem(error: ErrorObject): DefinitionProblem {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: `${path}/${String(params.missingProperty)}`, message: 'is required but missing' };
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return {
        path: `${path}/${String(params.additionalProperty)}`,
        message: `is not a property here${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
      };
    }
    case 'enum':
      return { path, value: error.data, message: `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'oneOf': {
      const alternatives = (error.schema as { required?: string[] }[]).map((branch) => branch.required?.join(' + ') ?? '…');
      return { path, message: `needs exactly one of: ${alternatives.join(', ')}` };
    }
    case 'pattern':
      return { path, value: error.data, message: `does not match ${String(params.pattern)}` };
    case 'format':
      return { path, value: error.data, message: params.format === 'date' ? 'must be a real date written YYYY-MM-DD' : `must be a ${String(params.format)}` };
    default:
      return { path, value: error.data, message: error.message ?? error.keyword };
  }
}
