export * from './programme-definition.js';
export { pilotFileLayouts, pilotProgramme, pilotIndicators } from './pilot/pilot-programme.js';
export * from './synthetic/index.js';
export * from './definition/index.js';
