import { useCallback, useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';

/** One page of a connection, flattened. */
/** `total` may be left out on later pages: counting a big scope costs more than a page, so lists ask
 * for it with the first page only and keep it while more pages are appended. */
export type Page<T> = { nodes: T[]; endCursor: string | null; hasNext: boolean; total?: number | null };

export type FetchPage<T> = (after: string | null) => Promise<{ page?: Page<T>; error?: CombinedError }>;

/**
 * Rows of a keyset-paginated connection: the first page whenever `fetchPage` changes (new search,
 * filters, sort), then more pages appended after the last cursor (never an offset). Only the latest
 * request may write: a slow answer for an old search must not win.
 */
export function useKeysetList<T>(fetchPage: FetchPage<T>) {
  const [rows, setRows] = useState<T[]>([]);
  const [state, setState] = useState<{ endCursor: string | null; hasNext: boolean; total: number }>({
    endCursor: null,
    hasNext: false,
    total: 0,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const latest = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current;
      setLoading(true);
      const { page, error: failed } = await fetchPage(after);
      if (request !== latest.current) return;
      setLoading(false);
      if (!page) {
        setError(failed ?? null);
        return;
      }
      setError(null);
      setRows((prev) => (after ? [...prev, ...page.nodes] : page.nodes));
      setState((prev) => ({ endCursor: page.endCursor, hasNext: page.hasNext, total: page.total ?? prev.total }));
    },
    [fetchPage],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    rows,
    total: state.total,
    hasNext: state.hasNext,
    loading,
    error,
    loadMore: () => {
      if (state.hasNext && !loading) void load(state.endCursor);
    },
    reload: () => void load(null),
  };
}
