import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgArray } from '../../database/pg-array.js';
import { rawSql, runSql, sql } from '../../database/sql-fragment.js';
import { fingerprintParticipantData, importLines } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { cliViewer, Role, type Viewer } from '../../access/viewer.js';
import { CorrectionRefused } from './correction-errors.js';
import { eraseParticipant } from './erase-participant.service.js';
import { reportParticipant } from './participant-report.service.js';
import { withdrawImportBatch } from './withdraw-batch.service.js';

const REGISTER = [
  'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie',
  'RDR-001;85031501234;2011-09-05;;;BEZROBOTNY;PODSTAWOWE',
  'RDR-002;92112304569;2011-09-12;2012-06-30;UKONCZENIE;BIERNY;PONADGIMNAZJALNE',
  'RDR-003;90010112349;2011-09-01;;;BEZROBOTNY;WYZSZE',
];
const WORKSHOPS = 'kod_uczestnika;warsztat;data;godziny;obecnosc';
const CISI = 'uczestnik,zajecia,data,czas_min,obecny';
const CISI_PARTNER: Viewer = { kind: 'token', role: Role.PARTNER, partnerCode: 'CISI', name: 'cisi-token' };
const MOPS_PARTNER: Viewer = { kind: 'token', role: Role.PARTNER, partnerCode: 'MOPS', name: 'mops-token' };

describe('withdrawing batches, erasing and reporting a person', () => {
  let testHub: TestHub;
  const orm = () => testHub.database.orm;
  const statusOf = async (batchId: number) =>
    (await runSql<{ status: string }>(orm().em.fork(), sql`select status from import_batch where id = ${batchId}`))[0]!.status;

  beforeAll(async () => {
    testHub = await createTestHub();
    expect((await importLines(orm(), 'mops-register', REGISTER)).inserted).toBe(3);
    const base = await importLines(orm(), 'mops-workshops', [
      WORKSHOPS,
      'RDR-001;MOPS-W1;2011-09-14;2;OB',
      'RDR-002;MOPS-W1;2011-09-14;2;OB',
      'RDR-003;MOPS-W1;2011-09-14;2;OB',
      'RDR-001;MOPS-W2;2011-10-05;3;OB',
      'RDR-003;MOPS-W2;2011-10-05;3;NB',
    ]);
    expect(base.inserted).toBe(5);
    await importLines(orm(), 'cisi-attendance', [CISI, 'RDR-003,CISI-FILM,03.10.2011,50,T', 'RDR-001,CISI-FILM,03.10.2011,50,T']);
    await importLines(orm(), 'mops-results', ['kod_uczestnika;data;rezultat', 'RDR-003;2012-12-10;ZATRUDNIENIE']);
    await importLines(orm(), 'zdz-exams', ['pesel;kurs;data_egzaminu;wynik;nr_zaswiadczenia', '90010112349;K04;2012-05-20;ZDAL;ZDZ/2012/0417']);
  });
  afterAll(() => testHub.close());

  it('withdraws a replace, restoring exactly the previous state: inserted rows gone, updated and deleted rows back', async () => {
    const before = await fingerprintParticipantData(orm());
    const replace = await importLines(
      orm(),
      'mops-workshops',
      [WORKSHOPS, 'RDR-001;MOPS-W1;2011-09-15;2,5;OB', 'RDR-002;MOPS-W1;2011-09-15;2,5;NB', 'RDR-003;MOPS-W3;2011-09-28;2;US'],
      { mode: 'REPLACE', allowMassDelete: true },
    );
    expect([replace.inserted, replace.deleted]).toEqual([3, 3]);
    const hoursAfterReplace = await testHub.hub.execute<{ aggregate: { value: number }[] }>(
      `{ aggregate(programme: "RDR-PLOCK-2011", measure: ATTENDANCE_HOURS, filter: { partners: ["MOPS"] }) { value } }`,
    );
    expect(hoursAfterReplace.data!.aggregate).toEqual([{ value: 2.5 + 3 }]);

    const done = await withdrawImportBatch({ orm: orm(), batchId: replace.batchId, viewer: MOPS_PARTNER });
    // 3 attendance rows and the 2 sessions it created; 3 attendance rows and the session it had deleted.
    expect(done).toMatchObject({ deleted: 5, restored: 4 });
    expect(await fingerprintParticipantData(orm())).toEqual(before);
    expect(await statusOf(replace.batchId)).toBe('WITHDRAWN');
    // Analytics follow: the same answer as before the replace (2 + 2 + 2 + 3 present hours).
    const hours = await testHub.hub.execute<{ aggregate: { value: number }[] }>(
      `{ aggregate(programme: "RDR-PLOCK-2011", measure: ATTENDANCE_HOURS, filter: { partners: ["MOPS"] }) { value } }`,
    );
    expect(hours.data!.aggregate).toEqual([{ value: 9 }]);
    const [audit] = await runSql(orm().em.fork(), sql`select actor, details from audit_entry where action = 'import.withdraw'`);
    expect(audit).toMatchObject({ actor: 'mops-token', details: { deleted: 5, restored: 4, months: ['2011-09'] } });
    await expect(withdrawImportBatch({ orm: orm(), batchId: replace.batchId, viewer: cliViewer })).rejects.toThrow(/is WITHDRAWN/);
  });

  it('refuses to withdraw a batch whose rows a later batch changed, naming it, and lets it go once that one is withdrawn', async () => {
    const first = await importLines(orm(), 'cisi-attendance', [CISI, 'RDR-001,CISI-FOTO,07.11.2011,90,T'], { viewer: CISI_PARTNER });
    const second = await importLines(orm(), 'cisi-attendance', [CISI, 'RDR-001,CISI-FOTO,07.11.2011,90,N'], { viewer: CISI_PARTNER });
    expect(second.updated).toBe(1);
    const refused = await withdrawImportBatch({ orm: orm(), batchId: first.batchId, viewer: CISI_PARTNER }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CorrectionRefused);
    expect((refused as Error).message).toMatch(new RegExp(`^Batch ${first.batchId} cannot be withdrawn: batch ${second.batchId} \\(cisi-attendance cisi-attendance.csv, .*\\) changed rows it wrote since. Withdraw batch ${second.batchId} first.$`));
    // Another partner may not withdraw it at all.
    await expect(withdrawImportBatch({ orm: orm(), batchId: second.batchId, viewer: MOPS_PARTNER })).rejects.toThrow(/No import batch/);

    expect((await withdrawImportBatch({ orm: orm(), batchId: second.batchId, viewer: CISI_PARTNER })).restored).toBe(1);
    const [row] = await runSql(orm().em.fork(), sql`select at.status, at.import_batch_id from attendance at join session se on se.id = at.session_id where se.date = '2011-11-07'`);
    expect(row).toEqual({ status: 'PRESENT', import_batch_id: first.batchId });
    expect((await withdrawImportBatch({ orm: orm(), batchId: first.batchId, viewer: CISI_PARTNER })).deleted).toBe(2);
    const [left] = await runSql(orm().em.fork(), sql`select count(*)::int as sessions from session where date = '2011-11-07'`);
    expect(left).toEqual({ sessions: 0 });
  });

  it('reports everything stored about a person, with the batches that brought it, to ADMIN and MOPS only', async () => {
    const report = await reportParticipant({ em: orm().em.fork(), programmeCode: 'RDR-PLOCK-2011', code: 'RDR-003', viewer: MOPS_PARTNER });
    expect(report.participant).toMatchObject({ code: 'RDR-003', sex: 'FEMALE', birthDate: '1990-01-01', entryDate: '2011-09-01', exitDate: null });
    expect(report.attendance.map((row) => [row.activity, row.date, row.status])).toEqual([
      ['MOPS-W1', '2011-09-14', 'PRESENT'],
      ['CISI-FILM', '2011-10-03', 'PRESENT'],
      ['MOPS-W2', '2011-10-05', 'ABSENT'],
    ]);
    expect(report.exams).toEqual([expect.objectContaining({ course: 'ZDZ-K04', passed: true, certificateNumber: 'ZDZ/2012/0417' })]);
    expect(report.results).toEqual([expect.objectContaining({ date: '2012-12-10', type: 'EMPLOYED' })]);
    expect(report.batches.map((batch) => batch.kind)).toEqual(['mops-register', 'mops-workshops', 'cisi-attendance', 'mops-results', 'zdz-exams']);
    // Neither the PESEL nor its hash (64 hex digits).
    expect(JSON.stringify(report)).not.toMatch(/90010112349|[0-9a-f]{64}/);
    await expect(reportParticipant({ em: orm().em.fork(), programmeCode: 'RDR-PLOCK-2011', code: 'RDR-003', viewer: CISI_PARTNER })).rejects.toThrow(
      /Only an ADMIN or the register's keeper/,
    );
  });

  it('rejects records dated outside the participant\'s time in the programme, each kind with its own code', async () => {
    const cases: [Parameters<typeof importLines>[1], string[], string, string][] = [
      ['mops-workshops', [WORKSHOPS, 'RDR-001;MOPS-W1;2011-09-02;2;OB'], 'data', 'DATE_BEFORE_ENTRY'],
      ['cisi-attendance', [CISI, 'RDR-002,CISI-FILM,02.07.2012,50,T'], 'data', 'DATE_AFTER_EXIT'],
      ['cisi-support', ['uczestnik,data,rodzaj,ilosc,opis', 'RDR-002,01.08.2012,STROJ,1,strój'], 'data', 'DATE_AFTER_EXIT'],
      ['mops-childcare', ['kod_uczestnika;data;liczba_dzieci;godziny', 'RDR-001;2011-09-01;1;2'], 'data', 'DATE_BEFORE_ENTRY'],
      ['zdz-exams', ['pesel;kurs;data_egzaminu;wynik;nr_zaswiadczenia', '92112304569;K04;2012-07-15;NIE_ZDAL;'], 'data_egzaminu', 'DATE_AFTER_EXIT'],
      ['mops-results', ['kod_uczestnika;data;rezultat', 'RDR-001;2011-09-01;KSZTALCENIE'], 'data', 'DATE_BEFORE_ENTRY'],
    ];
    for (const [kind, lines, column, code] of cases) {
      const report = await importLines(orm(), kind, lines);
      expect([kind, report.errors.map((error) => [error.line, error.column, error.code])]).toEqual([kind, [[2, column, code]]]);
    }
    // A result after exit is what results are.
    const after = await importLines(orm(), 'mops-results', ['kod_uczestnika;data;rezultat', 'RDR-002;2012-08-01;ZATRUDNIENIE']);
    expect(after.outcome).toBe('SUCCEEDED');
  });

  it('erases a person: no row outside the audit trail names them, one audit entry names no one, the code is unknown after', async () => {
    // A rejected file naming the person: its stored report is scrubbed too.
    const rejected = await importLines(orm(), 'mops-childcare', ['kod_uczestnika;data;liczba_dzieci;godziny', 'RDR-003;2011-10-10;0;2']);
    expect(rejected.outcome).toBe('REJECTED');
    const done = await eraseParticipant({ orm: orm(), programmeCode: 'RDR-PLOCK-2011', code: 'RDR-003', viewer: cliViewer });
    expect(done.rows).toEqual({ attendance: 3, childcare: 0, support_item: 0, participant_result: 1, exam_result: 1, session: 0, participant: 1 });

    const em = orm().em.fork();
    const columns = await runSql<{ table_name: string; column_name: string }>(
      em,
      sql`select table_name, column_name from information_schema.columns
          where table_schema = 'public' and table_name <> 'audit_entry' and data_type in ('text', 'character varying', 'jsonb', 'json')`,
    );
    const needles = ['RDR-003', '90010112349', 'ZDZ/2012/0417'];
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const hits = await runSql<{ needle: string }>(
        em,
        sql`select distinct n.needle from ${rawSql(`"${table_name}"`)} t join unnest(${pgArray(needles)}::text[]) as n(needle)
            on strpos(t.${rawSql(`"${column_name}"`)}::text, n.needle) > 0`,
      );
      found.push(...hits.map((hit) => `${table_name}.${column_name}: ${hit.needle}`));
    }
    expect(found).toEqual([]);
    const [entry] = await runSql<{ entity_key: string | null; details: unknown }>(em, sql`select entity_key, details from audit_entry where action = 'participant.erase'`);
    expect(entry!.entity_key).toBeNull();
    expect(JSON.stringify(entry)).not.toContain('RDR-003');

    const again = await importLines(orm(), 'cisi-attendance', [CISI, 'RDR-003,CISI-FILM,03.10.2011,50,T']);
    expect(again.errors).toEqual([expect.objectContaining({ line: 2, code: 'UNKNOWN_PARTICIPANT' })]);
    const analytics = await testHub.hub.execute<{ aggregate: { value: number }[] }>(`{ aggregate(programme: "RDR-PLOCK-2011", measure: PARTICIPANTS) { value } }`);
    expect(analytics.data!.aggregate).toEqual([{ value: 2 }]);
  });
});
