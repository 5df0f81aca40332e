import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../cli/cli-command.js';
import { analyticsCommand } from '../../cli/commands/analytics.js';
import { Role } from '../../access/viewer.js';
import { Programme } from '../../modules/programme/programme.entity.js';
import { loadAnalyticsReferenceDataset } from '../../test-support/analytics-reference-dataset.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { refreshAnalyticsRollups } from './refresh-rollups.js';

let testHub: TestHub;
let programmeId: number;

const dirty = async (): Promise<boolean | null> => {
  const rows = await testHub.database.orm.em.getConnection().execute<{ dirty: boolean }[]>(
    'select dirty from analytics_rollup_state where programme_id = ?',
    [programmeId],
  );
  return rows[0]?.dirty ?? null;
};

const attendances = async (): Promise<number | null> => {
  const result = await testHub.hub.execute<{ aggregate: { value: number | null }[] }>(
    '{ aggregate(programme: "RDR-PLOCK-2011", measure: ATTENDANCES, groupBy: [MONTH]) { value } }',
    {},
    viewerFor(Role.ADMIN),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.aggregate.reduce((sum, row) => sum + (row.value ?? 0), 0);
};

beforeAll(async () => {
  testHub = await createTestHub();
  programmeId = (await testHub.database.orm.em.fork().findOneOrFail(Programme, { code: 'RDR-PLOCK-2011' })).id;
});
const savedEnv = { ...process.env };
afterAll(async () => {
  process.env = savedEnv;
  await testHub?.close();
});

describe('analytics rollups', () => {
  it('are marked dirty by attendance writes, rebuilt in the writer\'s transaction, and never give a stale answer', async () => {
    // Loading the programme's structure created its state: dirty, as no rollup has been built yet.
    expect(await dirty()).toBe(true);
    await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
    expect(await dirty()).toBe(true);
    expect(await attendances()).toBe(20); // from the base tables

    const em = testHub.database.orm.em.fork();
    const summary = await em.transactional((tx) => refreshAnalyticsRollups(tx, { programmeId }));
    // The eight participants with attendance, recorded by the insert triggers, are most of the programme's.
    expect(summary).toMatchObject({ refreshed: true, mode: 'REBUILD' });
    // (participant, activity, month) pairs with records: P1 W1 Oct+Nov, FOTO Dec; P2 W1 Oct+Nov, SPORT Oct+Dec, K01 Feb;
    // P3 W1 Oct, K01 Feb; P4 W1 Oct+Nov; P5 W1 Nov; P6 SPORT Oct+Dec, FOTO Dec; P7 SPORT Oct+Dec, K01 Feb; P8 K01 Feb.
    expect(summary.rows).toBe(3 + 5 + 2 + 2 + 1 + 3 + 3 + 1);
    expect(await dirty()).toBe(false);
    expect(await attendances()).toBe(20); // from the rollups
    expect((await em.transactional((tx) => refreshAnalyticsRollups(tx, { programmeId }))).refreshed).toBe(false);

    // A present absent-turned-present record: the trigger dirties the programme; the answer moves at once.
    await testHub.database.orm.em.getConnection().execute(
      `update attendance set status = 'PRESENT' where status = 'ABSENT' and participant_id = (select id from participant where code = 'RDR-003' and programme_id = ?) and session_id = (select s.id from session s join activity a on a.id = s.activity_id where a.code = 'MOPS-W1' and s.date = '2011-10-10')`,
      [programmeId],
    );
    expect(await dirty()).toBe(true);
    expect(await attendances()).toBe(21);
    // Only that participant's rows are recomputed.
    expect(await em.transactional((tx) => refreshAnalyticsRollups(tx, { programmeId }))).toMatchObject({ mode: 'INCREMENTAL', participants: 1 });
    expect(await attendances()).toBe(21);

    // A session rewritten with the same values changes nothing; new hours dirty it; so does a delete.
    await testHub.database.orm.em.getConnection().execute(`update session set minutes = minutes where id in (select id from session limit 1)`);
    expect(await dirty()).toBe(false);
    await testHub.database.orm.em.getConnection().execute(`update session set minutes = minutes + 1 where id in (select id from session limit 1)`);
    expect(await dirty()).toBe(true);
    await em.transactional((tx) => refreshAnalyticsRollups(tx, { programmeId }));
    await testHub.database.orm.em.getConnection().execute(`delete from attendance where status = 'EXCUSED'`);
    expect(await dirty()).toBe(true);
    expect(await attendances()).toBe(21);
  });
});

describe('hub analytics rebuild | refresh', () => {
  /** Runs the command as the installed tool would (DATABASE_URL, HUB_SECRET), capturing stdout. */
  async function run(args: string[]): Promise<string> {
    Object.assign(process.env, { DATABASE_URL: testHub.database.url, HUB_SECRET: TEST_HUB_SECRET, HUB_DATA_DIR: '/nonexistent' });
    let stdout = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await analyticsCommand.run(args)).toBe(0);
      return stdout;
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  it('refreshes what writes left pending, rebuilds on demand, and refuses what it cannot do', async () => {
    // The previous test left a delete pending: RDR-004's and RDR-007's excused records.
    expect(await run(['refresh'])).toMatch(/^RDR-PLOCK-2011: 2 participants refreshed in \d+\.\d s\n$/);
    await testHub.database.orm.em.getConnection().execute(
      `update attendance set status = 'ABSENT' where status = 'PRESENT' and participant_id = (select id from participant where code = 'RDR-008' and programme_id = ?)`,
      [programmeId],
    );
    expect(await dirty()).toBe(true);
    expect(await run(['refresh', '--programme', 'RDR-PLOCK-2011'])).toMatch(/^RDR-PLOCK-2011: 1 participants refreshed in \d+\.\d s\n$/);
    expect(await dirty()).toBe(false);
    expect(await run(['refresh'])).toMatch(/^RDR-PLOCK-2011: already up to date in \d+\.\d s\n$/);
    // A register change moves its participant between register cube cells and touches no attendance rollup.
    await testHub.database.orm.em.getConnection().execute(
      `update participant set exit_reason = 'DROPPED_OUT', exit_date = entry_date + 30 where code = 'RDR-008' and programme_id = ?`,
      [programmeId],
    );
    expect(await dirty()).toBe(true);
    expect(await run(['refresh'])).toMatch(/^RDR-PLOCK-2011: 0 participants refreshed, 1 in the register cube in \d+\.\d s\n$/);

    const [{ rows }] = (await testHub.database.orm.em.getConnection().execute<{ rows: number }[]>(
      'select count(*)::int as rows from analytics_attendance_pam where programme_id = ?',
      [programmeId],
    )) as [{ rows: number }];
    expect(await run(['rebuild'])).toMatch(new RegExp(`^RDR-PLOCK-2011: rebuilt \\(${rows} rollup rows\\) in \\d+\\.\\d s\\n$`));
    expect(await attendances()).toBe(19); // RDR-008's two February records are absent now

    await expect(run(['rebuild', '--programme', 'NOPE'])).rejects.toThrow(new UsageError('Unknown programme "NOPE".'));
    await expect(run([])).rejects.toThrow(UsageError);
  });
});
