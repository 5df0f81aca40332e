import type { Server } from 'node:http';
import { pilotProgramme, type ProgrammeDefinition } from '@razem/seeds';
import { isInputObjectType, getNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../app/schema.js';
import { createHttpServer, listenOnLoopback } from '../../http/server.js';
import { documentFor, rootOperations, type RootOperation } from '../../test-support/graphql-operations.js';
import { importLines, REGISTER_HEADER } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { createApiToken, viewerForApiToken } from '../api-token/api-token.service.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ImportBatch } from '../imports/import-batch.entity.js';
import { loadProgrammeStructure } from '../programme/programme-structure.service.js';
import { mayCall } from '../../access/access-rules.js';
import { unknownProgrammeAnswer } from './programme-access.js';
import { Role, type Viewer } from '../../access/viewer.js';

/**
 * Roles per programme: two programmes on one hub (the pilot and a copy of its structure under another
 * code, with its own participants), accounts granted one, the other or both, and every read and write
 * path — each GraphQL operation that names a programme (read from the schema, so a new one is covered
 * without editing this file), exports, reports, uploads, the audit log, withdrawals, the response
 * cache. No account reads or changes anything of a programme it was not granted, and such a programme
 * answers exactly as one that does not exist.
 */
const PILOT = pilotProgramme.code;
const SECOND = 'ROLES-SECOND-2020';
const MISSING = 'NO-SUCH-2099';
const secondProgramme: ProgrammeDefinition = { ...pilotProgramme, code: SECOND, name: 'Drugi program (test ról)' };

/** A valid PESEL from its first ten digits (the register importer checks the control digit). */
function pesel(firstTen: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...firstTen].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return `${firstTen}${(10 - (sum % 10)) % 10}`;
}
const registerRow = (code: string, serial: number) => `${code};${pesel(`850315${String(serial).padStart(4, '0')}`)};2011-09-05;;;BEZROBOTNY;PODSTAWOWE`;

const schema = await buildHubSchema();
/** Every root operation that names a programme: a `programme` argument, or one inside an input object. */
const programmeOperations = rootOperations(schema).filter((operation) =>
  operation.field.args.some((arg) => {
    if (arg.name === 'programme') return true;
    const type = getNamedType(arg.type);
    return isInputObjectType(type) && 'programme' in type.getFields();
  }),
);

function documentNaming(operation: RootOperation, programmeCode: string): { query: string; variables: Record<string, unknown> } {
  const document = documentFor(operation);
  const variables = Object.fromEntries(
    Object.entries(document.variables).map(([name, value]) => {
      if (name === 'programme') return [name, programmeCode];
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'programme' in value) return [name, { ...value, programme: programmeCode }];
      return [name, value];
    }),
  );
  if (!('programme' in variables) && !Object.values(variables).some((value) => value !== null && typeof value === 'object' && 'programme' in value)) {
    // An optional programme argument: name it in the call.
    const argument = `programme: ${JSON.stringify(programmeCode)}`;
    const call = `{ ${operation.field.name}(`;
    const query = document.query.includes(call)
      ? document.query.replace(call, `${call}${argument}, `)
      : document.query.replace(`{ ${operation.field.name}`, `{ ${operation.field.name}(${argument})`);
    return { query, variables };
  }
  return { query: document.query, variables };
}

interface Account {
  label: string;
  role: Role;
  partnerCode: string | null;
  /** Granted programmes; undefined: an ADMIN of the whole hub. */
  programmes?: string[];
}

const ACCOUNTS = {
  admin: { label: 'ADMIN of the hub', role: Role.ADMIN, partnerCode: null },
  pilotAdmin: { label: 'ADMIN of the pilot', role: Role.ADMIN, partnerCode: null, programmes: [PILOT] },
  pilotSteering: { label: 'STEERING of the pilot', role: Role.STEERING, partnerCode: null, programmes: [PILOT] },
  bothSteering: { label: 'STEERING of both', role: Role.STEERING, partnerCode: null, programmes: [PILOT, SECOND] },
  secondEvaluator: { label: 'EVALUATOR of the second', role: Role.EVALUATOR, partnerCode: null, programmes: [SECOND] },
  pilotMops: { label: 'PARTNER MOPS of the pilot', role: Role.PARTNER, partnerCode: 'MOPS', programmes: [PILOT] },
  secondMops: { label: 'PARTNER MOPS of the second', role: Role.PARTNER, partnerCode: 'MOPS', programmes: [SECOND] },
} satisfies Record<string, Account>;
type AccountName = keyof typeof ACCOUNTS;
const SCOPED = (Object.keys(ACCOUNTS) as AccountName[]).filter((name) => (ACCOUNTS[name] as Account).programmes !== undefined);
const unseenBy = (name: AccountName) => [PILOT, SECOND].filter((code) => !(ACCOUNTS[name] as Account).programmes!.includes(code));

/** An answer with one programme code written as <P>, to compare the answers for two codes. */
const withCodeMasked = (answer: unknown, code: string) => JSON.parse(JSON.stringify(answer).replaceAll(code, '<P>')) as unknown;

describe('roles per programme', () => {
  let testHub: TestHub;
  let server: Server;
  let base: string;
  const tokens = {} as Record<AccountName, string>;
  const viewers = {} as Record<AccountName, Viewer>;
  let secondBatch: number;

  const execute = async (name: AccountName, query: string, variables: Record<string, unknown> = {}) => {
    const response = await testHub.hub.apollo.executeOperation({ query, variables }, { contextValue: testHub.hub.createContext({ viewer: viewers[name] }) });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult;
  };
  const data = async <T>(name: AccountName, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await execute(name, query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  };
  const http = async (name: AccountName, path: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${tokens[name]}`, ...init.headers } });
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: type.includes('json') ? ((await response.json()) as unknown) : (await response.arrayBuffer()).byteLength };
  };
  const upload = (name: AccountName, programme: string, lines: string[]) =>
    http(name, `/imports/mops-register?programme=${programme}&partner=MOPS`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: `${lines.join('\r\n')}\r\n`,
    });

  beforeAll(async () => {
    testHub = await createTestHub();
    await loadProgrammeStructure({ em: testHub.database.orm.em.fork(), definition: secondProgramme, actor: 'test' });
    for (const [name, account] of Object.entries(ACCOUNTS) as [AccountName, Account][]) {
      const binding = { role: account.role, partnerCode: account.partnerCode, ...(account.programmes ? { programmes: account.programmes } : {}) };
      ({ token: tokens[name] } = await createApiToken(testHub.database.orm.em.fork(), { secret: testHub.hub.secret, binding, name, createdBy: 'test' }));
      viewers[name] = (await viewerForApiToken(testHub.database.orm.em.fork(), { secret: testHub.hub.secret, token: tokens[name] }))!;
    }
    await importLines(testHub.database.orm, 'mops-register', [REGISTER_HEADER, registerRow('RDR-001', 1), registerRow('RDR-002', 2)]);
    server = createHttpServer({ hub: testHub.hub });
    base = await listenOnLoopback(server);
    // The second programme's register arrives as its own partner uploads it: a write inside its grant.
    const uploaded = await upload('secondMops', SECOND, [REGISTER_HEADER, registerRow('RDR-101', 101), registerRow('RDR-102', 102), registerRow('RDR-103', 103)]);
    expect(uploaded).toMatchObject({ status: 200, body: { outcome: 'SUCCEEDED' } });
    secondBatch = (uploaded.body as { batch: number }).batch;
  });
  afterAll(async () => {
    server?.close();
    await testHub?.close();
  });

  it('gives each account its own programmes: tokens carry them, `programmes` and `me.programmes` list them', async () => {
    expect(viewers.admin.programmes).toBeUndefined();
    expect(viewers.bothSteering.programmes).toEqual([PILOT, SECOND]);
    const query = '{ programmes { code } me { role programmes { code name role partnerCode } } }';
    const admin = await data<{ programmes: { code: string }[] }>('admin', query);
    expect(admin.programmes.map((programme) => programme.code)).toEqual([PILOT, SECOND]);
    expect(await data('pilotMops', query)).toEqual({
      programmes: [{ code: PILOT }],
      me: { role: 'PARTNER', programmes: [{ code: PILOT, name: pilotProgramme.name, role: 'PARTNER', partnerCode: 'MOPS' }] },
    });
    expect(await data('bothSteering', query)).toEqual({
      programmes: [{ code: PILOT }, { code: SECOND }],
      me: {
        role: 'STEERING',
        programmes: [
          { code: PILOT, name: pilotProgramme.name, role: 'STEERING', partnerCode: null },
          { code: SECOND, name: secondProgramme.name, role: 'STEERING', partnerCode: null },
        ],
      },
    });
    // `programme(code)` answers null for a programme that is not the caller's, as for one that does not exist.
    for (const code of [SECOND, MISSING]) expect(await data('pilotAdmin', 'query ($code: String!) { programme(code: $code) { code } }', { code })).toEqual({ programme: null });
    expect(await data('secondEvaluator', `{ programme(code: "${SECOND}") { code partners { code } } }`)).toEqual({
      programme: { code: SECOND, partners: [{ code: 'CISI' }, { code: 'MOPS' }, { code: 'ZDZ' }] },
    });
  });

  it('refuses every GraphQL operation naming a programme the account was not granted exactly as one that does not exist', async () => {
    expect(programmeOperations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(['Query.aggregate', 'Query.indicators', 'Query.participants', 'Query.participant', 'Query.participantReport', 'Query.imports', 'Query.submissions', 'Query.periodApprovals', 'Mutation.importPartnerFile', 'Mutation.approvePeriod', 'Mutation.reopenPeriod']),
    );
    for (const name of SCOPED) {
      for (const unseen of unseenBy(name)) {
        for (const operation of programmeOperations) {
          const refused = await execute(name, ...(Object.values(documentNaming(operation, unseen)) as [string, Record<string, unknown>]));
          const missing = await execute(name, ...(Object.values(documentNaming(operation, MISSING)) as [string, Record<string, unknown>]));
          const where = `${operation.name} as ${ACCOUNTS[name].label} for ${unseen}`;
          expect(withCodeMasked(refused, unseen), where).toEqual(withCodeMasked(missing, MISSING));
          if (!mayCall(viewers[name], operation.name)) {
            expect(refused.errors?.[0]?.extensions?.code, where).toBe('FORBIDDEN');
            continue;
          }
          expect(refused.errors?.map((error) => ({ message: error.message, code: error.extensions?.code, argument: error.extensions?.argument })), where).toEqual([
            { message: `There is no programme with the code "${unseen}".`, code: 'BAD_USER_INPUT', argument: 'programme' },
          ]);
        }
      }
    }
  });

  it('answers each account from its own programmes only, with exact figures', async () => {
    const total = 'query ($programme: String!) { aggregate(programme: $programme, measure: PARTICIPANTS) { value } indicators(programme: $programme) { code value } }';
    const figures = async (name: AccountName, programme: string) => {
      const answer = await data<{ aggregate: { value: number }[]; indicators: { code: string; value: number }[] }>(name, total, { programme });
      return [answer.aggregate[0]!.value, answer.indicators.find((indicator) => indicator.code === 'PARTICIPANTS')!.value];
    };
    expect(await figures('bothSteering', PILOT)).toEqual([2, 2]);
    expect(await figures('bothSteering', SECOND)).toEqual([3, 3]);
    expect(await figures('pilotSteering', PILOT)).toEqual([2, 2]);

    const codes = 'query ($programme: String!) { participants(programme: $programme) { nodes { code } } }';
    const participantCodes = async (name: AccountName, programme: string) =>
      (await data<{ participants: { nodes: { code: string }[] } }>(name, codes, { programme })).participants.nodes.map((node) => node.code);
    expect(await participantCodes('pilotAdmin', PILOT)).toEqual(['RDR-001', 'RDR-002']);
    expect(await participantCodes('pilotMops', PILOT)).toEqual(['RDR-001', 'RDR-002']);
    expect(await participantCodes('secondMops', SECOND)).toEqual(['RDR-101', 'RDR-102', 'RDR-103']);
    expect(await participantCodes('admin', SECOND)).toEqual(['RDR-101', 'RDR-102', 'RDR-103']);

    const batches = 'query ($programme: String!) { imports(programme: $programme) { id } }';
    expect(await data('pilotMops', batches, { programme: PILOT })).toEqual({ imports: [{ id: expect.any(String) }] });
    expect(await data('secondMops', batches, { programme: SECOND })).toEqual({ imports: [{ id: String(secondBatch) }] });
  });

  it('withdraws only batches of granted programmes: another programme\'s batch answers like no batch', async () => {
    const withdraw = 'mutation ($batch: Int!) { withdrawImport(batch: $batch) { deleted } }';
    const refused = await execute('pilotAdmin', withdraw, { batch: secondBatch });
    const missing = await execute('pilotAdmin', withdraw, { batch: 999_999 });
    const shape = (result: typeof refused, batch: number) => result.errors?.map((error) => ({ message: error.message.replace(String(batch), '<B>'), code: error.extensions?.code, reason: error.extensions?.reason }));
    expect(shape(refused, secondBatch)).toEqual(shape(missing, 999_999));
    expect(shape(refused, secondBatch)).toEqual([{ message: 'No import batch <B> that you may withdraw.', code: 'NOT_FOUND', reason: 'NOT_FOUND' }]);
    expect(await testHub.database.orm.em.fork().findOneOrFail(ImportBatch, secondBatch)).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('shows an ADMIN of one programme only that programme\'s audit entries', async () => {
    const audit = '{ auditLog(first: 200) { nodes { action programmeCode } } }';
    const scoped = (await data<{ auditLog: { nodes: { action: string; programmeCode: string | null }[] } }>('pilotAdmin', audit)).auditLog.nodes;
    expect(scoped.length).toBeGreaterThan(0);
    expect(new Set(scoped.map((entry) => entry.programmeCode))).toEqual(new Set([PILOT]));
    const everything = (await data<{ auditLog: { nodes: { programmeCode: string | null }[] } }>('admin', audit)).auditLog.nodes;
    expect(everything.some((entry) => entry.programmeCode === SECOND)).toBe(true);
    expect(await testHub.database.orm.em.fork().count(AuditEntry, { programmeCode: SECOND })).toBeGreaterThan(0);
  });

  it('refuses exports, reports and uploads of another programme over HTTP exactly as a missing one, before reading anything', async () => {
    const paths = (code: string) => [
      `/exports/indicators.json?programme=${code}`,
      `/exports/aggregate.csv?programme=${code}&measure=PARTICIPANTS&groupBy=SEX`,
      `/reports/steering.pdf?programme=${code}&month=2012-03`,
      `/reports/submissions.json?programme=${code}`,
    ];
    for (const name of SCOPED) {
      for (const unseen of unseenBy(name)) {
        const missingAnswers = await Promise.all(paths(MISSING).map((path) => http(name, path)));
        const refusedAnswers = await Promise.all(paths(unseen).map((path) => http(name, path)));
        refusedAnswers.forEach((refused, index) => {
          const where = `${paths(unseen)[index]} as ${ACCOUNTS[name].label}`;
          expect(withCodeMasked(refused, unseen), where).toEqual(withCodeMasked(missingAnswers[index], MISSING));
          if (refused.status !== 403) expect(refused, where).toEqual({ status: 400, body: { error: unknownProgrammeAnswer(unseen) } });
        });
        const refusedUpload = await upload(name, unseen, [REGISTER_HEADER, registerRow('RDR-199', 199)]);
        expect(withCodeMasked(refusedUpload, unseen)).toEqual(withCodeMasked(await upload(name, MISSING, [REGISTER_HEADER]), MISSING));
        expect(refusedUpload).toEqual({ status: 400, body: { error: unknownProgrammeAnswer(unseen) } });
      }
    }
    // Inside the grant the same requests are answered.
    expect(await http('secondEvaluator', `/exports/indicators.json?programme=${SECOND}`)).toMatchObject({ status: 200 });
    expect(await http('pilotSteering', `/reports/steering.pdf?programme=${PILOT}&month=2012-03`)).toMatchObject({ status: 200 });
    expect(await http('pilotMops', `/reports/submissions.json?programme=${PILOT}`)).toMatchObject({ status: 200 });
    expect((await testHub.database.orm.em.fork().find(ImportBatch, {}, { populate: ['programme'] })).map((batch) => batch.programme.getEntity().code).sort()).toEqual([PILOT, SECOND]);
  });

  it('never serves another programme\'s analytics from the response cache', async () => {
    const body = JSON.stringify({ query: `{ aggregate(programme: "${SECOND}", measure: PARTICIPANTS) { value } }` });
    const post = (name: AccountName) => http(name, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    // The same role, granted the second programme, asks first (twice: the answer is then cached).
    for (let attempt = 0; attempt < 2; attempt += 1) expect(await post('bothSteering')).toEqual({ status: 200, body: { data: { aggregate: [{ value: 3 }] } } });
    const refused = await post('pilotSteering');
    expect((refused.body as { errors: { message: string; extensions: { code: string } }[] }).errors.map((error) => [error.extensions.code, error.message])).toEqual([
      ['BAD_USER_INPUT', `There is no programme with the code "${SECOND}".`],
    ]);
  });

  it('lets an ADMIN grant and revoke programmes of accounts, within its own programmes, audited', async () => {
    const change = 'mutation ($programme: String!, $tokenId: Int, $email: String) { grantProgramme(programme: $programme, tokenId: $tokenId, email: $email) }';
    const evaluatorId = viewers.secondEvaluator.tokenId!;
    // The pilot's ADMIN grants the pilot to the second programme's evaluator, and sees only the pilot of what it holds.
    expect(await data('pilotAdmin', change, { programme: PILOT, tokenId: evaluatorId })).toEqual({ grantProgramme: [PILOT] });
    const evaluator = await viewerForApiToken(testHub.database.orm.em.fork(), { secret: testHub.hub.secret, token: tokens.secondEvaluator });
    expect(evaluator!.programmes).toEqual([PILOT, SECOND]);
    expect(await data('admin', change, { programme: PILOT, tokenId: evaluatorId })).toEqual({ grantProgramme: [PILOT, SECOND] });

    const refusals = await Promise.all([
      execute('pilotAdmin', change, { programme: PILOT }),
      execute('pilotAdmin', change, { programme: PILOT, email: 'nobody@example.org' }),
      execute('pilotAdmin', change, { programme: PILOT, tokenId: viewers.admin.tokenId }),
    ]);
    expect(refusals.map((result) => result.errors?.map((error) => [error.extensions?.code, error.message]))).toEqual([
      [['BAD_USER_INPUT', 'Name one account: either `email` (a user) or `tokenId` (an API token).']],
      [['BAD_USER_INPUT', 'There is no user with the e-mail nobody@example.org.']],
      [['BAD_USER_INPUT', `token ${viewers.admin.tokenId} is an ADMIN of the whole hub: it sees every programme without grants.`]],
    ]);

    const revoke = 'mutation ($programme: String!, $tokenId: Int) { revokeProgramme(programme: $programme, tokenId: $tokenId) }';
    expect(await data('pilotAdmin', revoke, { programme: PILOT, tokenId: evaluatorId })).toEqual({ revokeProgramme: [] });
    // From its next request the token is answered without the pilot.
    const after = await viewerForApiToken(testHub.database.orm.em.fork(), { secret: testHub.hub.secret, token: tokens.secondEvaluator });
    expect(after!.programmes).toEqual([SECOND]);
    const entries = await testHub.database.orm.em.fork().find(AuditEntry, { action: { $like: 'grant.%' } }, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => [entry.actor, entry.action, entry.programmeCode, entry.entityKey])).toEqual([
      ['token:pilotAdmin', 'grant.add', PILOT, String(evaluatorId)],
      ['token:pilotAdmin', 'grant.revoke', PILOT, String(evaluatorId)],
    ]);
  });
});
