/**
 * The query-safety limits, in one place (README "Query limits" quotes them).
 *
 * Depth 10: the deepest real query (participants → nodes → attendance → session → activity →
 * partner → code) is 7 levels. Cost 10,000 with lists counted at 10 items unless `first` says
 * otherwise: the whole pilot structure tree costs ~6,000, a page of 100 participants with their
 * attendance ~8,000; ten levels of nested lists would be billions. Pages: 100 participants, 200
 * audit entries.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 10_000,
  /** Items a list without a `first` argument is assumed to hold when costing a query. */
  assumedListSize: 10,
  /** Fields a document may ask for at most (graphql-query-complexity's node count): stops alias floods. */
  maxQueryNodes: 5_000,
} as const;

export const PAGE_SIZES = {
  participants: { default: 50, max: 100 },
  auditLog: { default: 50, max: 200 },
} as const;

/**
 * Analytics questions of restricted roles (EVALUATOR; PARTNER, whose answers on others' cells are
 * perturbed): the dashboard's busiest page asks 7 aggregates at once, so 12 leaves room; a person
 * reading the dashboard for an hour asks a few hundred, the differencing attack of issue 12 thousands.
 */
export const RESTRICTED_ANALYTICS_LIMITS = {
  /** `aggregate` + `indicators` fields in one GraphQL request. */
  maxFieldsPerRequest: 12,
  /** Questions in one clock hour by one restricted caller beyond which ADMIN is told (audit log + metric). */
  unusualQuestionsPerHour: 400,
} as const;
