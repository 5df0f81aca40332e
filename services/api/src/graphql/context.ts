import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config/env.js';
import type { RequestLoaders } from '../dataloader/request-loaders.js';
import type { Viewer } from '../modules/auth/viewer.js';

/** What every resolver gets for one GraphQL request. */
export interface HubContext {
  /** This request's own EntityManager fork (identity map and unit of work scoped to the request). */
  em: EntityManager;
  loaders: RequestLoaders;
  config: HubConfig;
  requestId: string;
  /** Who is calling; null for anonymous callers. */
  viewer: Viewer | null;
}
