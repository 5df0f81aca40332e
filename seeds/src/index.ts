export * from './programme-definition.js';
export { pilotProgramme, pilotIndicators } from './pilot/pilot-programme.js';
export * from './synthetic/index.js';
export * from './definition/index.js';
