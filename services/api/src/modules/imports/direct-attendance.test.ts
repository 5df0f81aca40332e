import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { fingerprintParticipantData, importLines, TEST_PESEL_SECRET } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { cliViewer } from '../../access/viewer.js';
import type { ImportTimings } from './import-stages.js';
import { importPartnerFile } from './import.service.js';

const REGISTER = [
  'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie',
  'RDR-001;85031501234;2011-09-05;;;BEZROBOTNY;PODSTAWOWE',
  'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
  'RDR-003;90010112349;2011-09-01;;;BEZROBOTNY;WYZSZE',
];
const HEADER = 'kod_uczestnika;warsztat;data;godziny;obecnosc';

/** Imports workshop lines as MOPS, with the stage timings: a direct import never reaches the staged checks. */
async function importWorkshops(testHub: TestHub, lines: string[]) {
  let timings: Readonly<ImportTimings> | undefined;
  const report = await importPartnerFile({
    orm: testHub.database.orm,
    programmeCode: 'RDR-PLOCK-2011',
    partnerCode: 'MOPS',
    kind: 'mops-workshops',
    encoding: 'utf-8',
    fileName: 'warsztaty.csv',
    open: () => Readable.from([Buffer.from(`${[HEADER, ...lines].join('\r\n')}\r\n`)]),
    viewer: cliViewer,
    peselSecret: TEST_PESEL_SECRET,
    onTimings: (stages) => {
      timings = stages;
    },
  });
  return { report, direct: timings!.checks === 0 };
}

describe('attendance of sessions not stored yet, written straight into the table', () => {
  let testHub: TestHub;
  const stored = async () =>
    runSql<{ participant: string; activity: string; date: string; minutes: string; status: string; batch: number; session_batch: number }>(
      testHub.database.orm.em.fork(),
      sql`select p.code as participant, a.code as activity, se.date::text as date, se.minutes::text as minutes, at.status,
            at.import_batch_id as batch, se.import_batch_id as session_batch
          from attendance at join session se on se.id = at.session_id join activity a on a.id = se.activity_id
          join participant p on p.id = at.participant_id order by 3, 2, 1`,
    );
  beforeAll(async () => {
    testHub = await createTestHub();
    expect((await importLines(testHub.database.orm, 'mops-register', REGISTER)).inserted).toBe(3);
  });
  afterAll(() => testHub.close());

  it('stores a first import of its sessions with their hours and batch, without the merge', async () => {
    const { report, direct } = await importWorkshops(testHub, [
      'RDR-001;MOPS-W1;2011-09-14;2;OB',
      'RDR-002;MOPS-W1;2011-09-14;2;OB',
      'RDR-003;MOPS-W2;2011-09-21;2,5;NB',
    ]);
    expect([report.outcome, report.rowsRead, report.inserted, report.updated, report.unchanged, direct]).toEqual(['SUCCEEDED', 3, 3, 0, 0, true]);
    const batch = report.batchId;
    expect(await stored()).toEqual([
      { participant: 'RDR-001', activity: 'MOPS-W1', date: '2011-09-14', minutes: '120.0000', status: 'PRESENT', batch, session_batch: batch },
      { participant: 'RDR-002', activity: 'MOPS-W1', date: '2011-09-14', minutes: '120.0000', status: 'PRESENT', batch, session_batch: batch },
      { participant: 'RDR-003', activity: 'MOPS-W2', date: '2011-09-21', minutes: '150.0000', status: 'ABSENT', batch, session_batch: batch },
    ]);
  });

  it('rejects a participant twice at a new session naming both lines, and stores nothing', async () => {
    const before = await fingerprintParticipantData(testHub.database.orm);
    const { report } = await importWorkshops(testHub, ['RDR-001;MOPS-W1;2011-10-05;2;OB', 'RDR-002;MOPS-W1;2011-10-05;2;OB', 'RDR-001;MOPS-W1;2011-10-05;2;NB']);
    expect(report.outcome).toBe('REJECTED');
    expect(report.errors).toEqual([
      { line: 4, column: '', value: '', reason: 'duplicate of line 2: the same participant at the same session (activity and date)', code: 'DUPLICATE_ROW' },
    ]);
    expect(await fingerprintParticipantData(testHub.database.orm)).toEqual(before);
  });

  it('starts over through the merge when a row of a stored session comes after new ones', async () => {
    const before = await stored();
    const { report, direct } = await importWorkshops(testHub, [
      'RDR-001;MOPS-W1;2011-10-12;2;OB',
      'RDR-002;MOPS-W1;2011-10-12;2;NB',
      'RDR-001;MOPS-W1;2011-09-14;2;OB',
      'RDR-003;MOPS-W2;2011-09-21;2,5;OB',
    ]);
    expect([report.outcome, report.rowsRead, report.inserted, report.updated, report.unchanged, direct]).toEqual(['SUCCEEDED', 4, 2, 1, 1, false]);
    const batch = report.batchId;
    expect(await stored()).toEqual([
      before[0],
      before[1],
      { ...before[2]!, status: 'PRESENT', batch },
      { participant: 'RDR-001', activity: 'MOPS-W1', date: '2011-10-12', minutes: '120.0000', status: 'PRESENT', batch, session_batch: batch },
      { participant: 'RDR-002', activity: 'MOPS-W1', date: '2011-10-12', minutes: '120.0000', status: 'ABSENT', batch, session_batch: batch },
    ]);
    const [audit] = await runSql<{ n: number }>(
      testHub.database.orm.em.fork(),
      sql`select count(*)::int as n from audit_entry where action = 'import.update' and entity_type = 'attendance' and (details->>'batch')::int = ${batch}`,
    );
    expect(audit!.n).toBe(1);
  });
});
