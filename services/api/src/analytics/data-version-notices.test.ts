import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/viewer.js';
import { createHttpServer, listenOnLoopback } from '../http/server.js';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { refreshRollupsUnderImportLock } from '../modules/imports/import-locks.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { waitUntil } from '../test-support/wait-until.js';
import { RequestDataStates } from './answer-cache.js';
import { DataVersionNotices } from './data-version-notices.js';

/**
 * Data version notices: every change of a programme's data version is announced by the database
 * (AnalyticsVersionNotices migration) to every listening hub, which then computes its next answer for
 * that programme in ONE statement that reads the version too, instead of reading the version first.
 * The notice is a hint: the answers stay exact when it says the rollups are not fresh, and the version
 * kept with an answer is always the one its statement read.
 */

const PROGRAMME = 'RDR-PLOCK-2011';
const BY_SEX = `{ aggregate(programme: "${PROGRAMME}", measure: PARTICIPANTS, groupBy: [SEX]) { keys { code } value } }`;
/** The hub's own version read (answer-cache.ts readDataStates). */
const VERSION_READ = /select pr\.code, st\.version, st\.dirty from programme pr join analytics_rollup_state/;
/** An aggregate statement (aggregate-sql.ts: the `prog` CTE, then the cells). */
const AGGREGATE_STATEMENT = /with prog as \(select pr\.id, pr\.start_date/;

let testHub: TestHub;
let programmeId: number;
const statements: string[] = [];

/** Writes as another process would: SQL on a connection of the test's own, outside the hub. */
const write = (statement: string, values: unknown[] = []) => testHub.database.orm.em.fork().getConnection().execute(statement, values);

/** Participants by sex as STEERING sees them, and the statements the hub sent to answer. */
async function bySex(): Promise<{ answer: Record<string, number | null>; versionReads: number; aggregateStatements: number }> {
  statements.length = 0;
  const result = await testHub.hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null }[] }>(BY_SEX, {}, viewerFor(Role.STEERING));
  expect(result.errors).toBeUndefined();
  return {
    answer: Object.fromEntries(result.data!.aggregate.map((row) => [row.keys[0]!.code, row.value])),
    versionReads: statements.filter((statement) => VERSION_READ.test(statement)).length,
    aggregateStatements: statements.filter((statement) => AGGREGATE_STATEMENT.test(statement)).length,
  };
}

let barriers = 0;
/**
 * Until the hub has heard every notice of the writes committed so far: PostgreSQL delivers notices in
 * commit order, so once a marker sent now has arrived, so have they.
 */
async function heard(): Promise<void> {
  const marker = `BARRIER-${(barriers += 1)}`;
  await write(`select pg_notify('analytics_data_version', ?)`, [JSON.stringify({ [marker]: '1' })]);
  await waitUntil('the hub heard the data version notices', () => testHub.hub.dataVersionNotices.announcedVersion(marker) === 1n, { timeoutMs: 10_000 });
}

beforeAll(async () => {
  testHub = await createTestHub({ onQuery: (message) => statements.push(message) });
  programmeId = (await testHub.database.orm.em.fork().findOneOrFail(Programme, { code: PROGRAMME })).id;
  await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
  await refreshRollupsUnderImportLock(testHub.database.orm.em.fork(), programmeId);
});
afterAll(async () => {
  await testHub?.close();
});

describe('data version notices', () => {
  it('let the first answer after a write be one statement that reads the version with the answer', async () => {
    await heard();
    expect(testHub.hub.analyticsCache.latestVersion(PROGRAMME)).toBeUndefined();
    // Never asked: one statement, which reads the version with the answer (no version read first).
    expect(await bySex()).toEqual({ answer: { FEMALE: 5, MALE: 3 }, versionReads: 0, aggregateStatements: 1 });
    // Asked again: the version is read, and the answer comes from the cache.
    expect(await bySex()).toEqual({ answer: { FEMALE: 5, MALE: 3 }, versionReads: 1, aggregateStatements: 0 });

    // Another process moves a woman to the men's side and refreshes the rollups: the hub hears of it.
    await write(`update participant set sex = 'MALE' where code = 'RDR-008' and programme_id = ?`, [programmeId]);
    await refreshRollupsUnderImportLock(testHub.database.orm.em.fork(), programmeId);
    await heard();
    expect(testHub.hub.analyticsCache.latestVersion(PROGRAMME)).toBeUndefined();
    expect(await bySex()).toEqual({ answer: { FEMALE: 4, MALE: 4 }, versionReads: 0, aggregateStatements: 1 });
    expect(await bySex()).toEqual({ answer: { FEMALE: 4, MALE: 4 }, versionReads: 1, aggregateStatements: 0 });
  });

  it('let requests that arrive while such a statement runs wait for its answer rather than compute it again', async () => {
    // RDR-008 is a man since the test above; back to a woman, refreshed.
    await write(`update participant set sex = 'FEMALE' where code = 'RDR-008' and programme_id = ?`, [programmeId]);
    await refreshRollupsUnderImportLock(testHub.database.orm.em.fork(), programmeId);
    await heard();
    statements.length = 0;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => testHub.hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null }[] }>(BY_SEX, {}, viewerFor(Role.STEERING))),
    );
    for (const answer of answers) expect(answer.data!.aggregate.map((row) => [row.keys[0]!.code, row.value])).toEqual([['FEMALE', 5], ['MALE', 3]]);
    // One computed the answer with the version; the four others read the version and took its answer.
    expect(statements.filter((statement) => AGGREGATE_STATEMENT.test(statement))).toHaveLength(1);
    expect(statements.filter((statement) => VERSION_READ.test(statement))).toHaveLength(4);
  });

  it('stay exact when the rollups are not fresh: the answer is asked again of the base tables', async () => {
    // A man again, not refreshed: the rollups still count a woman.
    await write(`update participant set sex = 'MALE' where code = 'RDR-008' and programme_id = ?`, [programmeId]);
    await heard();
    expect(await bySex()).toEqual({ answer: { FEMALE: 4, MALE: 4 }, versionReads: 0, aggregateStatements: 2 });
    await refreshRollupsUnderImportLock(testHub.database.orm.em.fork(), programmeId);
    await heard();
    expect(await bySex()).toEqual({ answer: { FEMALE: 4, MALE: 4 }, versionReads: 0, aggregateStatements: 1 });
  });

  it('over HTTP too: the first request after a heard change is one statement, the next a version read and the kept response', async () => {
    const server: Server = createHttpServer({ hub: testHub.hub });
    try {
      const base = await listenOnLoopback(server);
      const { token } = await createApiToken(testHub.database.orm.em.fork(), {
        secret: TEST_HUB_SECRET,
        binding: { role: Role.STEERING, partnerCode: null },
        name: 'notices over HTTP',
        createdBy: 'test',
      });
      const post = async () => {
        statements.length = 0;
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: BY_SEX }),
        });
        expect(response.status).toBe(200);
        const body = (await response.json()) as { data: { aggregate: { keys: { code: string }[]; value: number }[] } };
        return {
          answer: Object.fromEntries(body.data.aggregate.map((row) => [row.keys[0]!.code, row.value])),
          versionReads: statements.filter((statement) => VERSION_READ.test(statement)).length,
          aggregateStatements: statements.filter((statement) => AGGREGATE_STATEMENT.test(statement)).length,
        };
      };
      await write(`update participant set sex = 'MALE' where code = 'RDR-008' and programme_id = ?`, [programmeId]);
      await refreshRollupsUnderImportLock(testHub.database.orm.em.fork(), programmeId);
      await heard();
      expect(await post()).toEqual({ answer: { FEMALE: 4, MALE: 4 }, versionReads: 0, aggregateStatements: 1 });
      expect(await post()).toEqual({ answer: { FEMALE: 4, MALE: 4 }, versionReads: 1, aggregateStatements: 0 });
      await write(`update participant set sex = 'FEMALE' where code = 'RDR-008' and programme_id = ?`, [programmeId]);
      await refreshRollupsUnderImportLock(testHub.database.orm.em.fork(), programmeId);
      // Not waiting for the notice: whether it has arrived or not, the answer is the new one.
      expect((await post()).answer).toEqual({ FEMALE: 5, MALE: 3 });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('file a request under the oldest version its answers read (a write may commit between a funnel\'s statements)', async () => {
    const states = new RequestDataStates(testHub.database.orm.em.fork());
    expect(states.peek(PROGRAMME)).toBeUndefined();
    states.prime(PROGRAMME, { version: '12', fresh: true });
    states.prime(PROGRAMME, { version: '11', fresh: true });
    states.prime(PROGRAMME, { version: '13', fresh: true });
    expect(states.peek(PROGRAMME)).toEqual({ version: '11', fresh: true });
    // One answer found no state at all: the response is not filed under any version.
    states.prime(PROGRAMME, null);
    expect(states.peek(PROGRAMME)).toBeNull();
    // A state read (not given) counts the same way; an unknown programme reads as none.
    const read = new RequestDataStates(testHub.database.orm.em.fork());
    const [state, unknown] = await read.loadMany([PROGRAMME, 'RDR-NONE']);
    expect(read.peek(PROGRAMME)).toEqual(state);
    expect([unknown, read.peek('RDR-NONE')]).toEqual([null, null]);
  });

  it('announce the versions programmes reached, heard by a listener of its own', async () => {
    const notices = new DataVersionNotices({ connectionString: testHub.database.url });
    await notices.start();
    try {
      const [row] = await write(`update analytics_rollup_state set version = version + 1 where programme_id = ? returning version::text`, [programmeId]);
      const version = BigInt((row as { version: string }).version);
      await waitUntil('the notice arrived', () => notices.announcedVersion(PROGRAMME) === version, { timeoutMs: 10_000 });
      expect(notices.announcedVersion('RDR-OTHER')).toBeUndefined();
    } finally {
      await notices.stop();
    }
  });

  it('keep the highest version announced, and start a new epoch on a notice they cannot read', () => {
    const notices = new DataVersionNotices({ connectionString: 'postgres://unused' });
    notices.received('{"RDR-A":"17","RDR-B":"3"}');
    notices.received('{"RDR-A":"12"}');
    expect([notices.announcedVersion('RDR-A'), notices.announcedVersion('RDR-B'), notices.announcedVersion('RDR-C')]).toEqual([17n, 3n, undefined]);
    const epoch = notices.epoch;
    notices.received('*');
    notices.received('not json');
    notices.received('{"RDR-A":"x"}');
    expect(notices.epoch).toBe(epoch + 3);
    expect(notices.announcedVersion('RDR-A')).toBe(17n);
  });
});
