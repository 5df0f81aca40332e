import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { fingerprintParticipantData, importLines } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import type { ImportReport } from './import-report.js';

/** Three registered participants (valid PESELs: 1985 male, 1992 female, 2001 male); one PESEL unregistered. */
const REGISTER = [
  'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie',
  'RDR-001;85031501234;2011-09-05;2012-11-30;UKONCZENIE;BEZROBOTNY;PODSTAWOWE',
  'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
  'RDR-003;01210707895;2011-10-03;2012-03-15;REZYGNACJA;BIERNY;GIMNAZJALNE',
];
const UNREGISTERED_PESEL = '77070701016';
const REGISTER_HEADER = REGISTER[0]!;
const WORKSHOPS_HEADER = 'kod_uczestnika;warsztat;data;godziny;obecnosc';
const CISI_HEADER = 'uczestnik,zajecia,data,czas_min,obecny';
const EXAMS_HEADER = 'pesel;kurs;data_egzaminu;wynik;nr_zaswiadczenia';
const ZDZ_HEADER = 'pesel;nazwisko;imie;kurs;data;godz_lekcyjne;obecnosc';

describe('a partner file with a bad row', () => {
  let testHub: TestHub;
  let before: Record<string, string>;

  beforeAll(async () => {
    testHub = await createTestHub();
    const register = await importLines(testHub.database.orm, 'mops-register', REGISTER);
    expect(register.outcome).toBe('SUCCEEDED');
    const workshops = await importLines(testHub.database.orm, 'mops-workshops', [WORKSHOPS_HEADER, 'RDR-001;MOPS-W1;2011-10-05;3;OB']);
    expect(workshops.outcome).toBe('SUCCEEDED');
    const exams = await importLines(testHub.database.orm, 'zdz-exams', [EXAMS_HEADER, '85031501234;K05;2012-06-20;ZDAL;ZDZ/2012/K05/001']);
    expect(exams.outcome).toBe('SUCCEEDED');
  });
  beforeEach(async () => {
    before = await fingerprintParticipantData(testHub.database.orm);
  });
  afterAll(() => testHub.close());

  /** Asserts the file was rejected with exactly these errors and that no participant data changed. */
  async function expectRejected(report: ImportReport, errors: ImportReport['errors']) {
    expect(report.outcome).toBe('REJECTED');
    expect(report.errors).toEqual(errors);
    expect([report.inserted, report.updated, report.unchanged]).toEqual([0, 0, 0]);
    expect(await fingerprintParticipantData(testHub.database.orm)).toEqual(before);
    const [batch] = await runSql<{ status: string; rejected_rows: number; report: { errors: unknown[] } }>(
      testHub.database.orm.em.fork(),
      sql`select status, rejected_rows, report from import_batch where id = ${report.batchId}`,
    );
    expect(batch).toMatchObject({ status: 'REJECTED', rejected_rows: new Set(errors.map((error) => error.line)).size });
    expect(batch!.report.errors).toEqual(errors);
  }

  it('names a participant who is not in the register', async () => {
    const report = await importLines(testHub.database.orm, 'mops-workshops', [
      WORKSHOPS_HEADER,
      'RDR-002;MOPS-W2;2011-10-06;2;OB',
      'RDR-999;MOPS-W2;2011-10-06;2;OB',
    ]);
    await expectRejected(report, [
      { line: 3, column: 'kod_uczestnika', value: 'RDR-999', reason: 'no such participant in the MOPS register', code: 'UNKNOWN_PARTICIPANT' },
    ]);
  });

  it('names an activity the partner does not run, and a course ZDZ does not have', async () => {
    const workshops = await importLines(testHub.database.orm, 'mops-workshops', [WORKSHOPS_HEADER, 'RDR-001;MOPS-W9;2011-10-06;2;OB']);
    await expectRejected(workshops, [
      {
        line: 2,
        column: 'warsztat',
        value: 'MOPS-W9',
        reason: 'not an activity of MOPS (MOPS-SWIETLICA, MOPS-W1, MOPS-W2, MOPS-W3, MOPS-W4)',
        code: 'UNKNOWN_ACTIVITY',
      },
    ]);
    const courses = await importLines(testHub.database.orm, 'zdz-attendance', [ZDZ_HEADER, '85031501234;Kowalski;Jan;K11;2012-03-01;6;1']);
    await expectRejected(courses, [
      { line: 2, column: 'kurs', value: 'K11', reason: 'not an activity of ZDZ (K01, K02, K03, K04, K05, K06, K07, K08, K09, K10)', code: 'UNKNOWN_ACTIVITY' },
    ]);
  });

  it('refuses an invalid PESEL without echoing it', async () => {
    const report = await importLines(testHub.database.orm, 'mops-register', [
      REGISTER_HEADER,
      'RDR-004;85031501235;2011-09-05;;;BEZROBOTNY;WYZSZE',
      'RDR-005;8503150123;2011-09-05;;;BEZROBOTNY;WYZSZE',
    ]);
    await expectRejected(report, [
      { line: 2, column: 'pesel', value: '*********35', reason: 'invalid PESEL: the check digit does not match', code: 'INVALID_PESEL' },
      { line: 3, column: 'pesel', value: '********23', reason: 'invalid PESEL: a PESEL is exactly 11 digits', code: 'INVALID_PESEL' },
    ]);
  });

  it('refuses a ZDZ row whose PESEL is not in the register', async () => {
    const report = await importLines(testHub.database.orm, 'zdz-attendance', [ZDZ_HEADER, `${UNREGISTERED_PESEL};Nowak;Anna;K05;2012-03-01;6;1`]);
    await expectRejected(report, [
      { line: 2, column: 'pesel', value: '*********16', reason: 'no participant with this PESEL in the MOPS register', code: 'UNKNOWN_PARTICIPANT' },
    ]);
  });

  it('refuses dates outside the programme period; results may come up to 6 months after it', async () => {
    const workshops = await importLines(testHub.database.orm, 'mops-workshops', [
      WORKSHOPS_HEADER,
      'RDR-001;MOPS-W1;2011-08-31;3;OB',
      'RDR-001;MOPS-W1;2012-12-01;3;OB',
    ]);
    await expectRejected(workshops, [
      { line: 2, column: 'data', value: '2011-08-31', reason: 'date outside the programme period (2011-09-01 … 2012-11-30)', code: 'DATE_OUT_OF_PERIOD' },
      { line: 3, column: 'data', value: '2012-12-01', reason: 'date outside the programme period (2011-09-01 … 2012-11-30)', code: 'DATE_OUT_OF_PERIOD' },
    ]);
    const results = await importLines(testHub.database.orm, 'mops-results', [
      'kod_uczestnika;data;rezultat',
      'RDR-001;2013-05-30;ZATRUDNIENIE',
      'RDR-003;2013-05-31;KSZTALCENIE',
    ]);
    await expectRejected(results, [
      {
        line: 3,
        column: 'data',
        value: '2013-05-31',
        reason: 'date outside the programme period and the 6 months after it (2011-09-01 … 2013-05-30)',
        code: 'DATE_OUT_OF_PERIOD',
      },
    ]);
  });

  it('refuses an exit reason without an exit date, and an exit date without a reason', async () => {
    const report = await importLines(testHub.database.orm, 'mops-register', [
      REGISTER_HEADER,
      'RDR-002;92112304569;2011-09-12;;UKONCZENIE;BIERNY;PONADGIMNAZJALNE',
      'RDR-003;01210707895;2011-10-03;2012-03-15;;BIERNY;GIMNAZJALNE',
    ]);
    await expectRejected(report, [
      { line: 2, column: 'data_zakonczenia', value: '', reason: 'an exit reason needs an exit date', code: 'EXIT_DATE_MISSING' },
      {
        line: 3,
        column: 'powod_zakonczenia',
        value: '',
        reason: 'an exit date needs an exit reason (UKONCZENIE or REZYGNACJA)',
        code: 'EXIT_REASON_MISSING',
      },
    ]);
  });

  it('refuses an exit before the entry', async () => {
    const report = await importLines(testHub.database.orm, 'mops-register', [
      REGISTER_HEADER,
      'RDR-003;01210707895;2011-10-03;2011-10-02;REZYGNACJA;BIERNY;GIMNAZJALNE',
    ]);
    await expectRejected(report, [
      { line: 2, column: 'data_zakonczenia', value: '2011-10-02', reason: 'exit date is before the entry date 2011-10-03', code: 'EXIT_BEFORE_ENTRY' },
    ]);
  });

  it('refuses rows of one session that disagree on its hours within the file', async () => {
    const report = await importLines(testHub.database.orm, 'cisi-attendance', [
      CISI_HEADER,
      'RDR-001,CISI-FOTO,12.10.2011,90,T',
      'RDR-002,CISI-FOTO,12.10.2011,120,N',
    ]);
    await expectRejected(report, [
      {
        line: 3,
        column: 'czas_min',
        value: '120',
        reason: 'session CISI-FOTO on 2011-10-12 has 90 on line 2; all rows of one session must agree',
        code: 'SESSION_HOURS_MISMATCH',
      },
    ]);
  });

  it('refuses rows that disagree with the hours stored for the session', async () => {
    const report = await importLines(testHub.database.orm, 'mops-workshops', [WORKSHOPS_HEADER, 'RDR-002;MOPS-W1;2011-10-05;2,5;OB']);
    await expectRejected(report, [
      {
        line: 2,
        column: 'godziny',
        value: '2,5',
        reason: 'session MOPS-W1 on 2011-10-05 is stored with 3 hours; all rows of one session must agree',
        code: 'SESSION_HOURS_MISMATCH',
      },
    ]);
  });

  it('refuses a certificate number used twice in the file or already issued', async () => {
    const report = await importLines(testHub.database.orm, 'zdz-exams', [
      EXAMS_HEADER,
      '92112304569;K05;2012-06-20;ZDAL;ZDZ/2012/K05/002',
      // RDR-003 left on 2012-03-15: exams before that.
      '01210707895;K05;2012-03-05;ZDAL;ZDZ/2012/K05/002',
      '01210707895;K04;2012-03-06;ZDAL;ZDZ/2012/K05/001',
    ]);
    await expectRejected(report, [
      { line: 3, column: 'nr_zaswiadczenia', value: 'ZDZ/2012/K05/002', reason: 'certificate number already used on line 2', code: 'DUPLICATE_CERTIFICATE' },
      {
        line: 4,
        column: 'nr_zaswiadczenia',
        value: 'ZDZ/2012/K05/001',
        reason: 'certificate number already issued to RDR-001 for ZDZ-K05',
        code: 'DUPLICATE_CERTIFICATE',
      },
    ]);
  });

  it('refuses a passed exam without a number and a failed one with a number', async () => {
    const report = await importLines(testHub.database.orm, 'zdz-exams', [
      EXAMS_HEADER,
      '92112304569;K05;2012-06-20;ZDAL;',
      '01210707895;K05;2012-03-05;NIE_ZDAL;ZDZ/2012/K05/009',
    ]);
    await expectRejected(report, [
      { line: 2, column: 'nr_zaswiadczenia', value: '', reason: 'a passed exam (ZDAL) needs a certificate number', code: 'CERTIFICATE_NUMBER_MISSING' },
      { line: 3, column: 'nr_zaswiadczenia', value: 'ZDZ/2012/K05/009', reason: 'a failed exam (NIE_ZDAL) has no certificate number', code: 'UNEXPECTED_CERTIFICATE_NUMBER' },
    ]);
  });

  it('refuses malformed numbers and dates, naming each bad field of a line', async () => {
    const report = await importLines(testHub.database.orm, 'mops-workshops', [
      WORKSHOPS_HEADER,
      'RDR-001;MOPS-W3;2011-13-01;trzy;OB',
      'RDR-001;MOPS-W3;2011-11-02;-1;XX',
    ]);
    await expectRejected(report, [
      { line: 2, column: 'data', value: '2011-13-01', reason: 'not a date in the form YYYY-MM-DD', code: 'INVALID_DATE' },
      { line: 2, column: 'godziny', value: 'trzy', reason: 'not a number (use 1.5 or 1,5)', code: 'INVALID_NUMBER' },
      { line: 3, column: 'godziny', value: '-1', reason: 'not a number (use 1.5 or 1,5)', code: 'INVALID_NUMBER' },
      { line: 3, column: 'obecnosc', value: 'XX', reason: 'not one of OB, NB, US', code: 'UNKNOWN_CODE' },
    ]);
    const cisi = await importLines(testHub.database.orm, 'cisi-support', [
      'uczestnik,data,rodzaj,ilosc,opis',
      'RDR-001,2011-10-12,STROJ,1,strój',
      'RDR-001,12.10.2011,STROJ,0,strój',
    ]);
    await expectRejected(cisi, [
      { line: 2, column: 'data', value: '2011-10-12', reason: 'not a date in the form DD.MM.YYYY', code: 'INVALID_DATE' },
      { line: 3, column: 'ilosc', value: '0', reason: 'must be from 1 to 1000', code: 'NUMBER_OUT_OF_RANGE' },
    ]);
  });

  it('refuses a line repeating another line\'s natural key', async () => {
    const report = await importLines(testHub.database.orm, 'mops-workshops', [
      WORKSHOPS_HEADER,
      'RDR-002;MOPS-W4;2011-11-09;2;OB',
      'RDR-003;MOPS-W4;2011-11-09;2;OB',
      'RDR-002;MOPS-W4;2011-11-09;2;NB',
    ]);
    await expectRejected(report, [
      { line: 4, column: '', value: '', reason: 'duplicate of line 2: the same participant at the same session (activity and date)', code: 'DUPLICATE_ROW' },
    ]);
  });

  it('refuses a header without a required column, and lines with a wrong number of fields', async () => {
    const header = await importLines(testHub.database.orm, 'mops-workshops', ['kod_uczestnika;warsztat;data;obecnosc', 'RDR-001;MOPS-W1;2011-10-05;OB']);
    await expectRejected(header, [{ line: 1, column: 'godziny', value: '', reason: 'the header has no column godziny', code: 'MISSING_COLUMN' }]);
    const fields = await importLines(testHub.database.orm, 'mops-workshops', [WORKSHOPS_HEADER, 'RDR-001;MOPS-W1;2011-10-05;3']);
    await expectRejected(fields, [
      { line: 2, column: '', value: '4 fields', reason: 'expected 5 fields like the header, found 4', code: 'WRONG_FIELD_COUNT' },
    ]);
  });

  it('refuses a Windows-1250 file read as UTF-8, pointing to --encoding', async () => {
    const report = await importLines(
      testHub.database.orm,
      'cisi-support',
      ['uczestnik,data,rodzaj,ilosc,opis', 'RDR-001,12.10.2011,STROJ,1,strój łyżwiarski'],
      { bytes: Buffer.from('uczestnik,data,rodzaj,ilosc,opis\r\nRDR-001,12.10.2011,STROJ,1,str\xf3j \xb3y\xbfwiarski\r\n', 'latin1') },
    );
    await expectRejected(report, [
      {
        line: 2,
        column: 'opis',
        value: 'str\uFFFDj \uFFFDy\uFFFDwiarski',
        reason: 'the text is not valid UTF-8; it looks like Windows-1250: if the file comes from a Windows system, import it with --encoding windows-1250',
        code: 'INVALID_ENCODING',
      },
    ]);
  });
});
