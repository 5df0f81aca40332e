import type { EntityManager } from '@mikro-orm/postgresql';
import { shippedProgrammes, type LoadedProgrammeDefinition } from '@razem/seeds';
import { AuditEntry } from '../../audit/audit-entry.entity.js';
import { lockProgrammeForChanges } from '../../imports/import-locks.js';
import { loadProgrammeStructure } from '../programme-structure.service.js';
import { Programme } from '../programme.entity.js';
import { deleteRemovals, findRemovals, orphanedRecords, removalCount, type OrphanedRecords } from './definition-removals.js';

export interface DefinitionApplySummary {
  programme: string;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** The definition file's SHA-256, as recorded in the audit entry. */
  sha256: string;
}

/** Applying the definition would delete stored records: nothing was applied. */
export class DefinitionApplyRefusedError extends Error {
  constructor(
    readonly programme: string,
    readonly orphans: OrphanedRecords[],
  ) {
    super(
      `Refused: the definition of ${programme} drops parts that stored records belong to (nothing was applied):\n` +
        orphans.map((orphan) => `  ${describeOrphan(orphan)}`).join('\n') +
        '\nKeep them in the definition, or withdraw those records first.',
    );
    this.name = 'DefinitionApplyRefusedError';
  }
}

function describeOrphan(orphan: OrphanedRecords): string {
  const counts = Object.entries(orphan.records).map(([name, count]) => `${name} ${count}`);
  if (orphan.activities?.length) counts.push(`its activities ${orphan.activities.join(', ')} have records`);
  return `${orphan.kind} ${orphan.code}: ${counts.join(', ')}`;
}

/**
 * Creates or updates a programme's structure from a checked definition, in one transaction: what the
 * definition adds or changes (names, targets, plans, venues…) is written without touching stored records;
 * what it no longer declares is deleted, unless records hang on it — then nothing is applied and the
 * error lists each such part with its counts. Queues with the programme's imports. A change writes one audit
 * entry (counts and the file's hash); applying the same definition again changes nothing at all.
 */
export async function applyProgrammeDefinition(options: {
  em: EntityManager;
  loaded: Pick<LoadedProgrammeDefinition, 'definition' | 'sha256'> & { file?: string };
  actor: string;
}): Promise<DefinitionApplySummary> {
  const { definition, sha256 } = options.loaded;
  return options.em.transactional(async (em) => {
    const existing = await em.findOne(Programme, { code: definition.code });
    let removed = 0;
    let removals;
    if (existing) {
      await lockProgrammeForChanges(em, existing.id);
      removals = await findRemovals(em, existing.id, definition);
      const orphans = await orphanedRecords(em, removals);
      if (orphans.length) throw new DefinitionApplyRefusedError(definition.code, orphans);
      removed = removalCount(removals);
    }
    const loaded = await loadProgrammeStructure({ em, definition, actor: options.actor, audit: false });
    // After the upsert: an activity moved to another partner or task is no longer under the one removed.
    if (removals && removed) await deleteRemovals(em, removals);
    const summary = { programme: definition.code, created: loaded.created, updated: loaded.updated, removed, unchanged: loaded.unchanged, sha256 };
    // A no-op apply leaves no trace, as running `hub init` again changes nothing.
    if (summary.created + summary.updated + removed > 0) {
      em.create(AuditEntry, {
        actor: options.actor,
        action: 'programme.definition.apply',
        programmeCode: definition.code,
        entityType: 'programme',
        entityKey: definition.code,
        details: { created: summary.created, updated: summary.updated, removed, unchanged: summary.unchanged, sha256, ...(options.loaded.file ? { file: options.loaded.file } : {}) },
      });
    }
    await em.flush();
    return summary;
  });
}

/** `hub init` and a first `npm start`: every definition shipped in `seeds/programmes/`, through the same path. */
export async function applyShippedProgrammes(options: { em: EntityManager; actor: string }): Promise<DefinitionApplySummary[]> {
  const summaries: DefinitionApplySummary[] = [];
  for (const loaded of shippedProgrammes()) summaries.push(await applyProgrammeDefinition({ em: options.em.fork(), loaded, actor: options.actor }));
  return summaries;
}

/** `3 created, 1 updated, 0 removed, 40 unchanged`, or `0 changes (44 unchanged)`. */
export function describeApplySummary(summary: DefinitionApplySummary): string {
  const changes = summary.created + summary.updated + summary.removed;
  const counts = changes
    ? `${summary.created} created, ${summary.updated} updated, ${summary.removed} removed, ${summary.unchanged} unchanged`
    : `0 changes (${summary.unchanged} unchanged)`;
  return `Programme ${summary.programme}: ${counts}; definition sha256 ${summary.sha256}.`;
}
