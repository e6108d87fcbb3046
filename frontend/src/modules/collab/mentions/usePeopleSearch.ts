import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { CollabMentionableUsersQuery } from './operations';
import type { Person } from './tokens';

// The server answers each search; a short pause keeps typing from sending one per letter.
const SEARCH_DELAY_MS = 200;

/**
 * People who may see this customer (mentionableUsers: active, in scope, not you), searched by
 * name or username. Answers to older searches are dropped, so a slow one cannot overwrite a newer.
 */
export function usePeopleSearch(customerId: string) {
  const client = useClient();
  const [people, setPeople] = useState<Person[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<string | null>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = useCallback(
    (text: string) => {
      latest.current = text;
      clearTimeout(timer.current);
      setLoading(true);
      timer.current = setTimeout(() => {
        void client
          .query(CollabMentionableUsersQuery, { customerId, search: text }, { requestPolicy: 'network-only' })
          .toPromise()
          .then((result) => {
            if (latest.current !== text) return;
            setPeople(result.data?.mentionableUsers ?? []);
            setLoading(false);
          });
      }, SEARCH_DELAY_MS);
    },
    [client, customerId],
  );

  return { people, loading, search };
}
