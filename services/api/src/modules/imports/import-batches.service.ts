import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Role, type Viewer } from '../../access/viewer.js';
import { ImportBatch } from './import-batch.entity.js';
import { markInterruptedImports } from './import-locks.js';

/** Report rows name participants: only ADMIN and the file's own partner read them. */
export function mayReadImportReport(viewer: Viewer | null, partnerCode: string): boolean {
  if (!viewer) return false;
  return viewer.role === Role.ADMIN || (viewer.role === Role.PARTNER && viewer.partnerCode === partnerCode);
}

/** A programme's import batches, newest first; a PARTNER sees only its own partner's. */
export async function listImportBatches(
  em: EntityManager,
  options: { programmeCode: string; partnerCode: string | null; first: number; viewer: Viewer },
): Promise<ImportBatch[]> {
  // A batch left RUNNING by a killed importer is shown for what it is.
  await markInterruptedImports(em);
  const partnerCode = options.viewer.role === Role.PARTNER ? options.viewer.partnerCode : options.partnerCode;
  const where: FilterQuery<ImportBatch> = { programme: { code: options.programmeCode } };
  if (partnerCode) where.partner = { code: partnerCode };
  return em.find(ImportBatch, where, { orderBy: { startedAt: 'desc', id: 'desc' }, limit: options.first });
}
