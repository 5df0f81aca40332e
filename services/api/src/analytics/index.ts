/** The analytics module's public surface: what resolvers, exports and importers use. */
export { runAggregate, validateAggregateInput, MAX_GROUP_BY, type AggregateAnswer, type AggregateRowValue, type RunAggregateOptions } from './run-aggregate.js';
export { runIndicators, type IndicatorResult, type IndicatorsAnswer } from './indicators.js';
export { suppressCells, type SuppressionCell } from './suppression.js';
export { suppressionPolicyFor, type SuppressionPolicy } from './analytics-policy.js';
export { refreshAnalyticsRollups } from './rollups/refresh-rollups.js';
export { Measure } from './semantic/measure.js';
export { Dimension } from './semantic/dimension.js';
export type { AnalyticsFilterValues } from './analytics-filter.js';
export { runIndicatorOutlooks, type IndicatorOutlook, type IndicatorOutlooksAnswer } from './indicator-trajectories.js';
export { IndicatorStatus, type TrajectoryPoint } from './indicator-outlook.js';
