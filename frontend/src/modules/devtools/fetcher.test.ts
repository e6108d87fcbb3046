import { describe, expect, it, vi } from 'vitest';
import { createFetcher, looksLikeToken, namespacedStorage, normalizeToken, requestInit } from './fetcher';

const QUERY = { query: '{ me { username } }', variables: null, operationName: null };

describe('requestInit', () => {
  it('uses the session cookie and echoes the CSRF cookie without a token', () => {
    const init = requestInit(QUERY, null, 'other=1; crm_csrf=abc%3D');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'X-CSRF-Token': 'abc=', 'Content-Type': 'application/json' });
    expect(init.headers).not.toHaveProperty('Authorization');
    expect(JSON.parse(String(init.body))).toEqual({ query: '{ me { username } }' });
  });

  it('sends a pasted token as a bearer credential, without cookies or CSRF', () => {
    const init = requestInit(QUERY, 'crm_pat_secret', 'crm_csrf=abc');
    expect(init.credentials).toBe('omit');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer crm_pat_secret' });
    expect(init.headers).not.toHaveProperty('X-CSRF-Token');
  });

  it('keeps variables and the operation name', () => {
    const init = requestInit({ query: 'query Q($id: ID!) { user(id: $id) { id } }', variables: { id: '7' }, operationName: 'Q' }, null, '');
    expect(JSON.parse(String(init.body))).toMatchObject({ variables: { id: '7' }, operationName: 'Q' });
  });
});

describe('createFetcher', () => {
  it('POSTs to /graphql and returns the JSON body', async () => {
    const fetchMock = vi.fn(async () => new Response('{"data":{"me":{"username":"ann"}}}'));
    const result = await createFetcher('crm_pat_x', { fetch: fetchMock })(QUERY);
    expect(result).toEqual({ data: { me: { username: 'ann' } } });
    expect(fetchMock).toHaveBeenCalledWith('/graphql', expect.objectContaining({ method: 'POST', credentials: 'omit' }));
  });

  it('turns a non-JSON answer into a GraphQL error for the result pane', async () => {
    const fetchMock = vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const result = (await createFetcher(null, { fetch: fetchMock })(QUERY)) as { errors: { message: string }[] };
    expect(result.errors[0].message).toBe('HTTP 502 Bad Gateway');
  });
});

describe('tokens', () => {
  it('treats blank input as no token and trims pasted whitespace', () => {
    expect(normalizeToken('   ')).toBeNull();
    expect(normalizeToken(' crm_pat_abc\n')).toBe('crm_pat_abc');
  });

  it('recognises the token format', () => {
    expect(looksLikeToken('crm_pat_abc')).toBe(true);
    expect(looksLikeToken('crm_pat_')).toBe(false);
    expect(looksLikeToken('ghp_abc')).toBe(false);
  });
});

describe('namespacedStorage', () => {
  it('keeps each user to their own keys', () => {
    localStorage.clear();
    localStorage.setItem('unrelated', 'x');
    const alice = namespacedStorage('1');
    const bob = namespacedStorage('2');
    alice.setItem('graphiql:query', '{ a }');
    bob.setItem('graphiql:query', '{ b }');
    expect(alice.getItem('graphiql:query')).toBe('{ a }');
    expect(bob.getItem('graphiql:query')).toBe('{ b }');
    expect(alice.length).toBe(1);
    alice.clear();
    expect(alice.getItem('graphiql:query')).toBeNull();
    expect(bob.getItem('graphiql:query')).toBe('{ b }');
    expect(localStorage.getItem('unrelated')).toBe('x');
    localStorage.clear();
  });
});
