import { Client, cacheExchange, fetchExchange } from 'urql';
import { CSRF_HEADER, readCsrfToken } from './csrf';

/** Headers added to every GraphQL request; read per request because the token rotates with the session. */
export function requestHeaders(): Record<string, string> {
  const token = readCsrfToken();
  return token ? { [CSRF_HEADER]: token } : {};
}

export function createClient(options: { url?: string; fetch?: typeof fetch } = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    fetch: options.fetch,
    exchanges: [cacheExchange, fetchExchange],
    // urql 5 sends queries as GET by default; the server only accepts POST so that GET never has effects
    // and query text never lands in access logs or browser history.
    preferGetMethod: false,
    fetchOptions: () => ({ credentials: 'same-origin', headers: requestHeaders() }),
  });
}

export const client = createClient();
