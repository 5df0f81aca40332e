import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { importLines } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';

const REGISTER = [
  'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie',
  'RDR-001;85031501234;2011-09-05;;;BEZROBOTNY;PODSTAWOWE',
  'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
];
const ZDZ = [
  'pesel;nazwisko;imie;kurs;data;godz_lekcyjne;obecnosc',
  '85031501234;Wójcik;Łukasz;K07;2012-02-06;6;1',
  '92112304569;Gręś;Żaneta;K07;2012-02-06;6;0',
];

describe('importing changed files', () => {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await createTestHub();
    expect((await importLines(testHub.database.orm, 'mops-register', REGISTER)).inserted).toBe(2);
  });
  afterAll(() => testHub.close());

  it('reads a Windows-1250 ZDZ file with Polish names, keeping no name', async () => {
    const report = await importLines(testHub.database.orm, 'zdz-attendance', ZDZ, { encoding: 'windows-1250' });
    expect([report.outcome, report.inserted]).toEqual(['SUCCEEDED', 2]);
    const rows = await runSql(
      testHub.database.orm.em.fork(),
      sql`select p.code, a.code as activity, se.date::text, (se.minutes / 60)::float8 as hours, at.status
          from attendance at join participant p on p.id = at.participant_id join session se on se.id = at.session_id
          join activity a on a.id = se.activity_id order by p.code`,
    );
    expect(rows).toEqual([
      { code: 'RDR-001', activity: 'ZDZ-K07', date: '2012-02-06', hours: 4.5, status: 'PRESENT' },
      { code: 'RDR-002', activity: 'ZDZ-K07', date: '2012-02-06', hours: 4.5, status: 'ABSENT' },
    ]);
  });

  it('records a changed status as an update, with the old and new value in the audit log', async () => {
    const changed = [ZDZ[0]!, ZDZ[1]!, '92112304569;Gręś;Żaneta;K07;2012-02-06;6;1'];
    const report = await importLines(testHub.database.orm, 'zdz-attendance', changed, { encoding: 'windows-1250' });
    expect([report.outcome, report.inserted, report.updated, report.unchanged]).toEqual(['SUCCEEDED', 0, 1, 1]);
    const audit = await runSql<{ actor: string; entity_type: string; entity_key: string; details: Record<string, unknown> }>(
      testHub.database.orm.em.fork(),
      sql`select actor, entity_type, entity_key, details from audit_entry where action = 'import.update'`,
    );
    expect(audit).toEqual([
      {
        actor: 'cli',
        entity_type: 'attendance',
        entity_key: 'RDR-002 ZDZ-K07 2012-02-06',
        details: { batch: report.batchId, changed: ['status'], old: { status: 'ABSENT' }, new: { status: 'PRESENT' } },
      },
    ]);
  });

  it('records a register correction without copying the PESEL hash into the audit log', async () => {
    const corrected = [REGISTER[0]!, REGISTER[1]!, 'RDR-002;92112304569;2011-09-12;2012-05-31;REZYGNACJA;BIERNY;PONADGIMNAZJALNE'];
    const report = await importLines(testHub.database.orm, 'mops-register', corrected);
    expect([report.inserted, report.updated, report.unchanged]).toEqual([0, 1, 1]);
    const [entry] = await runSql<{ details: { changed: string[]; old: Record<string, unknown>; new: Record<string, unknown> } }>(
      testHub.database.orm.em.fork(),
      sql`select details from audit_entry where action = 'import.update' and entity_type = 'participant'`,
    );
    expect(entry!.details.changed).toEqual(['exit_date', 'exit_reason']);
    expect(entry!.details.old).toMatchObject({ exit_date: null, exit_reason: null });
    expect(entry!.details.new).toMatchObject({ exit_date: '2012-05-31', exit_reason: 'DROPPED_OUT' });
    expect(JSON.stringify(entry)).not.toContain('pesel');
  });

  // Also proves a bulk import reaches the analytics rollups (their refresh follows every import).
  it('sums session lengths exactly: three 50-minute CISI sessions are 2.5 hours, not 2.4999', async () => {
    const report = await importLines(testHub.database.orm, 'cisi-attendance', [
      'uczestnik,zajecia,data,czas_min,obecny',
      'RDR-001,CISI-FILM,03.10.2011,50,T',
      'RDR-001,CISI-FILM,10.10.2011,50,T',
      'RDR-001,CISI-FILM,17.10.2011,50,T',
    ]);
    expect(report.outcome).toBe('SUCCEEDED');
    const { data, errors } = await testHub.hub.execute<{ aggregate: { value: number }[] }>(
      `{ aggregate(programme: "RDR-PLOCK-2011", measure: ATTENDANCE_HOURS, filter: { activities: ["CISI-FILM"] }) { value } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.aggregate).toEqual([{ value: 2.5 }]);
  });

  it('stores a support description exactly, with the characters COPY text escapes (backslash, tab, line break, \\N)', async () => {
    const description = 'rękawice C:\\zdjęcia\\N "pro"\tnr 2\r\nodebrane';
    const quoted = `"${description.replace(/"/g, '""')}"`;
    const report = await importLines(testHub.database.orm, 'cisi-support', ['uczestnik,data,rodzaj,ilosc,opis', `RDR-002,05.10.2011,STROJ,1,${quoted}`]);
    expect([report.outcome, report.inserted]).toEqual(['SUCCEEDED', 1]);
    const rows = await runSql(testHub.database.orm.em.fork(), sql`select s.description, s.quantity from support_item s where s.kind = 'STROJ'`);
    expect(rows).toEqual([{ description, quantity: 1 }]);
  });

  it('treats the same file again as a no-op', async () => {
    const report = await importLines(testHub.database.orm, 'mops-register', [
      REGISTER[0]!,
      REGISTER[1]!,
      'RDR-002;92112304569;2011-09-12;2012-05-31;REZYGNACJA;BIERNY;PONADGIMNAZJALNE',
    ]);
    expect([report.inserted, report.updated, report.unchanged]).toEqual([0, 0, 2]);
  });
});
