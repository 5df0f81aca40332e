import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { fingerprintParticipantData, importLines } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import type { ImportReport } from '../imports/import-report.js';
import type { PartnerFileKind } from '../imports/partner-file-kinds.js';
import { Role } from '../../access/viewer.js';
import { eraseParticipant } from '../corrections/erase-participant.service.js';
import { withdrawImportBatch } from '../corrections/withdraw-batch.service.js';
import { assertMonthsOpen, PERIOD_LOCKED, PeriodLockedError } from './period-lock.js';

/**
 * The period lock: an approved month refuses exactly the changes to records dated in it (inserts,
 * changed values, the old or new date of a moved record), for every partner file kind, and reopening
 * (with a reason, audited) lets them through again.
 */

const REGISTER_HEADER = 'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie';
const REGISTER = [
  REGISTER_HEADER,
  'RDR-001;85031501234;2011-09-05;;;BEZROBOTNY;PODSTAWOWE',
  'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
  'RDR-003;01210707895;2011-10-03;;;BIERNY;GIMNAZJALNE',
];
const WORKSHOPS = ['kod_uczestnika;warsztat;data;godziny;obecnosc', 'RDR-001;MOPS-W1;2011-10-10;3;OB', 'RDR-002;MOPS-W1;2011-10-10;3;NB'];

const STEERING = viewerFor(Role.STEERING);
const APPROVE = `mutation ($month: String!, $partner: String) {
  approvePeriod(programme: "RDR-PLOCK-2011", month: $month, partner: $partner) { month partner approvedBy }
}`;
const REOPEN = `mutation ($month: String!, $partner: String, $reason: String!) {
  reopenPeriod(programme: "RDR-PLOCK-2011", month: $month, partner: $partner, reason: $reason)
}`;

let testHub: TestHub;
const orm = () => testHub.database.orm;

async function approve(month: string, partner?: string) {
  const result = await testHub.hub.execute<{ approvePeriod: { month: string; partner: string; approvedBy: string }[] }>(APPROVE, { month, partner }, STEERING);
  expect(result.errors).toBeUndefined();
  return result.data!.approvePeriod;
}
async function reopen(month: string, reason: string, partner?: string) {
  return testHub.hub.execute<{ reopenPeriod: string[] }>(REOPEN, { month, partner, reason }, STEERING);
}
const locked = (report: ImportReport) => report.errors.map(({ line, column, value, code }) => ({ line, column, value, code }));

beforeAll(async () => {
  testHub = await createTestHub();
  expect((await importLines(orm(), 'mops-register', REGISTER)).outcome).toBe('SUCCEEDED');
  expect((await importLines(orm(), 'mops-workshops', WORKSHOPS)).outcome).toBe('SUCCEEDED');
});
afterAll(() => testHub?.close());

describe('approving a month locks exactly the changes dated in it', () => {
  it('STEERING approves October 2011 for MOPS', async () => {
    expect(await approve('2011-10', 'MOPS')).toEqual([{ month: '2011-10', partner: 'MOPS', approvedBy: STEERING.name }]);
    // Approving again changes nothing.
    expect(await approve('2011-10', 'MOPS')).toHaveLength(1);
  });

  it('refuses a changed status and a new session in the month, whole; an unchanged row there and a new month pass', async () => {
    const before = await fingerprintParticipantData(orm());
    const report = await importLines(orm(), 'mops-workshops', [
      ...WORKSHOPS.slice(0, 2),
      'RDR-002;MOPS-W1;2011-10-10;3;OB', // changed: absent → present
      'RDR-001;MOPS-W1;2011-10-17;3;OB', // new session in October
      'RDR-001;MOPS-W1;2011-11-14;2;OB', // November is open
    ]);
    expect(report.outcome).toBe('REJECTED');
    expect(locked(report)).toEqual([
      { line: 3, column: 'data', value: '2011-10', code: 'PERIOD_LOCKED' },
      { line: 4, column: 'data', value: '2011-10', code: 'PERIOD_LOCKED' },
    ]);
    expect(report.errors[0]!.reason).toBe('the month 2011-10 is approved for MOPS: records dated in it cannot change until it is reopened');
    expect(await fingerprintParticipantData(orm())).toEqual(before);

    const allowed = await importLines(orm(), 'mops-workshops', [...WORKSHOPS, 'RDR-001;MOPS-W1;2011-11-14;2;OB']);
    expect([allowed.outcome, allowed.inserted, allowed.unchanged]).toEqual(['SUCCEEDED', 1, 2]);
  });

  it('register: the entry month covers entry data, the exit month the exit — a participant entered in an approved month may still exit', async () => {
    const exit = await importLines(orm(), 'mops-register', [...REGISTER.slice(0, 3), 'RDR-003;01210707895;2011-10-03;2012-03-15;REZYGNACJA;BIERNY;GIMNAZJALNE']);
    expect([exit.outcome, exit.updated]).toEqual(['SUCCEEDED', 1]);

    const changes = await importLines(orm(), 'mops-register', [
      REGISTER_HEADER,
      'RDR-001;85031501234;2011-09-05;2011-10-20;REZYGNACJA;BEZROBOTNY;PODSTAWOWE', // exit moved into October
      'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE', // unchanged
      'RDR-003;01210707895;2011-10-03;2012-03-15;REZYGNACJA;BEZROBOTNY;GIMNAZJALNE', // status at entry changed
      'RDR-004;85031501241;2011-10-05;;;BEZROBOTNY;WYZSZE', // new, entering in October
    ]);
    expect(locked(changes)).toEqual([
      { line: 2, column: 'data_zakonczenia', value: '2011-10', code: 'PERIOD_LOCKED' },
      { line: 4, column: 'data_przystapienia', value: '2011-10', code: 'PERIOD_LOCKED' },
      { line: 5, column: 'data_przystapienia', value: '2011-10', code: 'PERIOD_LOCKED' },
    ]);
    // Moving an exit OUT of an approved month is a change there too.
    await approve('2012-03', 'MOPS');
    const moved = await importLines(orm(), 'mops-register', [...REGISTER.slice(0, 3), 'RDR-003;01210707895;2011-10-03;2012-04-02;REZYGNACJA;BIERNY;GIMNAZJALNE']);
    expect(locked(moved)).toEqual([{ line: 4, column: 'data_zakonczenia', value: '2012-03', code: 'PERIOD_LOCKED' }]);
    expect((await reopen('2012-03', 'the exit date was keyed wrongly', 'MOPS')).data?.reopenPeriod).toEqual(['MOPS']);
  });

  const OCTOBER_ROWS: Record<PartnerFileKind, string[]> = {
    'mops-register': [REGISTER_HEADER, 'RDR-005;85031501241;2011-10-05;;;BEZROBOTNY;WYZSZE'],
    'mops-workshops': ['kod_uczestnika;warsztat;data;godziny;obecnosc', 'RDR-001;MOPS-W2;2011-10-11;2;OB'],
    'mops-childcare': ['kod_uczestnika;data;liczba_dzieci;godziny', 'RDR-001;2011-10-11;1;2'],
    'mops-results': ['kod_uczestnika;data;rezultat', 'RDR-001;2011-10-12;ZATRUDNIENIE'],
    'cisi-attendance': ['uczestnik,zajecia,data,czas_min,obecny', 'RDR-001,CISI-SPORT,12.10.2011,90,T'],
    'cisi-support': ['uczestnik,data,rodzaj,ilosc,opis', 'RDR-001,12.10.2011,SPRZET_SPORTOWY,1,rękawice'],
    'zdz-attendance': ['pesel;kurs;data;godz_lekcyjne;obecnosc', '85031501234;K07;2011-10-13;6;1'],
    'zdz-exams': ['pesel;kurs;data_egzaminu;wynik;nr_zaswiadczenia', '85031501234;K07;2011-10-14;ZDAL;ZDZ/2011/1'],
  };

  it('every partner file kind: refused in a month approved for all partners, accepted once it is reopened', async () => {
    expect((await approve('2011-10')).map((approval) => approval.partner)).toEqual(['CISI', 'MOPS', 'ZDZ']);
    const before = await fingerprintParticipantData(orm());
    for (const [kind, lines] of Object.entries(OCTOBER_ROWS)) {
      const report = await importLines(orm(), kind as PartnerFileKind, lines);
      expect({ kind, errors: locked(report) }).toEqual({ kind, errors: [{ line: 2, column: expect.any(String), value: '2011-10', code: 'PERIOD_LOCKED' }] });
    }
    expect(await fingerprintParticipantData(orm())).toEqual(before);

    expect((await reopen('2011-10', '  ')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await reopen('2011-10', 'late corrections from all partners')).data?.reopenPeriod).toEqual(['CISI', 'MOPS', 'ZDZ']);
    for (const [kind, lines] of Object.entries(OCTOBER_ROWS)) {
      const report = await importLines(orm(), kind as PartnerFileKind, lines);
      expect({ kind, outcome: report.outcome, errors: report.errors }).toEqual({ kind, outcome: 'SUCCEEDED', errors: [] });
    }
    const [audit] = await runSql<{ actor: string; details: Record<string, unknown> }>(
      orm().em.fork(),
      sql`select actor, details from audit_entry where action = 'period.reopen' and entity_key = '2011-10'`,
    );
    expect(audit!.actor).toBe(STEERING.name);
    expect(audit!.details).toMatchObject({ month: '2011-10', partners: ['CISI', 'MOPS', 'ZDZ'], reason: 'late corrections from all partners' });
  });

  it('an approval for one partner does not lock another\'s files', async () => {
    await approve('2011-12', 'CISI');
    const zdz = await importLines(orm(), 'zdz-attendance', ['pesel;kurs;data;godz_lekcyjne;obecnosc', '85031501234;K07;2011-12-13;6;1']);
    expect(zdz.outcome).toBe('SUCCEEDED');
    const cisi = await importLines(orm(), 'cisi-attendance', ['uczestnik,zajecia,data,czas_min,obecny', 'RDR-001,CISI-SPORT,13.12.2011,90,T']);
    expect(locked(cisi)).toEqual([{ line: 2, column: 'data', value: '2011-12', code: 'PERIOD_LOCKED' }]);
  });

  it('withdrawals and erasures touching an approved month are refused whole (PERIOD_LOCKED), like imports', async () => {
    const january = await importLines(orm(), 'cisi-attendance', ['uczestnik,zajecia,data,czas_min,obecny', 'RDR-002,CISI-FOTO,16.01.2012,90,T']);
    expect(january.outcome).toBe('SUCCEEDED');
    await approve('2012-01', 'CISI');
    const before = await fingerprintParticipantData(orm());
    const admin = viewerFor(Role.ADMIN);
    await expect(withdrawImportBatch({ orm: orm(), batchId: january.batchId, viewer: admin })).rejects.toMatchObject({ code: PERIOD_LOCKED });
    await expect(eraseParticipant({ orm: orm(), programmeCode: 'RDR-PLOCK-2011', code: 'RDR-002', viewer: admin })).rejects.toMatchObject({ code: PERIOD_LOCKED });
    expect(await fingerprintParticipantData(orm())).toEqual(before);
    // Reopened, the withdrawal goes through.
    expect((await reopen('2012-01', 'a late correction', 'CISI')).errors).toBeUndefined();
    await expect(withdrawImportBatch({ orm: orm(), batchId: january.batchId, viewer: admin })).resolves.toBeTruthy();
  });

  it('assertMonthsOpen, the one check for other change paths: throws naming the approved months among those given', async () => {
    const em = orm().em.fork();
    const [ids] = await runSql<{ programme_id: number; partner_id: number }>(
      em,
      sql`select p.programme_id, p.id as partner_id from partner p join programme g on g.id = p.programme_id where p.code = 'CISI' and g.code = 'RDR-PLOCK-2011'`,
    );
    const check = (months: string[]) => assertMonthsOpen(em, { programmeId: ids!.programme_id, partnerId: ids!.partner_id, months });
    await expect(check(['2011-11-30', '2012-01'])).resolves.toBeUndefined();
    await expect(check(['2011-11-30', '2011-12-01', '2011-12-31'])).rejects.toThrow(new PeriodLockedError('CISI', ['2011-12']));
  });

  it('refuses bad requests with a message naming the field, and leaves other roles out', async () => {
    const bad = async (month: string, partner?: string) => (await testHub.hub.execute(APPROVE, { month, partner }, STEERING)).errors?.[0]?.message;
    expect(await bad('2011-13')).toBe('month: expected YYYY-MM (e.g. 2011-10); got "2011-13".');
    expect(await bad('2014-01')).toBe("month: 2014-01 is outside programme RDR-PLOCK-2011's months 2011-09 … 2013-05.");
    expect(await bad('2011-10', 'XYZ')).toBe('partner: programme RDR-PLOCK-2011 has no partner "XYZ".');
    expect((await reopen('2012-02', 'nothing there')).errors?.[0]?.message).toBe('2012-02 is not approved for any partner in programme RDR-PLOCK-2011: nothing to reopen.');
    for (const role of [Role.EVALUATOR, Role.PARTNER]) {
      const refused = await testHub.hub.execute(APPROVE, { month: '2012-01' }, viewerFor(role, role === Role.PARTNER ? 'MOPS' : undefined));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const list = await testHub.hub.execute<{ periodApprovals: { month: string; partner: string }[] }>(
      '{ periodApprovals(programme: "RDR-PLOCK-2011") { month partner } }',
      {},
      viewerFor(Role.EVALUATOR),
    );
    expect(list.data!.periodApprovals).toEqual([{ month: '2011-12', partner: 'CISI' }]);
  });
});
