import { graphql } from './graphql';

export const MeQuery = graphql(`
  query Me {
    me { role partnerCode email label sessionExpiresAt suppressionK perturbationMaxAdjustment maxUploadBytes }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      viewer { role partnerCode email label sessionExpiresAt suppressionK perturbationMaxAdjustment maxUploadBytes }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout { logout }
`);

/**
 * The programmes the caller may see (the switcher's list and the comparison's choices), in the API's order.
 * The API lists only what the caller's grants allow.
 */
export const ProgrammesQuery = graphql(`
  query Programmes {
    programmes { code name }
  }
`);

/** The structure the filters and page labels need: partners, tasks, activities, events. */
export const ProgrammeStructureQuery = graphql(`
  query ProgrammeStructure($code: String!) {
    programme(code: $code) {
      code
      name
      startDate
      endDate
      targetParticipants
      syntheticParticipants
      partners { code name shortName role }
      tasks { code name partner { code } }
      activities { code name kind partner { code } task { code } }
      events { code name date }
    }
  }
`);

export const IndicatorsQuery = graphql(`
  query Indicators($programme: String!, $filter: AnalyticsFilter) {
    indicators(programme: $programme, filter: $filter) {
      code
      name
      description
      formula
      unit
      direction
      value
      target
      targetIllustrative
      numerator
      denominator
      suppressed
    }
  }
`);

/**
 * Each indicator over time: trajectory, forecast and status. A separate query, asked after the KPIs
 * have arrived, because the hub computes it with one indicators run per month of the period.
 */
export const IndicatorOutlooksQuery = graphql(`
  query IndicatorOutlooks($programme: String!, $filter: AnalyticsFilter) {
    indicators(programme: $programme, filter: $filter) {
      code
      unit
      value
      suppressed
      direction
      status
      forecast
      planIllustrative
      trajectory { month planned actual }
    }
  }
`);

/**
 * One programme's indicators for the comparison page: what makes two definitions comparable (code, unit,
 * direction), the value for the caller's role, the target and the status.
 */
export const ComparisonIndicatorsQuery = graphql(`
  query ComparisonIndicators($programme: String!) {
    indicators(programme: $programme) {
      code
      name
      unit
      direction
      value
      target
      targetIllustrative
      suppressed
      status
    }
  }
`);

/** The latest import tells how fresh the data is. */
export const LatestImportQuery = graphql(`
  query LatestImport($programme: String!) {
    imports(programme: $programme, first: 1) { id finishedAt startedAt status }
  }
`);

export const AggregateRowFields = graphql(`
  fragment AggregateRowFields on AggregateRow {
    keys { dimension code label }
    value
    suppressed
  }
`);

export const TimelineQuery = graphql(
  `
  query Timeline($programme: String!, $filter: AnalyticsFilter) {
    newParticipants: aggregate(programme: $programme, measure: PARTICIPANTS, groupBy: [MONTH], filter: $filter) { ...AggregateRowFields }
    activeParticipants: aggregate(programme: $programme, measure: ACTIVE_PARTICIPANTS, groupBy: [MONTH], filter: $filter) { ...AggregateRowFields }
    attendanceHours: aggregate(programme: $programme, measure: ATTENDANCE_HOURS, groupBy: [MONTH], filter: $filter) { ...AggregateRowFields }
  }
`,
  [AggregateRowFields],
);

export const PartnersQuery = graphql(
  `
  query Partners($programme: String!, $filter: AnalyticsFilter) {
    attendance: aggregate(programme: $programme, measure: ATTENDANCES, groupBy: [PARTNER, ACTIVITY], filter: $filter) { ...AggregateRowFields }
    rate: aggregate(programme: $programme, measure: ATTENDANCE_RATE, groupBy: [ACTIVITY, MONTH], filter: $filter) { ...AggregateRowFields }
  }
`,
  [AggregateRowFields],
);

export const OutcomesQuery = graphql(
  `
  query Outcomes($programme: String!, $filter: AnalyticsFilter, $employedFilter: AnalyticsFilter) {
    registered: aggregate(programme: $programme, measure: PARTICIPANTS, filter: $filter) { ...AggregateRowFields }
    active: aggregate(programme: $programme, measure: ACTIVE_PARTICIPANTS, filter: $filter) { ...AggregateRowFields }
    completed: aggregate(programme: $programme, measure: COMPLETIONS, filter: $filter) { ...AggregateRowFields }
    certified: aggregate(programme: $programme, measure: CERTIFIED_PARTICIPANTS, filter: $filter) { ...AggregateRowFields }
    employed: aggregate(programme: $programme, measure: RESULTS, filter: $employedFilter) { ...AggregateRowFields }
    resultsByType: aggregate(programme: $programme, measure: RESULTS, groupBy: [RESULT_TYPE], filter: $filter) { ...AggregateRowFields }
    bySexAge: aggregate(programme: $programme, measure: PARTICIPANTS, groupBy: [SEX, AGE_BAND], filter: $filter) { ...AggregateRowFields }
  }
`,
  [AggregateRowFields],
);

export const FlowsQuery = graphql(
  `
  query Flows($programme: String!, $filter: AnalyticsFilter) {
    total: aggregate(programme: $programme, measure: PARTICIPANTS, filter: $filter) { ...AggregateRowFields }
    byTask: aggregate(programme: $programme, measure: PARTICIPANTS, groupBy: [TASK], filter: $filter) { ...AggregateRowFields }
    completedByTask: aggregate(programme: $programme, measure: COMPLETIONS, groupBy: [TASK], filter: $filter) { ...AggregateRowFields }
    droppedByTask: aggregate(programme: $programme, measure: DROPOUTS, groupBy: [TASK], filter: $filter) { ...AggregateRowFields }
  }
`,
  [AggregateRowFields],
);

export const ImportBatchFields = graphql(`
  fragment ImportBatchFields on ImportBatch {
    id
    kind
    partner
    fileName
    status
    startedAt
    finishedAt
    rowsRead
    inserted
    updated
    unchanged
    rejectedRows
    submittedBy
    failure
    errors { line column value reason code }
  }
`);

export const DataQualityQuery = graphql(
  `
  query DataQuality($programme: String!) {
    imports(programme: $programme, first: 50) { ...ImportBatchFields }
    coverage: aggregate(programme: $programme, measure: SESSIONS, groupBy: [PARTNER, MONTH]) { ...AggregateRowFields }
    submissions(programme: $programme) { partner month status dueOn kinds { kind status batchId } }
  }
`,
  [ImportBatchFields, AggregateRowFields],
);

export const ApprovePeriodMutation = graphql(`
  mutation ApprovePeriod($programme: String!, $month: String!) {
    approvePeriod(programme: $programme, month: $month) { month partner }
  }
`);
