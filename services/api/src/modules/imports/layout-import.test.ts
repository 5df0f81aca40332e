import type { Server } from 'node:http';
import { Readable } from 'node:stream';
import type { FileLayout, ProgrammeDefinition } from '@razem/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { TEST_PESEL_SECRET } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { createHttpServer, listenOnLoopback } from '../../http/server.js';
import { createApiToken } from '../api-token/api-token.service.js';
import { cliViewer, Role } from '../../access/viewer.js';
import { ImportRequestError, importPartnerFile } from './import.service.js';
import type { ImportReport } from './import-report.js';

/**
 * A made-up second programme whose partners write their files nothing like the pilot's: other column
 * names and order, DD/MM/YYYY and DD-MM-YYYY dates, comma decimals, session length in minutes and in
 * 50-minute lessons, other status codes, columns with names to drop. The importer reads them by the
 * layouts stored with the programme alone.
 */
const csv = (delimiter: ',' | '|' | ';', dateFormat: FileLayout['dateFormat']) =>
  ({ format: 'csv', delimiter, encodings: ['utf-8'], dateFormat, decimalSeparator: ',', dropColumns: [] }) as const;

const layouts: FileLayout[] = [
  {
    kind: 'fund-people', partner: 'FUND', record: 'register', ...csv(',', 'DD/MM/YYYY'),
    columns: { participantCode: 'ID', pesel: 'PESEL', entryDate: 'Start', exitDate: 'Koniec', exitReason: 'Powod', labourStatus: 'Rynek', education: 'Szkola' },
    dropColumns: ['Nazwisko'],
    codes: {
      exitReason: { K: 'COMPLETED', R: 'DROPPED_OUT' },
      labourStatus: { B: 'UNEMPLOYED', N: 'INACTIVE', P: 'EMPLOYED' },
      education: { P: 'PRIMARY', S: 'UPPER_SECONDARY', W: 'TERTIARY' },
    },
  },
  {
    kind: 'fund-meetings', partner: 'FUND', record: 'attendance', ...csv('|', 'DD/MM/YYYY'),
    columns: { participantCode: 'ID', activity: 'Zajecia', date: 'Dzien', sessionLength: 'Minuty', status: 'Stan' },
    dropColumns: ['Prowadzacy'],
    sessionLength: { unit: 'MINUTES' },
    codes: { status: { TAK: 'PRESENT', NIE: 'ABSENT', USP: 'EXCUSED' } },
  },
  {
    kind: 'fund-care', partner: 'FUND', record: 'childcare', ...csv(';', 'DD-MM-YYYY'),
    columns: { participantCode: 'ID', date: 'Dzien', children: 'Dzieci', hours: 'Godziny' },
    codes: {},
    activity: 'FUND-KLUB',
  },
  {
    kind: 'fund-outcomes', partner: 'FUND', record: 'results', ...csv(',', 'DD/MM/YYYY'),
    columns: { participantCode: 'ID', date: 'Data', result: 'Wynik' },
    codes: { result: { PRACA: 'EMPLOYED', NAUKA: 'IN_EDUCATION' } },
  },
  {
    kind: 'fund-support', partner: 'FUND', record: 'support', ...csv(',', 'DD/MM/YYYY'),
    columns: { participantCode: 'ID', date: 'Data', supportKind: 'Co', quantity: 'Ile' },
    codes: { supportKind: { UBRANIE: 'STROJ' } },
  },
  {
    kind: 'school-lessons', partner: 'SZKOLA', record: 'attendance', ...csv(';', 'DD.MM.YYYY'),
    columns: { pesel: 'PESEL', activity: 'Kurs', date: 'Data', sessionLength: 'Lekcje', status: 'Obecny' },
    dropColumns: ['Imie'],
    sessionLength: { unit: 'LESSON_HOURS', lessonMinutes: 50 },
    codes: { status: { '+': 'PRESENT', '-': 'ABSENT' } },
  },
  {
    kind: 'school-exams', partner: 'SZKOLA', record: 'exams', ...csv(';', 'DD.MM.YYYY'),
    columns: { pesel: 'PESEL', activity: 'Kurs', date: 'Egzamin', outcome: 'Ocena', certificateNumber: 'Numer' },
    codes: { outcome: { POZ: 'PASSED', NEG: 'FAILED' } },
  },
];

const activity = (code: string, fileCode: string, kind: ProgrammeDefinition['activities'][number]['kind'], partner: string, task: string) =>
  ({ code, fileCode, name: code, kind, partner, task, venue: 'Miasto', organiser: partner });

const youth: ProgrammeDefinition = {
  code: 'MLODZI-TEST',
  name: 'Młodzi w pracy (test)',
  description: 'A made-up programme whose partners write other files than the pilot.',
  startDate: '2020-01-01',
  endDate: '2020-12-31',
  syntheticParticipants: true,
  targetParticipants: 10,
  partners: [
    { code: 'FUND', name: 'Fundacja', shortName: 'Fundacja', role: 'LEADER' },
    { code: 'SZKOLA', name: 'Szkoła', shortName: 'Szkoła', role: 'PARTNER' },
  ],
  tasks: [
    { code: 'T1', name: 'Doradztwo', partner: 'FUND' },
    { code: 'T2', name: 'Kursy', partner: 'SZKOLA' },
  ],
  activities: [
    activity('FUND-DORADZTWO', 'DOR', 'WORKSHOP', 'FUND', 'T1'),
    activity('FUND-KLUB', 'KLUB', 'COMMUNITY_CENTRE', 'FUND', 'T1'),
    activity('SZK-SPAW', 'SPAW', 'VOCATIONAL_COURSE', 'SZKOLA', 'T2'),
  ],
  participantCode: { pattern: 'MT/\\d{4}', description: 'MT/ and four digits' },
  supportKinds: [{ code: 'STROJ', name: { pl: 'Strój', en: 'Outfit' }, activity: 'FUND-DORADZTWO' }],
  fileLayouts: layouts,
  events: [],
  sites: [],
  mediaMentions: [],
  indicators: [],
};

const PARTNER_OF: Record<string, string> = Object.fromEntries(layouts.map((layout) => [layout.kind, layout.partner]));

describe('a programme with its own partner file layouts', () => {
  let testHub: TestHub;
  const reports: ImportReport[] = [];

  async function importYouth(kind: string, lines: string[], partner = PARTNER_OF[kind]!): Promise<ImportReport> {
    const bytes = Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
    const report = await importPartnerFile({
      orm: testHub.database.orm,
      programmeCode: youth.code,
      partnerCode: partner,
      kind,
      encoding: 'utf-8',
      fileName: `${kind}.csv`,
      open: () => Readable.from([bytes]),
      viewer: cliViewer,
      peselSecret: TEST_PESEL_SECRET,
    });
    reports.push(report);
    return report;
  }
  const query = <T extends object>(text: ReturnType<typeof sql>) => runSql<T>(testHub.database.orm.em.fork(), text);

  beforeAll(async () => {
    testHub = await createTestHub({ programmes: [youth] });
    // Columns in another order than the layout lists them, and a surname to drop.
    const register = await importYouth('fund-people', [
      'Nazwisko,Koniec,ID,Start,PESEL,Powod,Rynek,Szkola',
      'Kowalska,,MT/0001,06/01/2020,92112304569,,B,S',
      'Nowak,30/06/2020,MT/0002,13/01/2020,85031501234,R,N,W',
    ]);
    expect(register).toMatchObject({ outcome: 'SUCCEEDED', inserted: 2 });
  });
  afterAll(() => testHub.close());

  it('stores the register with the programme’s codes translated and the dates read day first', async () => {
    expect(await query(sql`select p.code, sex, birth_date::text, entry_date::text, exit_date::text, exit_reason, labour_status, education_level
      from participant p join programme pr on pr.id = p.programme_id where pr.code = ${youth.code} order by p.code`)).toEqual([
      { code: 'MT/0001', sex: 'FEMALE', birth_date: '1992-11-23', entry_date: '2020-01-06', exit_date: null, exit_reason: null, labour_status: 'UNEMPLOYED', education_level: 'UPPER_SECONDARY' },
      { code: 'MT/0002', sex: 'MALE', birth_date: '1985-03-15', entry_date: '2020-01-13', exit_date: '2020-06-30', exit_reason: 'DROPPED_OUT', labour_status: 'INACTIVE', education_level: 'TERTIARY' },
    ]);
  });

  it('imports every record kind by its layout and stores exact values', async () => {
    for (const [kind, lines] of [
      ['fund-meetings', ['Dzien|Zajecia|ID|Prowadzacy|Minuty|Stan', '03/02/2020|DOR|MT/0001|Anna Wiśniewska|90|TAK', '03/02/2020|DOR|MT/0002|Anna Wiśniewska|90|USP']],
      ['fund-care', ['ID;Dzien;Dzieci;Godziny', 'MT/0001;04-02-2020;2;1,5']],
      ['fund-outcomes', ['ID,Data,Wynik', 'MT/0002,15/07/2020,"NAUKA"']],
      ['fund-support', ['ID,Data,Co,Ile', 'MT/0001,05/02/2020,UBRANIE,3']],
      ['school-lessons', ['PESEL;Imie;Kurs;Data;Lekcje;Obecny', '92112304569;Ewa;SPAW;10.03.2020;2;+', '85031501234;Jan;SPAW;10.03.2020;2;-']],
      ['school-exams', ['PESEL;Kurs;Egzamin;Ocena;Numer', '92112304569;SPAW;20.03.2020;POZ;SZK/1', '85031501234;SPAW;20.03.2020;NEG;']],
    ] as const) {
      const report = await importYouth(kind, [...lines]);
      expect(report, kind).toMatchObject({ outcome: 'SUCCEEDED', kind, partner: PARTNER_OF[kind], totalErrors: 0, inserted: lines.length - 1 });
    }
    expect(await query(sql`select a.code as activity, se.date::text, se.minutes::float8 as minutes, p.code as participant, at.status
      from attendance at join session se on se.id = at.session_id join activity a on a.id = se.activity_id join participant p on p.id = at.participant_id
      where a.programme_id = (select id from programme where code = ${youth.code}) order by a.code, p.code`)).toEqual([
      { activity: 'FUND-DORADZTWO', date: '2020-02-03', minutes: 90, participant: 'MT/0001', status: 'PRESENT' },
      { activity: 'FUND-DORADZTWO', date: '2020-02-03', minutes: 90, participant: 'MT/0002', status: 'EXCUSED' },
      { activity: 'SZK-SPAW', date: '2020-03-10', minutes: 100, participant: 'MT/0001', status: 'PRESENT' },
      { activity: 'SZK-SPAW', date: '2020-03-10', minutes: 100, participant: 'MT/0002', status: 'ABSENT' },
    ]);
    expect(await query(sql`select a.code as activity, c.date::text, c.children_count, c.hours::float8 as hours
      from childcare c join activity a on a.id = c.activity_id where a.programme_id = (select id from programme where code = ${youth.code})`)).toEqual([
      { activity: 'FUND-KLUB', date: '2020-02-04', children_count: 2, hours: 1.5 },
    ]);
    expect(await query(sql`select p.code, r.date::text, r.type from participant_result r join participant p on p.id = r.participant_id
      where p.programme_id = (select id from programme where code = ${youth.code})`)).toEqual([{ code: 'MT/0002', date: '2020-07-15', type: 'IN_EDUCATION' }]);
    expect(await query(sql`select p.code, a.code as activity, s.date::text, s.kind, s.quantity, s.description from support_item s
      join participant p on p.id = s.participant_id join activity a on a.id = s.activity_id
      where p.programme_id = (select id from programme where code = ${youth.code})`)).toEqual([
      { code: 'MT/0001', activity: 'FUND-DORADZTWO', date: '2020-02-05', kind: 'STROJ', quantity: 3, description: '' },
    ]);
    expect(await query(sql`select p.code, a.code as activity, e.exam_date::text, e.passed, e.certificate_number from exam_result e
      join participant p on p.id = e.participant_id join activity a on a.id = e.activity_id
      where p.programme_id = (select id from programme where code = ${youth.code}) order by p.code`)).toEqual([
      { code: 'MT/0001', activity: 'SZK-SPAW', exam_date: '2020-03-20', passed: true, certificate_number: 'SZK/1' },
      { code: 'MT/0002', activity: 'SZK-SPAW', exam_date: '2020-03-20', passed: false, certificate_number: null },
    ]);
  });

  it('rejects bad rows naming the partner’s own columns, codes and formats, never a dropped column’s value', async () => {
    const register = await importYouth('fund-people', [
      'ID,PESEL,Nazwisko,Start,Koniec,Powod,Rynek,Szkola',
      'RDR-003,01210707895,Zielińska,2020-02-03,,,B,S',
      'MT/0003,01210707895,Zielińska,03/02/2020,03/03/2020,,X,S',
    ]);
    expect(register.outcome).toBe('REJECTED');
    expect(register.errors).toEqual([
      { line: 2, column: 'id', value: 'RDR-003', reason: 'a participant code is MT/ and four digits', code: 'INVALID_CODE' },
      { line: 2, column: 'start', value: '2020-02-03', reason: 'not a date in the form DD/MM/YYYY', code: 'INVALID_DATE' },
      { line: 3, column: 'powod', value: '', reason: 'an exit date needs an exit reason (K or R)', code: 'EXIT_REASON_MISSING' },
      { line: 3, column: 'rynek', value: 'X', reason: 'not one of B, N, P', code: 'UNKNOWN_CODE' },
    ]);
    const care = await importYouth('fund-care', ['ID;Dzien;Dzieci;Godziny', 'MT/0001;05-02-2020;1;2.5']);
    expect(care.errors).toEqual([{ line: 2, column: 'godziny', value: '2.5', reason: 'not a number (use 1,5)', code: 'INVALID_NUMBER' }]);
    const meetings = await importYouth('fund-meetings', ['ID|Zajecia|Dzien|Prowadzacy|Minuty', 'MT/0001|DOR|04/02/2020|Anna Wiśniewska|45']);
    expect(meetings.errors).toEqual([{ line: 1, column: 'stan', value: '', reason: 'the header has no column stan', code: 'MISSING_COLUMN' }]);
    const exams = await importYouth('school-exams', ['PESEL;Kurs;Egzamin;Ocena;Numer', '92112304569;SPAW;21.03.2020;POZ;']);
    expect(exams.errors).toEqual([{ line: 2, column: 'numer', value: '', reason: 'a passed exam (POZ) needs a certificate number', code: 'CERTIFICATE_NUMBER_MISSING' }]);
    const lessons = await importYouth('school-lessons', ['PESEL;Imie;Kurs;Data;Lekcje;Obecny', '92112304569;"Ewa "Ruda"";SPAW;11.03.2020;1;TAK']);
    expect(lessons.outcome).toBe('REJECTED');
    // The dropped columns' values (a stray quote in a first name, surnames, a teacher) reach no report.
    const stored = await query<{ report: unknown }>(sql`select report from import_batch where status = 'REJECTED'`);
    for (const text of [JSON.stringify(reports), JSON.stringify(stored)]) {
      for (const name of ['Zielińska', 'Wiśniewska', 'Ewa', 'Ruda']) expect(text).not.toContain(name);
    }
  });

  it('refuses a kind the programme has no layout for, listing its kinds, and a kind of another partner', async () => {
    await expect(importYouth('mops-register', ['x'], 'FUND')).rejects.toThrow(
      new ImportRequestError(
        'Unknown file kind "mops-register": expected one of fund-people, fund-meetings, fund-care, fund-outcomes, fund-support, school-lessons, school-exams.',
      ),
    );
    await expect(importYouth('school-exams', ['x'], 'FUND')).rejects.toThrow(new ImportRequestError('A school-exams file belongs to SZKOLA, not FUND.'));
  });

  it('takes the programme’s kinds over HTTP: POST /imports/{kind} reads by the layout and refuses other kinds naming the parameter', async () => {
    const server: Server = createHttpServer({ hub: testHub.hub });
    try {
      const base = await listenOnLoopback(server);
      const { token } = await createApiToken(testHub.database.orm.em.fork(), {
        secret: testHub.hub.secret, binding: { role: Role.ADMIN, partnerCode: null }, name: 'layouts', createdBy: 'test',
      });
      const upload = async (pathAndQuery: string, body: string) => {
        const response = await fetch(`${base}${pathAndQuery}`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, body });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const accepted = await upload('/imports/fund-outcomes?programme=MLODZI-TEST', 'ID,Data,Wynik\r\nMT/0001,01/08/2020,PRACA\r\n');
      expect(accepted).toMatchObject({ status: 200, body: { outcome: 'SUCCEEDED', kind: 'fund-outcomes', partner: 'FUND', inserted: 1 } });
      expect(await upload('/imports/mops-register?programme=MLODZI-TEST', 'x')).toEqual({
        status: 400,
        body: { error: { code: 'BAD_REQUEST', parameter: 'kind', message: 'Unknown file kind "mops-register": expected one of fund-people, fund-meetings, fund-care, fund-outcomes, fund-support, school-lessons, school-exams.' } },
      });
      expect(await upload('/imports/school-exams?programme=MLODZI-TEST&partner=FUND', 'x')).toEqual({
        status: 400,
        body: { error: { code: 'BAD_REQUEST', parameter: 'partner', message: 'A school-exams file belongs to SZKOLA, not "FUND".' } },
      });
    } finally {
      server.close();
    }
  });
});
