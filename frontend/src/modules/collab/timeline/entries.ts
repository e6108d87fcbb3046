import { useFragment as unmask } from '../../../graphql';
import type {
  CollabActivityFieldsFragment,
  CollabCommentFieldsFragment,
  CollabTimelineQuery,
} from '../../../graphql/graphql';
import { CollabActivityFields, CollabCommentFields } from './operations';

export type ActivityData = CollabActivityFieldsFragment;
export type CommentData = CollabCommentFieldsFragment;
type Edge = CollabTimelineQuery['customerTimeline']['edges'][number];
type ChangeNode = Extract<Edge['node'], { __typename: 'CustomerChange' }>;
export type ChangeData = Omit<ChangeNode, '__typename'>;

interface Base {
  key: string;
  cursor: string;
  at: string;
}

/** One row of a customer's timeline, its fragment unmasked. */
export type Entry =
  | (Base & { type: 'activity'; activity: ActivityData })
  | (Base & { type: 'comment'; comment: CommentData })
  | (Base & { type: 'change'; change: ChangeData });

/** A loaded stretch of the timeline, newest first. */
export interface Loaded {
  entries: Entry[];
  hasMore: boolean;
  endCursor: string | null;
}

export const EMPTY: Loaded = { entries: [], hasMore: false, endCursor: null };

export function toEntry(edge: Edge): Entry | null {
  const { cursor, at, node } = edge;
  switch (node.__typename) {
    case 'Activity': {
      const activity = unmask(CollabActivityFields, node);
      return { key: `Activity:${activity.id}`, cursor, at, type: 'activity', activity };
    }
    case 'Comment': {
      const comment = unmask(CollabCommentFields, node);
      return { key: `Comment:${comment.id}`, cursor, at, type: 'comment', comment };
    }
    case 'CustomerChange': {
      const { __typename: _, ...change } = node;
      return { key: `CustomerChange:${node.id}`, cursor, at, type: 'change', change };
    }
    default:
      // A kind of entry this version of the app does not know yet.
      return null;
  }
}

export function toLoaded(page: CollabTimelineQuery['customerTimeline']): Loaded {
  return {
    entries: page.edges.map(toEntry).filter((e): e is Entry => e !== null),
    hasMore: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor ?? null,
  };
}

/** `older` (the next page) after what is loaded, without repeating an entry. */
export function append(loaded: Loaded, older: Loaded): Loaded {
  const seen = new Set(loaded.entries.map((e) => e.key));
  return {
    entries: [...loaded.entries, ...older.entries.filter((e) => !seen.has(e.key))],
    hasMore: older.hasMore,
    endCursor: older.endCursor,
  };
}

/**
 * A fresh read of the newest entries over what was loaded: new and changed entries come from
 * `fresh`, removed ones disappear, and loaded entries older than everything `fresh` covers stay
 * (with the old cursor, so "load more" continues where it was).
 */
export function refreshWith(loaded: Loaded, fresh: Loaded): Loaded {
  if (!fresh.hasMore || fresh.entries.length === 0) return fresh;
  const lastKey = fresh.entries[fresh.entries.length - 1].key;
  const at = loaded.entries.findIndex((e) => e.key === lastKey);
  if (at < 0) return fresh;
  const inFresh = new Set(fresh.entries.map((e) => e.key));
  const tail = loaded.entries.slice(at + 1).filter((e) => !inFresh.has(e.key));
  if (tail.length === 0) return { ...fresh };
  return { entries: [...fresh.entries, ...tail], hasMore: loaded.hasMore, endCursor: loaded.endCursor };
}

/** How many entries to read again on refresh: what is shown, within the server's page limits. */
export function refreshSize(loaded: Loaded, page: number, max: number): number {
  return Math.min(Math.max(loaded.entries.length, page), max);
}
