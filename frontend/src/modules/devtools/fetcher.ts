import { CSRF_HEADER, readCsrfToken } from '../../lib/csrf';

/** What GraphiQL hands its fetcher (a structural subset of @graphiql/toolkit's FetcherParams). */
export interface GraphiQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export const TOKEN_PREFIX = 'crm_pat_';

/** A pasted token, trimmed; null when the field is empty (the session is used instead). */
export function normalizeToken(raw: string): string | null {
  const token = raw.trim();
  return token === '' ? null : token;
}

export function looksLikeToken(token: string): boolean {
  return token.startsWith(TOKEN_PREFIX) && token.length > TOKEN_PREFIX.length;
}

/**
 * The request GraphiQL sends: always POST (the server never acts on GET). With a token it is a pure
 * bearer call — no cookies, so the token's rights are what the partner sees, never the session's.
 * Without one it rides the session cookie and echoes the CSRF cookie like the rest of the SPA.
 */
export function requestInit(body: GraphiQLRequest, token: string | null, cookies?: string): RequestInit {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  let credentials: RequestCredentials;
  if (token) {
    headers.Authorization = `Bearer ${token}`;
    credentials = 'omit';
  } else {
    const csrf = readCsrfToken(cookies);
    if (csrf) headers[CSRF_HEADER] = csrf;
    credentials = 'same-origin';
  }
  const payload = { query: body.query, variables: body.variables ?? undefined, operationName: body.operationName ?? undefined };
  return { method: 'POST', headers, credentials, body: JSON.stringify(payload) };
}

/** A fetcher for GraphiQL bound to one credential; build a new one when the token changes. */
export function createFetcher(token: string | null, options: { url?: string; fetch?: typeof fetch } = {}) {
  const url = options.url ?? '/graphql';
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return async (request: GraphiQLRequest): Promise<unknown> => {
    const response = await doFetch(url, requestInit(request, token));
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not GraphQL (a proxy error page, say): show it in the result pane rather than failing silently.
      return { errors: [{ message: `HTTP ${response.status} ${response.statusText}`.trim(), extensions: { body: text.slice(0, 500) } }] };
    }
  };
}

/** GraphiQL keeps tabs, queries and history in storage; one namespace per user on a shared browser. */
export function namespacedStorage(namespace: string, backing: Storage | undefined = globalThis.localStorage): Storage {
  const prefix = `crm.graphiql.${namespace}:`;
  const keys = (): string[] => {
    const out: string[] = [];
    if (!backing) return out;
    for (let i = 0; i < backing.length; i++) {
      const k = backing.key(i);
      if (k?.startsWith(prefix)) out.push(k);
    }
    return out;
  };
  const safe = <T,>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };
  return {
    getItem: (key) => safe(() => backing?.getItem(prefix + key) ?? null, null),
    setItem: (key, value) => {
      // Quota errors must reach GraphiQL, which reports them; only a missing storage is swallowed.
      backing?.setItem(prefix + key, value);
    },
    removeItem: (key) => safe(() => backing?.removeItem(prefix + key), undefined),
    clear: () => safe(() => keys().forEach((k) => backing?.removeItem(k)), undefined),
    key: (index) => safe(() => keys()[index]?.slice(prefix.length) ?? null, null),
    get length() {
      return safe(() => keys().length, 0);
    },
  };
}
