import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config/env.js';
import type { RequestLoaders } from '../dataloader/request-loaders.js';
import type { Viewer } from '../access/viewer.js';

/** Where an operation came from, as far as the throttle and the cookie flags care. */
export interface ClientInfo {
  /** The caller's address (the socket's); null for in-process calls (CLI, tests). */
  ip: string | null;
  /** True when the request reached us over https (directly or via a proxy's X-Forwarded-Proto). */
  secure: boolean;
}

/**
 * What every resolver gets for one GraphQL request. A part of the hub that needs more declares it as an
 * extension where it is owned (analytics: AnalyticsContext) and app/create-hub.ts builds the whole.
 */
export interface HubContext {
  /** This request's own EntityManager fork (identity map and unit of work scoped to the request). */
  em: EntityManager;
  loaders: RequestLoaders;
  /** The ORM itself, for work that runs its own transactions (imports record their batch apart). */
  orm: MikroORM;
  /** The hub secret: keys the PESEL hash of imported files. */
  secret: string;
  config: HubConfig;
  requestId: string;
  /** Who is calling; null for anonymous callers. */
  viewer: Viewer | null;
  client: ClientInfo;
  /** Set-Cookie values for the HTTP layer to add to the response (login, logout). */
  responseCookies: string[];
}
