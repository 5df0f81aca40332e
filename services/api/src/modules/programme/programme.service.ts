import type { EntityManager } from '@mikro-orm/postgresql';
import { visibleProgrammesWhere } from '../auth/programme-access.js';
import type { Viewer } from '../../access/viewer.js';
import { Programme } from './programme.entity.js';

/** The programmes `viewer` may see, by code. */
export function listProgrammes(em: EntityManager, viewer: Viewer): Promise<Programme[]> {
  return em.find(Programme, visibleProgrammesWhere(viewer, (codes) => ({ code: { $in: codes } })), { orderBy: { code: 'asc' } });
}

/** The programme with this code, or null. */
export function findProgrammeByCode(em: EntityManager, code: string): Promise<Programme | null> {
  return em.findOne(Programme, { code });
}
