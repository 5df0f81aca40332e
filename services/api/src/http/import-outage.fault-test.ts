import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../database/sql-fragment.js';
import { importLines } from '../test-support/import-files.js';
import { startOwnClusterHub, type OwnClusterHub } from '../test-support/own-cluster-hub.js';
import { waitUntil } from '../test-support/wait-until.js';
import { registerLines, workshopFile } from '../test-support/workshop-files.js';

const UNAVAILABLE = {
  errors: [{ message: 'The database is unreachable at the moment; the hub keeps running — try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
};

/** PostgreSQL stopped while `POST /imports` is importing a file, on a running hub (npm run test:faults). */
describe('a database outage during an upload', () => {
  let own: OwnClusterHub;
  let file: ReturnType<typeof workshopFile>;

  beforeAll(async () => {
    own = await startOwnClusterHub();
    await importLines(own.orm, 'mops-register', registerLines());
    // About 91,000 rows: the importer stages for a while, long enough to be caught at it.
    file = workshopFile('2012-02-29');
  });
  afterAll(() => own?.close());

  const upload = async () => {
    const response = await fetch(`${own.base}/imports/mops-workshops?programme=RDR-PLOCK-2011&fileName=warsztaty.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${own.token}` },
      body: file.text,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const graphql = async (query: string) => {
    const response = await fetch(`${own.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${own.token}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
  };

  it('answers 503 DATABASE_UNAVAILABLE, and once PostgreSQL is back shows the batch interrupted and takes the file', async () => {
    const answer = upload();
    // Stop the database once the importer's rows are flowing in (COPY into the staging table, or into attendance).
    await waitUntil('the upload is being written', async () => {
      const [backend] = await runSql<{ pid: number }>(
        own.orm.em.fork(),
        sql`select pid from pg_stat_activity where datname = current_database() and query like 'copy %'`,
      );
      return backend;
    });
    await own.stopDatabase();
    const during = await answer;
    expect(during).toEqual({ status: 503, body: UNAVAILABLE });

    await own.startDatabase();
    await waitUntil('the hub reaches PostgreSQL again', async () => (await fetch(`${own.base}/readyz`)).status === 200);
    // What an operator sees on the Import page: the cut-off upload for what it is, never RUNNING.
    const listed = await graphql('{ imports(programme: "RDR-PLOCK-2011", partner: "MOPS") { kind fileName status failure } }');
    expect(listed).toEqual({
      status: 200,
      body: {
        data: {
          imports: [
            {
              kind: 'mops-workshops',
              fileName: 'warsztaty.csv',
              status: 'INTERRUPTED',
              failure: 'the import stopped before it finished (its process or the database stopped); nothing was stored',
            },
            { kind: 'mops-register', fileName: 'mops-register.csv', status: 'SUCCEEDED', failure: null },
          ],
        },
      },
    });
    const [stored] = await runSql<{ sessions: number; attendance: number }>(
      own.orm.em.fork(),
      sql`select (select count(*) from session)::int as sessions, (select count(*) from attendance)::int as attendance`,
    );
    expect(stored).toEqual({ sessions: 0, attendance: 0 });

    const again = await upload();
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ outcome: 'SUCCEEDED', rowsRead: file.rows, inserted: file.rows, totalErrors: 0 });
  });
});
