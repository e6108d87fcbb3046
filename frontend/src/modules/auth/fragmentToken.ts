import { useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The one-time token of a mailed link. It rides in the URL fragment, which browsers never send to a
 * server, so it stays out of access logs, proxies and Referer headers.
 */
export function useFragmentToken(): string {
  const { hash } = useLocation();
  const [token] = useState(() => {
    try {
      return decodeURIComponent(hash.replace(/^#/, '')).trim();
    } catch {
      return '';
    }
  });
  return token;
}

/** What the sign-in page shows after a flow sends the user there (a translation key). */
export type LoginNotice = { info: string };
