import type { Server } from 'node:http';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../app/create-hub.js';
import { readConfig } from '../config/env.js';
import { createOrmConfig } from '../app/orm-config.js';
import { createHttpServer, listenOnLoopback } from '../http/server.js';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { Role } from '../access/viewer.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { importLines } from '../test-support/import-files.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';

/**
 * Scale-out: several stateless hub processes on one PostgreSQL. Each hub keeps its own answer and
 * response caches, keyed by the database's data versions, so a write through one hub is seen by the
 * other's very next answer — over GraphQL and over HTTP (the whole-response cache) alike.
 */

const PROGRAMME = 'RDR-PLOCK-2011';
const MONTHLY = `{ aggregate(programme: "${PROGRAMME}", measure: ATTENDANCES, groupBy: [MONTH]) { keys { code } value } }`;

let first: TestHub;
let secondOrm: MikroORM;
let second: Hub;
let server: Server;
let secondUrl: string;
let token: string;

/** Attendances per month as the given hub answers (steering view). */
async function monthly(hub: Hub): Promise<Record<string, number | null>> {
  const result = await hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null }[] }>(MONTHLY, {}, viewerFor(Role.STEERING));
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(result.data!.aggregate.map((row) => [row.keys[0]!.code, row.value]));
}

/** The same question over the second hub's HTTP endpoint. */
async function monthlyOverHttp(): Promise<Record<string, number | null>> {
  const response = await fetch(`${secondUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: MONTHLY }),
  });
  const body = (await response.json()) as { data: { aggregate: { keys: { code: string }[]; value: number | null }[] } };
  return Object.fromEntries(body.data.aggregate.map((row) => [row.keys[0]!.code, row.value]));
}

beforeAll(async () => {
  first = await createTestHub();
  await loadAnalyticsReferenceDataset(first.database.orm.em.fork());
  // A second process's hub: its own connection pool and caches, the same database.
  secondOrm = await MikroORM.init(createOrmConfig({ clientUrl: first.database.url }));
  second = await createHub({ orm: secondOrm, config: readConfig({ HUB_DATA_DIR: '/nonexistent', HUB_SECRET: TEST_HUB_SECRET }) });
  ({ token } = await createApiToken(secondOrm.em.fork(), {
    secret: second.secret,
    binding: { role: Role.STEERING, partnerCode: null },
    name: 'second hub',
    createdBy: 'test',
  }));
  server = createHttpServer({ hub: second });
  secondUrl = await listenOnLoopback(server);
});
afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await second?.stop();
  await secondOrm?.close(true);
  await first?.close();
});

describe('two hubs on one database', () => {
  it("see each other's writes at once, through their caches", async () => {
    // The reference dataset: October 2011 has S1, S2 and S4, with 2 + 3 + 2 present records.
    const before = await monthly(second);
    expect(before['2011-10']).toBe(7);
    expect(await monthly(second)).toEqual(before); // now cached in the second hub
    expect(await monthlyOverHttp()).toEqual(before); // and its whole response too
    expect(await monthly(first.hub)).toEqual(before);

    // Written through the first hub: a CISI file with two October records of RDR-001's, one present.
    const report = await importLines(first.database.orm, 'cisi-attendance', [
      'uczestnik,zajecia,data,czas_min,obecny',
      'RDR-001,CISI-FILM,03.10.2011,50,T',
      'RDR-001,CISI-FILM,10.10.2011,50,N',
    ]);
    expect(report.outcome).toBe('SUCCEEDED');

    const after = { ...before, '2011-10': 8 };
    expect(await monthly(second)).toEqual(after);
    expect(await monthlyOverHttp()).toEqual(after);
    expect(await monthly(first.hub)).toEqual(after);
  });
});
