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

/** Smallest number of participants a published cell may rest on. The API does not publish K; the hub's default is 5. */
export const SUPPRESSION_K = Number(import.meta.env.VITE_SUPPRESSION_K ?? 5);
