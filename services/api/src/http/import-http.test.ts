import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../database/sql-fragment.js';
import { createHttpServer, listenOnLoopback } from './server.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { Role } from '../access/viewer.js';
import { createUser } from '../modules/user/user.service.js';

const PASSWORD = 'a long enough password';
const REGISTER = [
  'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie',
  'RDR-001;85031501234;2011-09-05;2012-11-30;UKONCZENIE;BEZROBOTNY;PODSTAWOWE',
  'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
].join('\r\n');
/** The cap this file's hub is started with (HUB_MAX_UPLOAD_BYTES). */
const CAP = 4096;

describe('POST /imports/{kind}', () => {
  let testHub: TestHub;
  let server: Server;
  let base: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    testHub = await createTestHub({ config: { HUB_MAX_UPLOAD_BYTES: String(CAP) } });
    for (const [name, role, partnerCode] of [['admin', Role.ADMIN, null], ['steering', Role.STEERING, null], ['cisi', Role.PARTNER, 'CISI']] as const) {
      tokens[name] = (await createApiToken(testHub.database.orm.em.fork(), { secret: testHub.hub.secret, binding: { role, partnerCode }, name, createdBy: 'test' })).token;
    }
    await createUser(testHub.database.orm.em.fork(), { email: 'mops@example.org', password: PASSWORD, binding: { role: Role.PARTNER, partnerCode: 'MOPS' } });
    server = createHttpServer({ hub: testHub.hub });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    server.close();
    await testHub.close();
  });

  const upload = async (pathAndQuery: string, body: string | Buffer, headers: Record<string, string> = { authorization: `Bearer ${tokens.admin}` }) => {
    const response = await fetch(`${base}${pathAndQuery}`, { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const batchCount = async () =>
    Number((await runSql<{ count: string }>(testHub.database.orm.em.fork(), sql`select count(*) from import_batch`))[0]!.count);

  it('imports a file sent with a session cookie and answers the report; a re-upload changes nothing', async () => {
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', variables: { e: 'mops@example.org', p: PASSWORD } }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const first = await upload('/imports/mops-register?programme=RDR-PLOCK-2011&partner=MOPS&encoding=utf-8&mode=merge&dryRun=false&fileName=rejestr.csv', REGISTER, { cookie });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      outcome: 'SUCCEEDED', programme: 'RDR-PLOCK-2011', partner: 'MOPS', kind: 'mops-register', fileName: 'rejestr.csv',
      rowsRead: 2, inserted: 2, updated: 0, unchanged: 0, totalErrors: 0, badRows: 0, errorsByCode: {}, errors: [],
    });
    const again = await upload('/imports/mops-register?programme=RDR-PLOCK-2011', REGISTER, { cookie });
    expect(again.body).toMatchObject({ outcome: 'SUCCEEDED', inserted: 0, unchanged: 2 });
    // The same cookie with a content type a cross-site form could send is refused like Apollo refuses it.
    const forged = await upload('/imports/mops-register?programme=RDR-PLOCK-2011', REGISTER, { cookie, 'content-type': 'text/plain' });
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    expect(String((forged.body.error as { message: string }).message)).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers 422 with the report for a rejected file', async () => {
    const rejected = await upload('/imports/mops-workshops?programme=RDR-PLOCK-2011', 'kod_uczestnika;warsztat;data;godziny;obecnosc\r\nRDR-999;MOPS-W1;2011-10-05;3;OB\r\n');
    expect(rejected.status).toBe(422);
    expect(rejected.body).toMatchObject({
      outcome: 'REJECTED', rowsRead: 1, totalErrors: 1, badRows: 1, errorsByCode: { UNKNOWN_PARTICIPANT: 1 },
      errors: [{ line: 2, column: 'kod_uczestnika', value: 'RDR-999', code: 'UNKNOWN_PARTICIPANT', reason: 'no such participant in the MOPS register' }],
    });
  });

  it('refuses anonymous callers and bad tokens (401), other partners and read-only roles (403)', async () => {
    const before = await batchCount();
    expect((await upload('/imports/mops-register?programme=RDR-PLOCK-2011', REGISTER, {})).status).toBe(401);
    expect((await upload('/imports/mops-register?programme=RDR-PLOCK-2011', REGISTER, { authorization: 'Bearer nope' })).status).toBe(401);
    const steering = await upload('/imports/mops-register?programme=RDR-PLOCK-2011', REGISTER, { authorization: `Bearer ${tokens.steering}` });
    expect(steering).toEqual({ status: 403, body: { error: { code: 'FORBIDDEN', message: "The STEERING role may not import MOPS's files." } } });
    const cisi = await upload('/imports/mops-register?programme=RDR-PLOCK-2011', REGISTER, { authorization: `Bearer ${tokens.cisi}` });
    expect(cisi).toEqual({ status: 403, body: { error: { code: 'FORBIDDEN', message: "The PARTNER role of CISI may not import MOPS's files." } } });
    expect(await batchCount()).toBe(before);
  });

  it('answers 400 naming the parameter for bad parameters', async () => {
    const cases: Array<[string, string, string]> = [
      ['/imports/mops-nothing?programme=RDR-PLOCK-2011', 'kind', 'Unknown file kind "mops-nothing": expected one of mops-register, mops-workshops, mops-childcare, mops-results, cisi-attendance, cisi-support, zdz-attendance, zdz-exams.'],
      ['/imports/mops-register', 'programme', 'The programme parameter is required (its code, e.g. RDR-PLOCK-2011).'],
      ['/imports/mops-register?programme=RDR-PLOCK-2011&partner=CISI', 'partner', 'A mops-register file belongs to MOPS, not "CISI".'],
      ['/imports/mops-register?programme=RDR-PLOCK-2011&encoding=latin1', 'encoding', 'Unknown encoding "latin1": expected utf-8 or windows-1250.'],
      ['/imports/mops-register?programme=RDR-PLOCK-2011&mode=append', 'mode', 'Unknown mode "append": expected merge or replace.'],
      ['/imports/mops-register?programme=RDR-PLOCK-2011&dryRun=yes', 'dryRun', 'dryRun must be true or false, not "yes".'],
      ['/imports/mops-register?programme=RDR-PLOCK-2011&allowMassDelete=1', 'allowMassDelete', 'allowMassDelete must be true or false, not "1".'],
      ['/imports/mops-register?programme=RDR-PLOCK-2011&kind=x', 'kind', 'Unknown parameter kind: expected programme, partner, encoding, mode, dryRun, allowMassDelete, from, to, fileName.'],
    ];
    const before = await batchCount();
    for (const [url, parameter, message] of cases) {
      expect(await upload(url, REGISTER), url).toEqual({ status: 400, body: { error: { code: 'BAD_REQUEST', parameter, message } } });
    }
    const unknownProgramme = await upload('/imports/mops-register?programme=NOPE', REGISTER);
    expect(unknownProgramme).toEqual({ status: 400, body: { error: { code: 'BAD_REQUEST', message: 'Unknown programme "NOPE".' } } });
    expect(await batchCount()).toBe(before);
  });

  it('previews with dryRun=true (200, PREVIEWED, nothing stored)', async () => {
    const participants = async () => (await runSql<{ n: number }>(testHub.database.orm.em.fork(), sql`select count(*)::int as n from participant`))[0]!.n;
    const before = await participants();
    const preview = await upload('/imports/mops-register?programme=RDR-PLOCK-2011&mode=merge&dryRun=true', REGISTER);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ outcome: 'PREVIEWED', mode: 'MERGE' });
    expect(await participants()).toBe(before);
  });

  it('refuses a body over HUB_MAX_UPLOAD_BYTES with 413, declared or streamed, and records no batch', async () => {
    const before = await batchCount();
    const big = Buffer.from(`${REGISTER}\r\n${'RDR-009;85031501234;2011-09-05;;;BIERNY;WYZSZE\r\n'.repeat(100)}`);
    expect(big.length).toBeGreaterThan(CAP);
    const declared = await upload('/imports/mops-register?programme=RDR-PLOCK-2011', big);
    expect(declared.status).toBe(413);
    expect(declared.body).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than the upload limit of 4,096 bytes (HUB_MAX_UPLOAD_BYTES).' } });
    // Chunked, without a length: refused once the streamed bytes pass the cap.
    const chunked = await fetch(`${base}/imports/mops-register?programme=RDR-PLOCK-2011`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${tokens.admin}` },
      body: new ReadableStream({
        start(controller) {
          for (let offset = 0; offset < big.length; offset += 1000) controller.enqueue(big.subarray(offset, offset + 1000));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await batchCount()).toBe(before);
  });

  it('refuses a NUL in any GraphQL string argument as BAD_USER_INPUT, not a server error', async () => {
    const post = (body: unknown) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.admin}` }, body: JSON.stringify(body) });
    const expected = { errors: [{ message: 'A string in the request contains a NUL character (\\u0000), which the hub does not accept.', extensions: { code: 'BAD_USER_INPUT' } }] };
    for (const body of [
      { query: 'query($c: String!) { programme(code: $c) { code } }', variables: { c: 'RDR\u0000' } },
      { query: '{ programme(code: "RDR\\u0000") { code } }' },
      { query: 'query($e: String!) { auditLog(action: $e) { edges { cursor } } }', variables: { e: '\u0000' } },
    ]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(expected);
    }
  });

  it('answers a full database disk with 507 and the reason, stores nothing and leaves no batch RUNNING', async () => {
    const em = testHub.database.orm.em.fork();
    // PostgreSQL's disk_full (53100), raised where the merge writes: what a full disk does mid-import.
    await runSql(em, sql`create function simulate_disk_full() returns trigger language plpgsql as $$
      begin raise exception 'could not extend file: No space left on device' using errcode = 'disk_full'; end $$`);
    await runSql(em, sql`create trigger simulate_disk_full before insert on participant for each statement execute function simulate_disk_full()`);
    // ALWAYS, like the hub's own triggers that must see bulk writes (the merge runs as replica for speed).
    await runSql(em, sql`alter table participant enable always trigger simulate_disk_full`);
    try {
      const full = await upload('/imports/mops-register?programme=RDR-PLOCK-2011', `${REGISTER}\r\nRDR-003;01210707895;2011-10-03;;;BIERNY;GIMNAZJALNE`);
      expect(full.status).toBe(507);
      expect(full.body).toMatchObject({ error: { code: 'DISK_FULL' } });
      expect((full.body.error as { message: string }).message).toMatch(/^no space left on the database disk; nothing was stored \(request [0-9a-f-]{36}\)\.$/);
      const [batch] = await runSql<{ status: string; report: unknown }>(em, sql`select status, report from import_batch order by id desc limit 1`);
      expect(batch).toEqual({ status: 'INTERRUPTED', report: { error: 'no space left on the database disk; nothing was stored' } });
      expect(await runSql(em, sql`select count(*)::int as n from participant where code = 'RDR-003'`)).toEqual([{ n: 0 }]);
    } finally {
      await runSql(em, sql`drop trigger simulate_disk_full on participant`);
      await runSql(em, sql`drop function simulate_disk_full()`);
    }
  });
});
