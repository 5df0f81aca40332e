import type { MessageKey } from '../i18n/messages';
import type { Role } from './session';

export type PageId = 'overview' | 'timeline' | 'partners' | 'outcomes' | 'flows' | 'quality' | 'import' | 'explorer';

export interface Route {
  id: PageId;
  path: string;
  title: MessageKey;
  /** Roles that see the page (docs/interfaces.md §6); undefined: every signed-in role. */
  roles?: readonly Role[];
}

export const ROUTES: readonly Route[] = [
  { id: 'overview', path: '/', title: 'page_overview' },
  { id: 'timeline', path: '/timeline', title: 'page_timeline' },
  { id: 'partners', path: '/partners', title: 'page_partners' },
  { id: 'outcomes', path: '/outcomes', title: 'page_outcomes' },
  { id: 'flows', path: '/flows', title: 'page_flows' },
  // The imports query is for ADMIN, STEERING and PARTNER; evaluators see aggregates only.
  { id: 'quality', path: '/quality', title: 'page_quality', roles: ['ADMIN', 'STEERING', 'PARTNER'] },
  { id: 'import', path: '/import', title: 'page_import', roles: ['ADMIN', 'PARTNER'] },
  { id: 'explorer', path: '/explorer', title: 'page_explorer' },
];

/** The pages a role may open, in menu order. */
export function routesFor(role: Role): Route[] {
  return ROUTES.filter((route) => !route.roles || route.roles.includes(role));
}

/** The route for a path (trailing slash ignored); the overview for an unknown one. */
export function routeForPath(pathname: string, role: Role): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return routesFor(role).find((route) => route.path === path) ?? ROUTES[0]!;
}
