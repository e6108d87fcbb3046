import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogoutMutation as Logout, MeQuery as Me } from '../modules/auth/operations';
import { createClient } from './client';
import { readCsrfToken } from './csrf';

function recordingFetch() {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
    new Response(JSON.stringify({ data: { logout: true, me: null } }), {
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}

function clearCookie(name: string) {
  document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
}

describe('GraphQL client', () => {
  afterEach(() => clearCookie('crm_csrf'));

  it('echoes the crm_csrf cookie in X-CSRF-Token on every request', async () => {
    document.cookie = 'crm_csrf=token-123; path=/';
    const fetch = recordingFetch();

    await createClient({ fetch }).mutation(Logout, {}).toPromise();

    const init = fetch.mock.calls[0][1]!;
    expect(new Headers(init.headers).get('X-CSRF-Token')).toBe('token-123');
    expect(init.credentials).toBe('same-origin');
  });

  it('reads the cookie per request, so a rotated token is sent', async () => {
    const fetch = recordingFetch();
    const client = createClient({ fetch });
    document.cookie = 'crm_csrf=first; path=/';
    await client.mutation(Logout, {}).toPromise();
    document.cookie = 'crm_csrf=second; path=/';
    await client.mutation(Logout, {}).toPromise();

    expect(new Headers(fetch.mock.calls[1][1]!.headers).get('X-CSRF-Token')).toBe('second');
  });

  it('sends no CSRF header when there is no cookie', async () => {
    const fetch = recordingFetch();

    await createClient({ fetch }).mutation(Logout, {}).toPromise();

    expect(new Headers(fetch.mock.calls[0][1]!.headers).has('X-CSRF-Token')).toBe(false);
  });

  it('sends queries as POST to /graphql, never GET', async () => {
    const fetch = recordingFetch();

    await createClient({ fetch }).query(Me, {}).toPromise();

    const [url, init] = fetch.mock.calls[0];
    expect(String(url)).toBe('/graphql');
    expect(init!.method).toBe('POST');
  });
});

describe('readCsrfToken', () => {
  it('prefers the __Host- cookie used under TLS', () => {
    expect(readCsrfToken('crm_csrf=plain; __Host-crm_csrf=host')).toBe('host');
  });

  it('decodes the value and ignores other cookies', () => {
    expect(readCsrfToken('a=1; crm_csrf=x%2By; b=2')).toBe('x+y');
    expect(readCsrfToken('a=1; crm_csrfx=nope')).toBeNull();
  });
});
