import type { EntityManager } from '@mikro-orm/postgresql';
import { Programme } from './programme.entity.js';

/** All programmes, by code. */
export function listProgrammes(em: EntityManager): Promise<Programme[]> {
  return em.find(Programme, {}, { orderBy: { code: 'asc' } });
}

/** The programme with this code, or null. */
export function findProgrammeByCode(em: EntityManager, code: string): Promise<Programme | null> {
  return em.findOne(Programme, { code });
}
