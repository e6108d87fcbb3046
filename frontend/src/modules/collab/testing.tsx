import type { ReactNode } from 'react';
import { MeContext, type Me } from '../auth/me';

/** Test helpers: a signed-in user with `permissions`, and the GraphQL operation a request runs. */
export function meWith(permissions: string[], id = '1'): Me {
  return { id, username: 'mike', displayName: 'Mike Ma', permissions } as unknown as Me;
}

export function AsUser({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The operation name of a request body (`query CollabTimeline(...)` → CollabTimeline). */
export function operationOf(query: string): string {
  return /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
}

/** A GraphQL request as the mock client hands it over. */
export type Body = { query: string; variables?: unknown };

/** A request's variables, to read in assertions. */
export function varsOf(body: Body | undefined): Record<string, unknown> {
  return (body?.variables ?? {}) as Record<string, unknown>;
}
