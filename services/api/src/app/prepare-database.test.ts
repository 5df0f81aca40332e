import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../database/sql-fragment.js';
import { importLines, registerParticipants } from '../test-support/import-files.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { prepareDatabase } from './prepare-database.js';

describe('start-up after a crash', () => {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await createTestHub();
    await registerParticipants(testHub.database.orm);
    await importLines(testHub.database.orm, 'mops-workshops', ['kod_uczestnika;warsztat;data;godziny;obecnosc', 'RDR-001;MOPS-W1;2011-10-05;3;OB']);
  });
  afterAll(() => testHub.close());

  it('rebuilds analytics a killed rebuild left stale, and marks a dead import INTERRUPTED', async () => {
    const em = testHub.database.orm.em.fork();
    // What a kill -9 between a write's commit and its analytics refresh leaves behind (a withdrawal or an
    // erasure refreshes after committing): the programme dirty, its participants pending, rollups behind.
    await runSql(em, sql`update analytics_rollup_state set dirty = true`);
    await runSql(em, sql`delete from analytics_attendance_p`);
    await runSql(em, sql`insert into analytics_rollup_pending (programme_id, participant_id) select programme_id, id from participant`);
    const [{ id: programmeId }] = (await runSql<{ id: number }>(em, sql`select id from programme where code = 'RDR-PLOCK-2011'`)) as [{ id: number }];
    const [{ id: partnerId }] = (await runSql<{ id: number }>(em, sql`select id from partner where code = 'MOPS' and programme_id = ${programmeId}`)) as [{ id: number }];
    await runSql(em, sql`insert into import_batch (programme_id, partner_id, kind, file_name, sha256, encoding, status, submitted_by)
      values (${programmeId}, ${partnerId}, 'mops-workshops', 'x.csv', ${'0'.repeat(64)}, 'utf-8', 'RUNNING', 'cli')`);

    const log: string[] = [];
    await prepareDatabase({ orm: testHub.database.orm, config: testHub.hub.config, log: (message) => log.push(message) });
    expect(log).toEqual([
      '1 import(s) cut off by an earlier stop marked INTERRUPTED (nothing of them was stored).',
      'Rebuilt the analytics rollups an earlier stop left stale: RDR-PLOCK-2011.',
    ]);
    expect(await runSql(em, sql`select dirty from analytics_rollup_state`)).toEqual([{ dirty: false }]);
    expect(await runSql(em, sql`select count(*)::int as rows from analytics_attendance_p`)).toEqual([{ rows: 1 }]);
    expect(await runSql(em, sql`select status from import_batch where file_name = 'x.csv'`)).toEqual([{ status: 'INTERRUPTED' }]);
  });

  it('stores the shipped pilot’s file layouts on a hub migrated from before layouts were data, so its files import', async () => {
    const em = testHub.database.orm.em.fork();
    await runSql(em, sql`delete from partner_file_layout`);
    const log: string[] = [];
    await prepareDatabase({ orm: testHub.database.orm, config: testHub.hub.config, log: (message) => log.push(message) });
    expect(log).toEqual(['Stored the partner file layouts of RDR-PLOCK-2011 from the shipped definitions.']);
    expect(await runSql(em, sql`select count(*)::int as layouts from partner_file_layout`)).toEqual([{ layouts: 8 }]);
    const report = await importLines(testHub.database.orm, 'mops-workshops', ['kod_uczestnika;warsztat;data;godziny;obecnosc', 'RDR-001;MOPS-W1;2011-10-05;3;OB']);
    expect(report).toMatchObject({ outcome: 'SUCCEEDED', unchanged: 1 });
  });
});
