import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { Role } from '../access/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { analyticsAnswers } from '../observability/metrics.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../test-support/test-hub.js';
import { createHttpServer, listenOnLoopback } from './server.js';

const BY_SEX = 'query BySex($programme: String!) { aggregate(programme: $programme, measure: PARTICIPANTS, groupBy: [SEX]) { keys { code } value suppressed } }';

describe('whole responses to analytics-only operations, reused over HTTP', () => {
  let testHub: TestHub;
  let server: Server;
  let base: string;
  let programmeId: number;
  const tokens: Partial<Record<Role, string>> = {};

  const post = (role: Role, body: unknown, contentType = 'application/json') =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${tokens[role]}` },
      body: JSON.stringify(body),
    });
  const bySex = async (role: Role) => {
    const response = await post(role, { query: BY_SEX, operationName: 'BySex', variables: { programme: 'RDR-PLOCK-2011' } });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { aggregate: { keys: { code: string }[]; value: number | null; suppressed: boolean }[] } };
    return data.aggregate.map((row) => [row.keys[0]!.code, row.value, row.suppressed]);
  };
  const reused = async () => (await analyticsAnswers.get()).values.find((value) => value.labels.source === 'response-cache')?.value ?? 0;
  const write = (statement: string, values: unknown[] = []) => testHub.database.orm.em.fork().getConnection().execute(statement, values);

  beforeAll(async () => {
    testHub = await createTestHub();
    await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
    programmeId = (await testHub.database.orm.em.fork().findOneOrFail(Programme, { code: 'RDR-PLOCK-2011' })).id;
    for (const role of [Role.STEERING, Role.EVALUATOR]) {
      const binding = { role, partnerCode: null };
      tokens[role] = (await createApiToken(testHub.database.orm.em.fork(), { secret: TEST_HUB_SECRET, binding, name: `cache ${role}`, createdBy: 'test' })).token;
    }
    server = createHttpServer({ hub: testHub.hub });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    server.close();
    await testHub.close();
  });

  it('sends the same bytes again for the same question and role, and a fresh answer once the data changes', async () => {
    const before = await reused();
    expect(await bySex(Role.STEERING)).toEqual([['FEMALE', 5, false], ['MALE', 3, false]]);
    expect(await bySex(Role.STEERING)).toEqual([['FEMALE', 5, false], ['MALE', 3, false]]);
    expect(await reused()).toBe(before + 1);
    // Another role asking the same text gets its own answer: protected for EVALUATOR (MALE's 3 rests on fewer than K).
    const evaluator = await bySex(Role.EVALUATOR);
    expect(evaluator).not.toEqual([['FEMALE', 5, false], ['MALE', 3, false]]);
    expect(evaluator[1]).toEqual(['MALE', null, true]);
    expect(await reused()).toBe(before + 1);

    await write(`update participant set sex = 'MALE' where code = 'RDR-008' and programme_id = ?`, [programmeId]);
    expect(await bySex(Role.STEERING)).toEqual([['FEMALE', 4, false], ['MALE', 4, false]]);
    await write(`update participant set sex = 'FEMALE' where code = 'RDR-008' and programme_id = ?`, [programmeId]);
    expect(await bySex(Role.STEERING)).toEqual([['FEMALE', 5, false], ['MALE', 3, false]]);
  });

  it('keys a question over several programmes (programmes: [...], literal or variable) by every one\'s data version', async () => {
    const acrossSex = async (variables: boolean) => {
      const body = variables
        ? { query: 'query ($codes: [String!]) { aggregate(programmes: $codes, measure: PARTICIPANTS) { value } }', variables: { codes: ['RDR-PLOCK-2011'] } }
        : { query: '{ aggregate(programmes: ["RDR-PLOCK-2011"], measure: PARTICIPANTS) { value } }' };
      const response = await post(Role.STEERING, body);
      expect(response.status).toBe(200);
      return ((await response.json()) as { data: { aggregate: { value: number }[] } }).data.aggregate[0]!.value;
    };
    for (const variables of [false, true]) {
      const before = await reused();
      expect(await acrossSex(variables)).toBe(8);
      expect(await acrossSex(variables)).toBe(8);
      expect(await reused()).toBe(before + 1);
      // A ninth participant: the programme's version moves, the kept response is not sent again.
      await write(
        `insert into participant (programme_id, code, pesel_hash, sex, birth_date, entry_date, labour_status, education_level)
         values (?, 'RDR-ACROSS', repeat('a', 64), 'MALE', '1990-01-01', '2011-10-03', 'UNEMPLOYED', 'PRIMARY')`,
        [programmeId],
      );
      expect(await acrossSex(variables)).toBe(9);
      expect(await reused()).toBe(before + 1);
      await write(`delete from participant where code = 'RDR-ACROSS'`);
    }
  });

  it('keeps Apollo\'s CSRF prevention, errors and other operations out of it', async () => {
    expect(await bySex(Role.STEERING)).toEqual([['FEMALE', 5, false], ['MALE', 3, false]]);
    const before = await reused();
    // A "simple" cross-site POST is refused even though its text was answered a moment ago.
    const simple = await post(Role.STEERING, { query: BY_SEX, operationName: 'BySex', variables: { programme: 'RDR-PLOCK-2011' } }, 'text/plain');
    expect(simple.status).toBe(400);
    // An unknown programme is an error every time, never a cached answer.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const unknown = await post(Role.STEERING, { query: BY_SEX, variables: { programme: 'NOPE' } });
      expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
    // A document asking anything else besides analytics is always executed.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const mixed = await post(Role.STEERING, { query: `{ me { role } indicators(programme: "RDR-PLOCK-2011") { code } }` });
      expect(mixed.status).toBe(200);
    }
    expect(await reused()).toBe(before);
  });
});
