// Writes the programme-definition validator generated from the published JSON Schema (checked in).
import { writeFileSync } from 'node:fs';
import { definitionValidatorFile, definitionValidatorSource } from '../dist/definition/definition-validator-source.js';

writeFileSync(definitionValidatorFile, definitionValidatorSource());
console.log(`Wrote ${definitionValidatorFile.pathname}`);
