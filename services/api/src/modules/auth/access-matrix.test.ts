import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../app/schema.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { documentFor, rootOperations } from '../../test-support/graphql-operations.js';
import { viewerFor } from '../../test-support/viewers.js';
import { accessRuleFor, mayCall, operationAccess } from '../../access/access-rules.js';
import { Role, type Viewer } from '../../access/viewer.js';

/**
 * The role × operation matrix. It reads every Query and Mutation field from the schema the code
 * builds, so an operation added without a rule in access-rules.ts fails here, and runs each one as
 * every role and as an anonymous caller, checking that exactly the callers the rule allows get past
 * the access check (they may still get other errors: dummy arguments, unknown codes).
 */
const schema = await buildHubSchema();
const operations = rootOperations(schema);

const callers: { label: string; viewer: Viewer | null }[] = [
  { label: 'anonymous', viewer: null },
  { label: 'ADMIN', viewer: viewerFor(Role.ADMIN) },
  { label: 'STEERING', viewer: viewerFor(Role.STEERING) },
  { label: 'PARTNER', viewer: viewerFor(Role.PARTNER, 'MOPS') },
  { label: 'EVALUATOR', viewer: viewerFor(Role.EVALUATOR) },
];

describe('the access rule table', () => {
  it('has a rule for every query and mutation in the schema', () => {
    const missing = operations.map((operation) => operation.name).filter((name) => accessRuleFor(name) === undefined);
    expect(missing, `add these to access/access-rules.ts`).toEqual([]);
  });

  it('keeps the contract: anonymous callers get only login; no participant rows for STEERING or EVALUATOR; the audit log is ADMIN only', () => {
    const publicOperations = Object.entries(operationAccess).filter(([, rule]) => rule === 'PUBLIC').map(([name]) => name);
    expect(publicOperations).toEqual(['Mutation.login']);
    for (const operation of ['Query.participants', 'Query.participant'] as const) {
      expect(operationAccess[operation]).toEqual([Role.ADMIN, Role.PARTNER]);
    }
    expect(operationAccess['Query.auditLog']).toEqual([Role.ADMIN]);
    expect(operationAccess['Mutation.importPartnerFile']).toEqual([Role.ADMIN, Role.PARTNER]);
  });
});

describe('every operation as every caller', () => {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await createTestHub();
  });
  afterAll(async () => {
    await testHub.close();
  });

  const cases = operations.flatMap((operation) =>
    callers.map((caller) => ({ operation, caller, allowed: mayCall(caller.viewer, operation.name) })),
  );

  it.each(cases.map((entry) => [entry.operation.name, entry.caller.label, entry.allowed ? 'allowed' : 'denied', entry] as const))(
    '%s as %s: %s',
    async (_name, _label, _expected, { operation, caller, allowed }) => {
      const { query, variables } = documentFor(operation);
      const response = await testHub.hub.apollo.executeOperation(
        { query, variables },
        { contextValue: testHub.hub.createContext({ viewer: caller.viewer }) },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const errors = response.body.singleResult.errors ?? [];
      // Denied means: refused by the access check for this very operation (auth checker or guard).
      const denial = errors.find(
        (error) => ['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(error.extensions?.code)) && error.extensions?.operation === operation.name,
      );
      const validation = errors.find((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
      expect(validation, `the matrix's dummy call does not validate: ${query}`).toBeUndefined();
      if (allowed) expect(denial, JSON.stringify(errors)).toBeUndefined();
      else expect(denial?.extensions?.code).toBe(caller.viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    },
  );
});
