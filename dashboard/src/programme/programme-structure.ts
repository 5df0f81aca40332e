/** The programme structure as the overview shows it: partners with their activities, counted. */
export interface ProgrammeStructure {
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  targetParticipants: number;
  syntheticParticipants: boolean;
  partners: { code: string; name: string; activities: { code: string; name: string }[] }[];
}

export const PROGRAMME_STRUCTURE_QUERY = /* GraphQL */ `
  query ProgrammeStructure($code: String!) {
    programme(code: $code) {
      code
      name
      startDate
      endDate
      targetParticipants
      syntheticParticipants
      partners { code name activities { code name } }
    }
  }
`;

/** Leader first is how the partnership presents itself; the API orders partners by code. */
export function partnersLeaderFirst(structure: ProgrammeStructure, leaderCode = 'MOPS'): ProgrammeStructure['partners'] {
  return [...structure.partners].sort((a, b) => Number(b.code === leaderCode) - Number(a.code === leaderCode));
}

/** Months covered by the programme, counting both the first and the last month. */
export function programmeMonths(startDate: string, endDate: string): number {
  const [startYear, startMonth] = startDate.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = endDate.split('-').map(Number) as [number, number];
  return (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
}
