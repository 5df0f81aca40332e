import { createContext, useContext } from 'react';
import type { ResultOf } from '../graphql/graphql';
import type { MeQuery } from '../graphql/documents';

export type Viewer = NonNullable<ResultOf<typeof MeQuery>['me']>;
export type Role = Viewer['role'];

export interface Session {
  viewer: Viewer;
  signOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in session');
  return session;
}
