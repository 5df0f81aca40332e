export * from './definition-file.js';
export * from './definition-problem.js';
export { programmeDefinitionSchema, programmeDefinitionSchemaUrl } from './definition-schema.js';
