import type { EntityClass, EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** Builds one request's DataLoader (or a subclass of it); its identity is the cache key in RequestLoaders. */
export type LoaderFactory<K, V, L extends DataLoader<K, V> = DataLoader<K, V>> = (em: EntityManager) => L;

interface WithId {
  id: number;
}

/**
 * Loader of the children of many parents in one `IN (…)` query, answered in key order; a parent
 * with no children gets [] (DataLoader's contract: one result per key, same order).
 */
export function childrenLoader<T extends object>(options: {
  entity: EntityClass<T>;
  /** The child's ManyToOne property that points at the parent. */
  foreignKey: keyof T & string;
  orderBy: QueryOrderMap<T>;
}): LoaderFactory<number, T[]> {
  return (em) =>
    new DataLoader<number, T[]>(async (parentIds) => {
      const rows = await em.find(
        options.entity,
        { [options.foreignKey]: { $in: [...parentIds] } } as FilterQuery<T>,
        { orderBy: options.orderBy },
      );
      const byParent = new Map<number, T[]>();
      for (const row of rows) {
        const parentId = (row[options.foreignKey] as unknown as WithId).id;
        const siblings = byParent.get(parentId);
        if (siblings) siblings.push(row);
        else byParent.set(parentId, [row]);
      }
      return parentIds.map((id) => byParent.get(id) ?? []);
    });
}

/**
 * Loader of the entities that foreign keys point at, in one query. A missing row is an error for
 * that key only: foreign-key constraints make it impossible unless the row was deleted mid-request.
 */
export function byIdLoader<T extends WithId>(entity: EntityClass<T>): LoaderFactory<number, T> {
  return (em) =>
    new DataLoader<number, T>(async (ids) => {
      const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`${entity.name} ${id} no longer exists.`));
    });
}
