import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` every `ms` while the page is visible, and whenever the window regains focus
 * (coming back to the tab shows fresh numbers without waiting for the next tick).
 */
export function useRefreshEvery(refresh: () => void, ms: number): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState !== 'hidden') latest.current();
    };
    const onFocus = () => latest.current();
    const timer = setInterval(tick, ms);
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [ms]);
}
