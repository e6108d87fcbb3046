import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { Entry } from './entries';

const ANCHOR = /^#(comment|activity)-(\d+)$/;

/** The timeline key a URL fragment names (`#comment-9` → `Comment:9`), or null. */
export function keyOfHash(hash: string): string | null {
  const match = ANCHOR.exec(hash);
  if (!match) return null;
  return `${match[1] === 'comment' ? 'Comment' : 'Activity'}:${match[2]}`;
}

/**
 * The entry a notification pointed at (the URL fragment): scrolled into view once it is loaded,
 * and returned so the timeline can mark it.
 */
export function useFocusEntry(entries: readonly Entry[]): string | null {
  const { hash } = useLocation();
  const wanted = keyOfHash(hash);
  const [focused, setFocused] = useState<string | null>(null);
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!wanted || done.current === wanted || !entries.some((e) => e.key === wanted)) return;
    done.current = wanted;
    setFocused(wanted);
    document.getElementById(`entry-${wanted}`)?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [wanted, entries]);
  return focused;
}
