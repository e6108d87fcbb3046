import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { append, EMPTY, refreshSize, refreshWith, toLoaded, type Loaded } from './entries';
import { CollabTimelineQuery } from './operations';

export const PAGE_SIZE = 20;
// The server's largest page (backend/activities/paging.py MAX_PAGE).
const MAX_PAGE = 100;

export interface Timeline extends Loaded {
  loading: boolean;
  error: CombinedError | undefined;
  loadMore: () => Promise<void>;
  /** Read the newest entries again after a change (new, edited or removed entries). */
  refresh: () => Promise<void>;
}

/**
 * A customer's timeline, newest first, grown page by page with "load more". Pages are kept here
 * rather than in urql's document cache: a refetched first page would otherwise shift under the
 * pages after it and drop the entry at their boundary.
 */
export function useTimeline(customerId: string): Timeline {
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const current = useRef(loaded);
  current.current = loaded;
  // Answers for another customer (the page changed under a slow request) are dropped.
  const generation = useRef(0);

  const read = useCallback(
    async (first: number, after: string | null) => {
      const result = await client
        .query(CollabTimelineQuery, { customerId, first, after }, { requestPolicy: 'network-only' })
        .toPromise();
      return { page: result.data ? toLoaded(result.data.customerTimeline) : null, error: result.error };
    },
    [client, customerId],
  );

  useEffect(() => {
    const mine = ++generation.current;
    setLoaded(EMPTY);
    setLoading(true);
    void read(PAGE_SIZE, null).then(({ page, error: e }) => {
      if (generation.current !== mine) return;
      setError(e);
      if (page) setLoaded(page);
      setLoading(false);
    });
  }, [read]);

  const loadMore = useCallback(async () => {
    const mine = generation.current;
    const { endCursor } = current.current;
    if (!endCursor) return;
    setLoading(true);
    const { page, error: e } = await read(PAGE_SIZE, endCursor);
    if (generation.current !== mine) return;
    setError(e);
    if (page) setLoaded((l) => append(l, page));
    setLoading(false);
  }, [read]);

  const refresh = useCallback(async () => {
    const mine = generation.current;
    const { page, error: e } = await read(refreshSize(current.current, PAGE_SIZE, MAX_PAGE), null);
    if (generation.current !== mine) return;
    setError(e);
    if (page) setLoaded((l) => refreshWith(l, page));
  }, [read]);

  return { ...loaded, loading, error, loadMore, refresh };
}
