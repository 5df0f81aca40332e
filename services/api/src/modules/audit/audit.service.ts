import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../access/viewer.js';
import { AuditEntry } from './audit-entry.entity.js';

/** One thing that happened, for the audit log. */
export interface AuditRecord {
  /** Who: use `actorOf(viewer)`; "system" for start-up work. */
  actor: string;
  /** What, dotted: login.success, login.failure, import.update, export.indicators, token.create … */
  action: string;
  programmeCode?: string | null;
  entityType?: string | null;
  entityKey?: string | null;
  /** Codes, counts, old and new values. Never a PESEL, a name or a secret (see redactSensitive). */
  details?: Record<string, unknown> | null;
}

/** The audit actor for a caller: e-mail, token name, "cli", or "anonymous". */
export function actorOf(viewer: Viewer | null | undefined): string {
  return viewer ? viewer.name : 'anonymous';
}

/** Keys whose values never belong in the audit log, whatever a caller passes. */
const SENSITIVE_KEY = /pesel|password|passwd|secret|token|cookie|nazwisk|imi[eę]|surname|first_?name|last_?name/i;

/** A copy of `details` with sensitive keys' values replaced, at any depth: a second line of defence. */
export function redactSensitive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSensitive);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SENSITIVE_KEY.test(key) ? '[redacted]' : redactSensitive(inner)]),
    );
  }
  return value;
}

function toEntity(em: EntityManager, record: AuditRecord): AuditEntry {
  return em.create(AuditEntry, {
    actor: record.actor.slice(0, 200),
    action: record.action.slice(0, 80),
    programmeCode: record.programmeCode ?? null,
    entityType: record.entityType ?? null,
    entityKey: record.entityKey?.slice(0, 200) ?? null,
    details: record.details ? (redactSensitive(record.details) as Record<string, unknown>) : null,
  });
}

/**
 * Adds an entry to `em`'s unit of work. Inside `em.transactional(...)` it commits, or rolls back,
 * together with the change it describes (an import's updates and their audit rows are one unit);
 * outside one, the caller's next `em.flush()` writes it.
 */
export function recordAudit(em: EntityManager, record: AuditRecord): AuditEntry {
  return toEntity(em, record);
}

/**
 * Writes an entry at once through a fork of `em`, independent of any transaction the caller is in:
 * for events that must stay on record even when the work they describe fails or is rolled back
 * (a refused login, a rejected import, an export).
 */
export async function recordAuditNow(em: EntityManager, record: AuditRecord): Promise<void> {
  // Connection.execute without a transaction context takes its own pooled connection, so the row
  // commits on its own even when `em` is inside a transaction that later rolls back.
  await em.getConnection().execute(
    'insert into audit_entry (actor, action, programme_code, entity_type, entity_key, details) values (?, ?, ?, ?, ?, ?)',
    [
      record.actor.slice(0, 200),
      record.action.slice(0, 80),
      record.programmeCode ?? null,
      record.entityType ?? null,
      record.entityKey?.slice(0, 200) ?? null,
      record.details ? JSON.stringify(redactSensitive(record.details)) : null,
    ],
  );
}
