import type { ValidateFunction } from 'ajv';

/**
 * Ajv's standalone validator of programme-definition.schema.json, generated ahead of time
 * (src/definition/definition-validator-source.ts says why): fills the schema's defaults in place.
 */
export declare const validate: ValidateFunction;
export default validate;
