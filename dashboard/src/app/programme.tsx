import { createContext, useContext } from 'react';
import type { ResultOf } from '../graphql/graphql';
import type { ProgrammeStructureQuery, ProgrammesQuery } from '../graphql/documents';

export type ProgrammeStructure = NonNullable<ResultOf<typeof ProgrammeStructureQuery>['programme']>;

/** A programme the signed-in user may see: the switcher's and the comparison's entries. */
export type VisibleProgramme = ResultOf<typeof ProgrammesQuery>['programmes'][number];

export const ProgrammeContext = createContext<ProgrammeStructure | null>(null);

/** Every programme the user may see, in the API's order (the first is where old URLs lead). */
export const VisibleProgrammesContext = createContext<readonly VisibleProgramme[]>([]);

export function useProgramme(): ProgrammeStructure {
  const programme = useContext(ProgrammeContext);
  if (!programme) throw new Error('useProgramme outside the programme provider');
  return programme;
}

export function useVisibleProgrammes(): readonly VisibleProgramme[] {
  return useContext(VisibleProgrammesContext);
}

/** The hub's default K; the K in force comes with the signed-in viewer (`me.suppressionK`). */
export const DEFAULT_SUPPRESSION_K = 5;
