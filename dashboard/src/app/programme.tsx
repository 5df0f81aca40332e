import { createContext, useContext } from 'react';
import type { ResultOf } from '../graphql/graphql';
import type { ProgrammeStructureQuery } from '../graphql/documents';

export type ProgrammeStructure = NonNullable<ResultOf<typeof ProgrammeStructureQuery>['programme']>;

export const ProgrammeContext = createContext<ProgrammeStructure | null>(null);

export function useProgramme(): ProgrammeStructure {
  const programme = useContext(ProgrammeContext);
  if (!programme) throw new Error('useProgramme outside the programme provider');
  return programme;
}

/** The hub's default K; the K in force comes with the signed-in viewer (`me.suppressionK`). */
export const DEFAULT_SUPPRESSION_K = 5;
