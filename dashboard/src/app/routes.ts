import type { MessageKey } from '../i18n/messages';
import type { Role } from './session';

export type PageId = 'overview' | 'timeline' | 'partners' | 'outcomes' | 'flows' | 'compare' | 'quality' | 'import' | 'explorer';

export interface Route {
  id: PageId;
  /** The page's path segment after `/p/CODE/` ('' for the overview). */
  segment: string;
  title: MessageKey;
  /** Roles that see the page (docs/interfaces.md §6); undefined: every signed-in role. */
  roles?: readonly Role[];
}

export const ROUTES: readonly Route[] = [
  { id: 'overview', segment: '', title: 'page_overview' },
  { id: 'timeline', segment: 'timeline', title: 'page_timeline' },
  { id: 'partners', segment: 'partners', title: 'page_partners' },
  { id: 'outcomes', segment: 'outcomes', title: 'page_outcomes' },
  { id: 'flows', segment: 'flows', title: 'page_flows' },
  { id: 'compare', segment: 'compare', title: 'page_compare' },
  // The imports query is for ADMIN, STEERING and PARTNER; evaluators see aggregates only.
  { id: 'quality', segment: 'quality', title: 'page_quality', roles: ['ADMIN', 'STEERING', 'PARTNER'] },
  { id: 'import', segment: 'import', title: 'page_import', roles: ['ADMIN', 'PARTNER'] },
  { id: 'explorer', segment: 'explorer', title: 'page_explorer' },
];

/** The pages a role may open, in menu order. */
export function routesFor(role: Role): Route[] {
  return ROUTES.filter((route) => !route.roles || route.roles.includes(role));
}

/** A dashboard path read: the programme it names (null for a path from before programmes were in the URL) and the page segment. */
export interface DashboardPath {
  programme: string | null;
  segment: string;
}

/**
 * Reads `/p/CODE/<page>` (the programme is part of every page's URL, so reload, back/forward and a sent
 * link keep it); any other path is an old one without a programme, whose first segment names the page.
 */
export function parseDashboardPath(pathname: string): DashboardPath {
  const parts = pathname.split('/').filter((part) => part !== '');
  if (parts[0] === 'p' && parts.length >= 2) {
    let programme: string;
    try {
      programme = decodeURIComponent(parts[1]!);
    } catch {
      programme = parts[1]!;
    }
    return { programme, segment: parts[2] ?? '' };
  }
  return { programme: null, segment: parts[0] ?? '' };
}

/** The route for a page segment; the overview for an unknown one or one the role may not open. */
export function routeForSegment(segment: string, role: Role): Route {
  return routesFor(role).find((route) => route.segment === segment) ?? ROUTES[0]!;
}

/** `/p/CODE/<page>`, with the query string (filters, language) when given. */
export function programmePath(programme: string, segment: string, search = ''): string {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return `/p/${encodeURIComponent(programme)}/${segment}${query ? `?${query}` : ''}`;
}

/**
 * Where an old URL without a programme goes: the same page and query string in the first programme the
 * user may see; null when the path already names a programme or the user sees none.
 */
export function legacyRedirect(pathname: string, search: string, programmes: readonly { code: string }[]): string | null {
  const path = parseDashboardPath(pathname);
  const first = programmes[0];
  if (path.programme !== null || !first) return null;
  // An unknown old path (or a bare `/p/`) opens the overview rather than keeping a segment no page has.
  const segment = ROUTES.some((route) => route.segment === path.segment) ? path.segment : '';
  return programmePath(first.code, segment, search);
}

/**
 * Query parameters that mean the same in every programme (the language and the contract's fixed vocabularies):
 * they survive a programme switch. Partner and task codes and the months are the programme's own, so they do not.
 */
const PROGRAMME_INDEPENDENT_PARAMS = ['lang', 'kind', 'sex', 'age'] as const;

/** The URL a programme switch opens: the same page in `programme`, keeping the language and the vocabulary filters. */
export function switchProgrammeHref(pathname: string, search: URLSearchParams, programme: string): string {
  const { segment } = parseDashboardPath(pathname);
  const kept = new URLSearchParams();
  for (const name of PROGRAMME_INDEPENDENT_PARAMS) {
    const value = search.get(name);
    if (value) kept.set(name, value);
  }
  return programmePath(programme, segment, kept.toString().replace(/%2C/gi, ','));
}
