import { useSyncExternalStore } from 'react';

/**
 * A minimal router over the History API: the path picks the page, the query string holds the
 * filters and the language, so any view can be bookmarked and sent. (react-router would add ~20 KB
 * gzip for eight flat routes.)
 */
const NAVIGATE_EVENT = 'razem:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const url = new URL(href, 'http://x');
  return { pathname: url.pathname, search: url.searchParams };
}

/** Goes to `to` (path and/or `?query`), adding a history entry unless `replace`. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  const target = url.pathname + url.search;
  if (target === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Sets or removes query parameters, keeping the others (filters survive page changes). */
export function updateSearch(changes: Record<string, string | null>, options: { replace?: boolean } = {}): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
  // URLSearchParams escapes commas; the filters' lists read better (and are sent on) as `partner=P1,P2`.
  const query = params.toString().replace(/%2C/gi, ',');
  navigate(window.location.pathname + (query ? `?${query}` : ''), options);
}
