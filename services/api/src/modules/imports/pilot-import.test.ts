import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawSql, runSql, sql } from '../../database/sql-fragment.js';
import { seedSyntheticData } from '../../seeding/seed-synthetic-data.js';
import { PILOT_IMPORT_REPORTS, PILOT_STORED_COUNTS, pilotReportRows, storedPilotCounts } from '../../test-support/pilot-expectations.js';
import { alternationOf, pilotIdentifiers } from '../../test-support/pilot-identifiers.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { cliViewer, Role } from '../../access/viewer.js';
import { viewerFor } from '../../test-support/viewers.js';
import { importPartnerFile } from './import.service.js';
import type { ImportReport } from './import-report.js';

const SECRET = 'pilot-import-test-secret-0123456789abcdef';

describe('the synthetic pilot through the partner importers', () => {
  let testHub: TestHub;
  let filesDir: string;
  let reports: ImportReport[];

  beforeAll(async () => {
    testHub = await createTestHub({ programmes: [] });
    filesDir = await mkdtemp(path.join(os.tmpdir(), 'razem-pilot-files-'));
    reports = await seedSyntheticData({ orm: testHub.database.orm, scale: 'pilot', filesDir, viewer: cliViewer, peselSecret: SECRET });
  });
  afterAll(async () => {
    await testHub.close();
    await rm(filesDir, { recursive: true, force: true });
  });

  it('accepts all eight files and inserts every row', () => {
    expect(pilotReportRows(reports)).toEqual(PILOT_IMPORT_REPORTS);
  });

  it('stores what the files say: 100 participants, 20,696 attendance records in 679 sessions', async () => {
    expect(await storedPilotCounts(testHub.database.orm)).toEqual(PILOT_STORED_COUNTS);
  });

  it('keeps no raw PESEL and no name from the files in any text column of any table', async () => {
    const { pesels, names } = await pilotIdentifiers(filesDir);
    expect(pesels).toHaveLength(100);
    expect(names.length).toBeGreaterThan(50);
    const needles = [...pesels, ...names];
    expect(needles.length).toBeGreaterThan(140);

    const em = testHub.database.orm.em.fork();
    const columns = await runSql<{ table_name: string; column_name: string }>(
      em,
      sql`select table_name, column_name from information_schema.columns
          where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json')`,
    );
    expect(columns.length).toBeGreaterThan(40);
    // One expression for all identifiers, standing alone (not inside a longer word or number): a column is
    // read once, where one pattern per identifier made PostgreSQL compile each again for every row.
    const pattern = `(^|[^[:alnum:]])(${alternationOf(needles)})($|[^[:alnum:]])`;
    const [control] = await runSql<{ alone: boolean; inside: boolean }>(
      em,
      sql`select ${`x;${pesels[0]!};y`}::text ~ ${pattern} as alone, ${`9${pesels[0]!}`}::text ~ ${pattern} as inside`,
    );
    expect(control).toEqual({ alone: true, inside: false });
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const hits = await runSql<{ value: string }>(
        em,
        sql`select t.${rawSql(`"${column_name}"`)}::text as value from ${rawSql(`"${table_name}"`)} t
            where t.${rawSql(`"${column_name}"`)}::text ~ ${pattern} limit 5`,
      );
      found.push(...hits.map((hit) => `${table_name}.${column_name}: ${needles.filter((needle) => hit.value.includes(needle)).join(', ')}`));
    }
    expect(found).toEqual([]);
  });

  it('answers analytics from the imported rows (rollups rebuilt after seeding)', async () => {
    const [direct] = await runSql<{ present: number; minutes: number; participants: number }>(
      testHub.database.orm.em.fork(),
      sql`select count(*) filter (where at.status = 'PRESENT')::int as present,
                 sum(se.minutes) filter (where at.status = 'PRESENT')::float8 as minutes,
                 (select count(*) from participant)::int as participants
          from attendance at join session se on se.id = at.session_id`,
    );
    const { data, errors } = await testHub.hub.execute<Record<string, { value: number }[]>>(
      `{ present: aggregate(programme: "RDR-PLOCK-2011", measure: ATTENDANCES) { value }
         hours: aggregate(programme: "RDR-PLOCK-2011", measure: ATTENDANCE_HOURS) { value }
         participants: aggregate(programme: "RDR-PLOCK-2011", measure: PARTICIPANTS) { value } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      present: [{ value: direct!.present }],
      hours: [{ value: direct!.minutes / 60 }],
      participants: [{ value: 100 }],
    });
  });

  it('treats a second import of the same file as a no-op', async () => {
    const file = path.join(filesDir, 'RDR-PLOCK-2011', 'zdz-attendance.csv');
    const again = await importPartnerFile({
      orm: testHub.database.orm,
      programmeCode: 'RDR-PLOCK-2011',
      partnerCode: 'ZDZ',
      kind: 'zdz-attendance',
      encoding: 'windows-1250',
      fileName: 'zdz-attendance.csv',
      open: () => createReadStream(file),
      viewer: cliViewer,
      peselSecret: SECRET,
    });
    expect([again.outcome, again.rowsRead, again.inserted, again.updated, again.unchanged]).toEqual(['SUCCEEDED', 1_129, 0, 0, 1_129]);
  });

  it('submissions calendar: every partner × month, the batch behind each kind; on time, late, missing, approved', async () => {
    const CALENDAR = '{ submissions(programme: "RDR-PLOCK-2011") { partner month status dueOn kinds { kind status batchId } } }';
    type Cell = { partner: string; month: string; status: string; dueOn: string; kinds: { kind: string; status: string; batchId: number | null }[] };
    const calendar = async () => {
      const { data, errors } = await testHub.hub.execute<{ submissions: Cell[] }>(CALENDAR, {}, viewerFor(Role.STEERING));
      expect(errors).toBeUndefined();
      return data!.submissions;
    };
    const batchOf = Object.fromEntries(reports.map((report) => [report.kind, report.batchId]));
    // The pilot's files were all loaded today, long after each month's due day (the 10th of the next month): all late.
    const cells = await calendar();
    expect(cells).toHaveLength(3 * 15);
    expect(cells.map((cell) => `${cell.partner} ${cell.month}`).slice(0, 2)).toEqual(['CISI 2011-09', 'CISI 2011-10']);
    expect(new Set(cells.map((cell) => cell.status))).toEqual(new Set(['LATE']));
    const mopsSeptember = cells.find((cell) => cell.partner === 'MOPS' && cell.month === '2011-09')!;
    expect(mopsSeptember.dueOn).toBe('2011-10-10');
    expect(mopsSeptember.kinds).toEqual(
      ['mops-register', 'mops-workshops', 'mops-childcare', 'mops-results'].map((kind) => ({ kind, status: 'LATE', batchId: batchOf[kind] })),
    );

    // Had the workshops file come on 5 October 2011, it would deliver September on time and nothing later.
    await runSql(testHub.database.orm.em.fork(), sql`update import_batch set started_at = '2011-10-05T09:00:00Z' where id = ${batchOf['mops-workshops']!}`);
    const after = await calendar();
    const kindOf = (month: string, kind: string) => after.find((cell) => cell.partner === 'MOPS' && cell.month === month)!.kinds.find((entry) => entry.kind === kind)!;
    expect(kindOf('2011-09', 'mops-workshops')).toEqual({ kind: 'mops-workshops', status: 'ON_TIME', batchId: batchOf['mops-workshops'] });
    expect(kindOf('2011-10', 'mops-workshops')).toEqual({ kind: 'mops-workshops', status: 'MISSING', batchId: null });
    expect(after.find((cell) => cell.partner === 'MOPS' && cell.month === '2011-10')!.status).toBe('MISSING');

    await testHub.hub.execute('mutation { approvePeriod(programme: "RDR-PLOCK-2011", month: "2011-10", partner: "MOPS") { month } }', {}, viewerFor(Role.STEERING));
    const approved = await calendar();
    expect(approved.find((cell) => cell.partner === 'MOPS' && cell.month === '2011-10')!.status).toBe('APPROVED');
    expect(approved.find((cell) => cell.partner === 'ZDZ' && cell.month === '2011-10')!.status).toBe('LATE');
    // A PARTNER sees its own row only.
    const own = await testHub.hub.execute<{ submissions: Cell[] }>(CALENDAR, {}, viewerFor(Role.PARTNER, 'ZDZ'));
    expect(new Set(own.data!.submissions.map((cell) => cell.partner))).toEqual(new Set(['ZDZ']));
  });

  // The issue's example: MOPS re-sends its workshops with one session's date corrected (7 rows).
  it('takes a corrected session date with --mode replace: back to 679 sessions and 15,979 attendances', async () => {
    const original = await readFile(path.join(filesDir, 'RDR-PLOCK-2011', 'mops-workshops.csv'), 'utf8');
    const corrected = original.replaceAll(';MOPS-SWIETLICA;2011-09-14;', ';MOPS-SWIETLICA;2011-09-15;');
    expect(corrected.split('2011-09-15').length - original.split('2011-09-15').length).toBe(7);
    const importCorrected = (mode: 'MERGE' | 'REPLACE') =>
      importPartnerFile({
        orm: testHub.database.orm,
        programmeCode: 'RDR-PLOCK-2011',
        partnerCode: 'MOPS',
        kind: 'mops-workshops',
        encoding: 'utf-8',
        fileName: 'mops-workshops.csv',
        open: () => Readable.from([Buffer.from(corrected, 'utf8')]),
        viewer: cliViewer,
        peselSecret: SECRET,
        mode,
      });
    const totals = async () => {
      const { data, errors } = await testHub.hub.execute<Record<string, { value: number }[]>>(
        `{ sessions: aggregate(programme: "RDR-PLOCK-2011", measure: SESSIONS) { value }
           attendances: aggregate(programme: "RDR-PLOCK-2011", measure: ATTENDANCES) { value } }`,
      );
      expect(errors).toBeUndefined();
      return [data!.sessions![0]!.value, data!.attendances![0]!.value];
    };
    expect(await totals()).toEqual([679, 15_979]);
    const merged = await importCorrected('MERGE');
    expect([merged.inserted, merged.deleted, merged.unchanged]).toEqual([7, 0, 10_845]);
    expect(await totals()).toEqual([680, 15_985]);
    const replaced = await importCorrected('REPLACE');
    expect([replaced.outcome, replaced.inserted, replaced.deleted, replaced.unchanged]).toEqual(['SUCCEEDED', 0, 7, 10_852]);
    expect([replaced.periodFrom, replaced.periodTo]).toEqual(['2011-09-01', '2012-11-30']);
    expect(await totals()).toEqual([679, 15_979]);
  });
});
