/** An example query opened as one of GraphiQL's first tabs. */
export interface ExplorerExample {
  title: string;
  query: string;
  variables?: string;
}

/**
 * Example queries a partner would start from, about the programme the dashboard shows: its code, and a
 * partner of it where the example filters by one. Nothing here names a particular programme.
 */
export function explorerExamples(programme: { code: string; partners: readonly { code: string }[] }): ExplorerExample[] {
  const code = JSON.stringify(programme.code);
  const partner = programme.partners[0]?.code;
  const other = programme.partners[1]?.code ?? partner;
  return [
    {
      title: 'Programme structure',
      query: `# The programme's partners, tasks and activities.
query ProgrammeStructure {
  programme(code: ${code}) {
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
  indicators(programme: ${code}, filter: $filter) {
    code name value target numerator denominator suppressed
  }
}`,
      variables: JSON.stringify({ filter: partner ? { partners: [partner] } : {} }, null, 2),
    },
    {
      title: 'Attendance by activity and month',
      query: `# Present attendance records of one partner's activities, by month.
query AttendanceByMonth($partner: String!) {
  aggregate(
    programme: ${code}
    measure: ATTENDANCES
    groupBy: [ACTIVITY, MONTH]
    filter: { partners: [$partner] }
  ) {
    keys { dimension code label }
    value
    suppressed
  }
}`,
      variables: JSON.stringify({ partner: other ?? '' }, null, 2),
    },
    {
      title: 'Participants by sex and age band',
      query: `# ESF breakdown: cells resting on fewer than K participants come back suppressed for evaluators.
query SexByAge {
  aggregate(programme: ${code}, measure: PARTICIPANTS, groupBy: [SEX, AGE_BAND]) {
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
  imports(programme: ${code}, first: 10) {
    id partner kind fileName status startedAt rowsRead inserted updated rejectedRows
    errors { line column value reason }
  }
}`,
    },
  ];
}
