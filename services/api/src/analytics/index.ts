/** The analytics module's public surface: what resolvers, exports and importers use. */
export { runAggregate, validateAggregateInput, MAX_GROUP_BY, type AggregateAnswer, type AggregateRowValue, type RunAggregateOptions } from './run-aggregate.js';
export { runIndicators, type IndicatorResult, type IndicatorsAnswer } from './indicators.js';
export { suppressCells, type SuppressionCell } from './suppression.js';
export { suppressionPolicyFor, type SuppressionPolicy } from './analytics-policy.js';
export { refreshAnalyticsRollups, type RollupRefreshSummary } from './rollups/refresh-rollups.js';
export { installVersionTriggers, type VersionTriggerChanges } from './rollups/version-triggers.js';
export { Measure } from './semantic/measure.js';
export { Dimension } from './semantic/dimension.js';
export type { AnalyticsFilterValues } from './analytics-filter.js';
export { AnalyticsAnswerCache, dataVersionLoader, type DataState, type RequestAnswerCache } from './answer-cache.js';
export { AnalyticsResolver } from './graphql/analytics.resolver.js';
export { IndicatorOutlookResolver } from './graphql/indicator-outlook.resolver.js';
export { ENUM_DIMENSION_LABELS } from './semantic/labels.js';
export { ANSWER_SOURCE_TABLES, PROGRAMME_OF_ROW, VERSIONED_TABLES } from './semantic/source-tables.js';
export { publicationOf, type Publication } from './perturbation/publication.js';
export { runIndicatorOutlooks, type IndicatorOutlook, type IndicatorOutlooksAnswer } from './indicator-trajectories.js';
export { IndicatorStatus, type TrajectoryPoint } from './indicator-outlook.js';
export { monthOf, monthsBetween } from './month-series.js';
