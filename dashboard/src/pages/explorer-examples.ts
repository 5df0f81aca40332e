/** Example queries a partner would start from, opened as GraphiQL's first tabs. */
export const EXPLORER_EXAMPLES: { title: string; query: string; variables?: string }[] = [
  {
    title: 'Programme structure',
    query: `# The programme's partners, tasks and activities.
query ProgrammeStructure {
  programme(code: "RDR-PLOCK-2011") {
    name
    startDate
    endDate
    partners { code name tasks { code name } activities { code name kind } }
  }
}`,
  },
  {
    title: 'Indicators',
    query: `# Indicator values with targets, for everyone or within a filter.
query Indicators($filter: AnalyticsFilter) {
  indicators(programme: "RDR-PLOCK-2011", filter: $filter) {
    code name value target numerator denominator suppressed
  }
}`,
    variables: '{\n  "filter": { "partners": ["MOPS"] }\n}',
  },
  {
    title: 'Attendance by activity and month',
    query: `# Present attendance records of one partner's activities, by month.
query AttendanceByMonth($partner: String!) {
  aggregate(
    programme: "RDR-PLOCK-2011"
    measure: ATTENDANCES
    groupBy: [ACTIVITY, MONTH]
    filter: { partners: [$partner] }
  ) {
    keys { dimension code label }
    value
    suppressed
  }
}`,
    variables: '{\n  "partner": "CISI"\n}',
  },
  {
    title: 'Participants by sex and age band',
    query: `# ESF breakdown: cells resting on fewer than K participants come back suppressed for evaluators.
query SexByAge {
  aggregate(programme: "RDR-PLOCK-2011", measure: PARTICIPANTS, groupBy: [SEX, AGE_BAND]) {
    keys { code label }
    value
    suppressed
  }
}`,
  },
  {
    title: 'My imports',
    query: `# The latest partner files and their reports (a PARTNER sees its own).
query Imports {
  imports(programme: "RDR-PLOCK-2011", first: 10) {
    id partner kind fileName status startedAt rowsRead inserted updated rejectedRows
    errors { line column value reason }
  }
}`,
  },
];
