import { act, renderHook, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { useKeysetList, type FetchPage, type Page } from './useKeysetList';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const page = (nodes: string[], endCursor: string | null, hasNext: boolean): { page: Page<string> } => ({
  page: { nodes, endCursor, hasNext, total: 99 },
});

describe('keyset list', () => {
  it('appends the next page after the last cursor', async () => {
    const calls: (string | null)[] = [];
    const fetchPage: FetchPage<string> = async (after) => {
      calls.push(after);
      return after ? page(['c', 'd'], 'cd', false) : page(['a', 'b'], 'ab', true);
    };
    const { result } = renderHook(() => useKeysetList(fetchPage));
    await waitFor(() => expect(result.current.rows).toEqual(['a', 'b']));
    expect(result.current.hasNext).toBe(true);
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows).toEqual(['a', 'b', 'c', 'd']));
    expect(calls).toEqual([null, 'ab']);
    expect(result.current.hasNext).toBe(false);
    expect(result.current.total).toBe(99);
  });

  it('lets only the latest request write: a slow answer for an old search is dropped', async () => {
    const slow = deferred<{ page: Page<string> }>();
    const oldSearch: FetchPage<string> = () => slow.promise;
    const newSearch: FetchPage<string> = async () => page(['new'], null, false);
    const { result, rerender } = renderHook(({ f }) => useKeysetList(f), { initialProps: { f: oldSearch } });
    rerender({ f: newSearch });
    await waitFor(() => expect(result.current.rows).toEqual(['new']));
    await act(async () => slow.resolve(page(['old'], null, false)));
    expect(result.current.rows).toEqual(['new']);
  });

  it('keeps the rows and reports the error when a page fails', async () => {
    const fetchPage: FetchPage<string> = async (after) => (after ? { error: new CombinedError({ networkError: new Error('down') }) } : page(['a'], 'a', true));
    const { result } = renderHook(() => useKeysetList(fetchPage));
    await waitFor(() => expect(result.current.rows).toEqual(['a']));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.rows).toEqual(['a']);
    expect(result.current.loading).toBe(false);
  });

  it('keeps the total of the first page when later pages leave it out (the count is asked once)', async () => {
    const fetchPage: FetchPage<string> = async (after) =>
      after ? { page: { nodes: ['c'], endCursor: 'c', hasNext: false } } : page(['a', 'b'], 'ab', true);
    const { result } = renderHook(() => useKeysetList(fetchPage));
    await waitFor(() => expect(result.current.total).toBe(99));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows).toEqual(['a', 'b', 'c']));
    expect(result.current.total).toBe(99);
  });
});
