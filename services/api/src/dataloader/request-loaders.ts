import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { LoaderFactory } from './loader-factories.js';

/**
 * The DataLoaders of one request, created on first use. Loaders cache per request only: a loader
 * shared across requests would serve one caller's rows to another and never see updates.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  get<K, V, L extends DataLoader<K, V>>(factory: LoaderFactory<K, V, L>): L {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.em) as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as L;
  }
}
