import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Client } from 'urql';
import { AppProviders } from '../App';
import { createClient } from '../lib/client';
import '../lib/i18n';

/** The app's real client, with every request answered by `respond` (returns a GraphQL response body). */
export function mockClient(respond: (body: { query: string; variables?: unknown }) => unknown) {
  const fetchMock = async (_url: RequestInfo | URL, init?: RequestInit) =>
    new Response(JSON.stringify(respond(JSON.parse(String(init?.body)))), {
      headers: { 'Content-Type': 'application/json' },
    });
  return createClient({ fetch: fetchMock });
}

export function renderAt(path: string, routes: Parameters<typeof createMemoryRouter>[0], client: Client) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<AppProviders client={client}><RouterProvider router={router} /></AppProviders>) };
}

export function renderWithProviders(ui: ReactElement, client: Client) {
  return render(<AppProviders client={client}>{ui}</AppProviders>);
}
