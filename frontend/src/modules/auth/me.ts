import { createContext, useContext } from 'react';
import type { MeQuery } from '../../graphql/graphql';

export type Me = NonNullable<MeQuery['me']>;

export const MeContext = createContext<Me | null>(null);

/** The signed-in user; only valid below <RequireAuth>, which guarantees one. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() used outside <RequireAuth>');
  return me;
}
