import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { Role } from '../../access/viewer.js';
import { AuditEntry } from './audit-entry.entity.js';
import { actorOf, recordAudit, recordAuditNow } from './audit.service.js';

const AUDIT_LOG = /* GraphQL */ `
  query Log($first: Int, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      nodes { actor action programmeCode entityType entityKey details }
      pageInfo { endCursor hasNextPage }
    }
  }
`;
type Log = { auditLog: { nodes: { actor: string; action: string; details: Record<string, unknown> | null }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };

describe('the audit log', () => {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await createTestHub();
    const em = testHub.database.orm.em.fork();
    await em.nativeDelete(AuditEntry, {});
    for (const action of ['login.success', 'login.failure', 'import.insert', 'export.indicators', 'login.blocked']) {
      recordAudit(em, { actor: 'ola@example.org', action, programmeCode: 'RDR-PLOCK-2011', details: { count: 1 } });
    }
    await em.flush();
  });
  afterAll(async () => {
    await testHub.close();
  });

  it('lists entries newest first in pages, for ADMIN', async () => {
    const admin = viewerFor(Role.ADMIN);
    const first = await testHub.hub.execute<Log>(AUDIT_LOG, { first: 2 }, admin);
    expect(first.errors).toBeUndefined();
    expect(first.data!.auditLog.nodes.map((node) => node.action)).toEqual(['login.blocked', 'export.indicators']);
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const rest = await testHub.hub.execute<Log>(AUDIT_LOG, { first: 10, after: first.data!.auditLog.pageInfo.endCursor }, admin);
    expect(rest.data!.auditLog.nodes.map((node) => node.action)).toEqual(['import.insert', 'login.failure', 'login.success']);
    expect(rest.data!.auditLog.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false });
  });

  it('filters by an action or an action family', async () => {
    const admin = viewerFor(Role.ADMIN);
    const family = await testHub.hub.execute<Log>(AUDIT_LOG, { action: 'login' }, admin);
    expect(family.data!.auditLog.nodes.map((node) => node.action)).toEqual(['login.blocked', 'login.failure', 'login.success']);
    const exact = await testHub.hub.execute<Log>(AUDIT_LOG, { action: 'login.failure' }, admin);
    expect(exact.data!.auditLog.nodes.map((node) => node.action)).toEqual(['login.failure']);
    // LIKE wildcards in the filter are taken literally.
    const wildcard = await testHub.hub.execute<Log>(AUDIT_LOG, { action: '%' }, admin);
    expect(wildcard.data!.auditLog.nodes).toEqual([]);
  });

  it('caps the page size at 200', async () => {
    const { errors } = await testHub.hub.execute(AUDIT_LOG, { first: 201 }, viewerFor(Role.ADMIN));
    expect(errors?.map((error) => error.message)).toEqual(['`first` must be a whole number from 1 to 200; got 201.']);
  });

  it('redacts secrets and personal data from details, at any depth', async () => {
    const em = testHub.database.orm.em.fork();
    const entry = recordAudit(em, {
      actor: 'cli',
      action: 'test.redaction',
      details: { kind: 'zdz-attendance', rows: [{ line: 2, pesel: '44051401359', nazwisko: 'Kowalski' }], password: 'x', count: 3 },
    });
    await em.flush();
    const stored = await testHub.database.orm.em.fork().findOneOrFail(AuditEntry, { id: entry.id });
    expect(stored.details).toEqual({
      kind: 'zdz-attendance',
      rows: [{ line: 2, pesel: '[redacted]', nazwisko: '[redacted]' }],
      password: '[redacted]',
      count: 3,
    });
  });

  it('recordAuditNow keeps its entry even when the caller\'s transaction rolls back; recordAudit does not', async () => {
    const em = testHub.database.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        recordAudit(tx, { actor: 'cli', action: 'test.rolled_back' });
        await recordAuditNow(tx, { actor: 'cli', action: 'test.kept', details: { reason: 'rejected file' } });
        await tx.flush();
        throw new Error('the import failed');
      }),
    ).rejects.toThrow('the import failed');
    const fresh = testHub.database.orm.em.fork();
    expect(await fresh.count(AuditEntry, { action: 'test.rolled_back' })).toBe(0);
    expect((await fresh.findOneOrFail(AuditEntry, { action: 'test.kept' })).details).toEqual({ reason: 'rejected file' });
  });

  it('records every mutation with who called it and how it ended, even when refused', async () => {
    await testHub.hub.execute('mutation { logout }', {}, viewerFor(Role.EVALUATOR));
    await testHub.hub.execute('mutation { logout }', {}, null);
    const entries = await testHub.database.orm.em.fork().find(AuditEntry, { action: 'mutation.logout' }, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => [entry.actor, entry.details?.outcome, entry.details?.errorCodes])).toEqual([
      ['token:test EVALUATOR', 'ok', undefined],
      ['anonymous', 'error', ['UNAUTHENTICATED']],
    ]);
    expect(actorOf(null)).toBe('anonymous');
  });
});
