import { useCallback, useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';

export interface PageResult<T> {
  items: T[];
  hasNext: boolean;
  endCursor: string | null;
  error?: CombinedError;
}

// The server's largest page (backend/activities/paging.py MAX_PAGE).
const MAX_PAGE = 100;

/**
 * A keyset-paged list grown with "load more". `reload` reads again from the start as much as is
 * shown (after a change that moves or removes rows). `read` must be stable (useCallback): a new
 * one starts the list over.
 */
export function usePaged<T>(read: (first: number, after: string | null) => Promise<PageResult<T>>, pageSize: number) {
  const [items, setItems] = useState<T[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const generation = useRef(0);
  const shown = useRef(0);
  shown.current = items.length;

  const take = useCallback((page: PageResult<T>, more: boolean) => {
    setError(page.error);
    if (!page.error) {
      setItems((old) => (more ? [...old, ...page.items] : page.items));
      setHasMore(page.hasNext);
      setEndCursor(page.endCursor);
    }
    setLoading(false);
  }, []);

  useEffect(() => {
    const mine = ++generation.current;
    setItems([]);
    setLoading(true);
    void read(pageSize, null).then((page) => {
      if (generation.current === mine) take(page, false);
    });
  }, [read, pageSize, take]);

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    const mine = generation.current;
    setLoading(true);
    const page = await read(pageSize, endCursor);
    if (generation.current === mine) take(page, true);
  }, [read, pageSize, endCursor, take]);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const page = await read(Math.min(Math.max(shown.current, pageSize), MAX_PAGE), null);
    if (generation.current === mine) take(page, false);
  }, [read, pageSize, take]);

  return { items, hasMore, loading, error, loadMore, reload };
}
