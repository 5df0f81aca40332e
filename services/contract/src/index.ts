/** The hub's contract as code: docs/interfaces.md's codes, shared by the API, the seeds and the dashboard. */
export * from './partner-files.js';
export * from './labels.js';
export * from './codes.js';
export * from './analytics.js';
export * from './dimension-labels.js';
export * from './import-report.js';
