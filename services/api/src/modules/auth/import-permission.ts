import { forbiddenError } from '../../access/auth-errors.js';
import { Role, type Viewer } from '../../access/viewer.js';

/**
 * Whether `viewer` may import (or otherwise change) the records of `partnerCode`: ADMIN and the
 * command-line tool may change any partner's; a PARTNER only its own (docs/interfaces.md §6); STEERING
 * and EVALUATOR nothing. The import mutation calls this with the partner that owns the file kind.
 */
export function mayChangePartnerData(viewer: Viewer | null, partnerCode: string): boolean {
  if (!viewer) return false;
  if (viewer.role === Role.ADMIN) return true;
  return viewer.role === Role.PARTNER && viewer.partnerCode !== null && viewer.partnerCode === partnerCode;
}

/** Throws FORBIDDEN unless `viewer` may import files that belong to `partnerCode`. */
export function assertMayImport(viewer: Viewer | null, partnerCode: string): void {
  if (mayChangePartnerData(viewer, partnerCode)) return;
  const who = viewer ? (viewer.role === Role.PARTNER ? `Partner ${viewer.partnerCode}` : `The ${viewer.role} role`) : 'An anonymous caller';
  throw forbiddenError(`${who} may not import ${partnerCode}'s files.`, { partner: partnerCode });
}
