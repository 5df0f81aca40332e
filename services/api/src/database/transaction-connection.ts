import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';

/**
 * The pg connection under an EntityManager's transaction. COPY needs the driver's connection itself;
 * knex hands a transaction exactly one, so statements sent on it are part of that transaction.
 */
export async function transactionConnection(em: EntityManager): Promise<pg.ClientBase> {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (!transaction) throw new Error('COPY through the ORM runs inside a transaction.');
  return (await (transaction.client as { acquireConnection(): Promise<pg.ClientBase> }).acquireConnection()) as pg.ClientBase;
}
