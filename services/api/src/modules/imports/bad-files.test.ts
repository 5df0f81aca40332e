import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { listenOnLoopback, createHttpServer } from '../../http/server.js';
import { createLogger } from '../../observability/logger.js';
import { fingerprintParticipantData } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { createApiToken } from '../api-token/api-token.service.js';
import { Role } from '../../access/viewer.js';
import { MAX_LISTED_ERRORS, type ImportRowError } from './import-report.js';
import type { PartnerFileKind } from './partner-file-kinds.js';

/**
 * The bad-file suite (issue 14): every kind of broken file a partner system may send. Each one goes
 * through POST /imports and the importPartnerFile mutation; both must give the exact report below,
 * store nothing, leave the batch REJECTED with that report, and nothing of the file may reach a log
 * or an answer but codes, masked PESELs and capped values.
 */

const REGISTER = [
  'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie',
  'RDR-001;85031501234;2011-09-05;2012-11-30;UKONCZENIE;BEZROBOTNY;PODSTAWOWE',
  'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
];
/** Values the suite's files carry that must never come back unmasked. */
const PESELS = ['85031501234', '92112304569', '77070701016'];
const NAMES = ['Brzęczyszczykiewicz', 'Grzegorz', 'Żółtowska', 'Jadwiga'];

const W = 'kod_uczestnika;warsztat;data;godziny;obecnosc';
const GOOD_W = 'RDR-001;MOPS-W1;2011-10-05;3;OB';
const C = 'uczestnik,data,rodzaj,ilosc,opis';
const GOOD_C = 'RDR-001,12.10.2011,STROJ,1,sportowy';
const Z = 'pesel;nazwisko;imie;kurs;data;godz_lekcyjne;obecnosc';
const GOOD_Z = '85031501234;Brzęczyszczykiewicz;Grzegorz;K01;2012-03-01;6;1';

const crlf = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
const lf = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');
const error = (line: number, column: string, value: string, code: string, reason: string): ImportRowError => ({ line, column, value, code, reason });

const UNKNOWN_RDR_999 = (line: number) => error(line, 'kod_uczestnika', 'RDR-999', 'UNKNOWN_PARTICIPANT', 'no such participant in the MOPS register');
const UNKNOWN_CISI_999 = (line: number) => error(line, 'uczestnik', 'RDR-999', 'UNKNOWN_PARTICIPANT', 'no such participant in the MOPS register');
const STRAY = 'a quote inside an unquoted value: quote the whole value and double the quotes inside it ("")';
const AFTER_QUOTE = 'text after the closing quote of a quoted value: a quote inside a quoted value must be doubled ("")';
const NUL_REASON = 'the value contains a NUL byte (0x00): the file is damaged or not text';
const TOO_LONG = 'the value is longer than 10,000 characters';
const MISLABELLED_UTF8 = 'the file is declared Windows-1250 but it is valid UTF-8 with multi-byte letters: it looks like UTF-8, import it with encoding utf-8';
const wholeFile = (code: string, reason: string, line = 1) => [error(line, '', '', code, reason)];

interface BadFile {
  name: string;
  kind: PartnerFileKind;
  bytes: Buffer;
  encoding?: 'utf-8' | 'windows-1250';
  errors: ImportRowError[];
  rowsRead?: number;
}

const manyUnknown = [W, ...Array.from({ length: 1_500 }, () => 'RDR-999;MOPS-W1;2011-10-05;3;OB')];

const BAD_FILES: BadFile[] = [
  // Quotes
  { name: 'an unterminated quote, named on the line it opens', kind: 'mops-workshops', bytes: crlf([W, GOOD_W, 'RDR-001;"MOPS-W1;2011-10-05;3;OB', GOOD_W, GOOD_W]), rowsRead: 2,
    errors: [error(3, 'warsztat', '', 'UNTERMINATED_QUOTE', 'a quote opened on line 3 is never closed: the rest of the file was read as one value')] },
  { name: 'an unterminated quote on the last line', kind: 'mops-workshops', bytes: Buffer.from(`${W}\r\n${GOOD_W}\r\nRDR-001;MOPS-W1;2011-10-05;3;"OB`), rowsRead: 2,
    errors: [error(3, 'obecnosc', '', 'UNTERMINATED_QUOTE', 'a quote opened on line 3 is never closed: the rest of the file was read as one value')] },
  { name: 'a stray quote in an unquoted value', kind: 'mops-workshops', bytes: crlf([W, GOOD_W, 'RDR-001;MOPS"W1;2011-10-05;3;OB']), rowsRead: 2,
    errors: [error(3, 'warsztat', 'MOPS"W1', 'STRAY_QUOTE', STRAY)] },
  { name: 'text after a closing quote', kind: 'mops-workshops', bytes: crlf([W, 'RDR-001;"MOPS-W1"x;2011-10-05;3;OB']), rowsRead: 1,
    errors: [error(2, 'warsztat', 'MOPS-W1x', 'TEXT_AFTER_CLOSING_QUOTE', AFTER_QUOTE)] },
  { name: 'a stray quote in the header', kind: 'mops-workshops', bytes: crlf(['kod_uczestnika;warsztat;da"ta;godziny;obecnosc', GOOD_W]), rowsRead: 0,
    errors: wholeFile('STRAY_QUOTE', `the header line cannot be read: ${STRAY}`) },
  { name: 'a stray quote in a name column (value not shown)', kind: 'zdz-attendance', bytes: crlf([Z, '85031501234;Brzęczy"szczykiewicz 92112304569;Grzegorz;K01;2012-03-01;6;1']), rowsRead: 1,
    errors: [error(2, 'nazwisko', '', 'STRAY_QUOTE', STRAY)] },
  // Physical lines
  { name: 'a quoted line break in a CRLF file (later lines stay right)', kind: 'cisi-support', bytes: crlf([C, 'RDR-001,12.10.2011,STROJ,1,"dres\r\nz kapturem"', GOOD_C, 'RDR-999,12.10.2011,STROJ,1,x']), rowsRead: 3,
    errors: [UNKNOWN_CISI_999(5)] },
  { name: 'three quoted line breaks in a CRLF file', kind: 'cisi-support', bytes: crlf([C, 'RDR-001,12.10.2011,STROJ,1,"a\r\nb\r\n\r\nc"', 'RDR-999,12.10.2011,STROJ,1,x']), rowsRead: 2,
    errors: [UNKNOWN_CISI_999(6)] },
  { name: 'a quoted line break in an LF file', kind: 'cisi-support', bytes: lf([C, 'RDR-001,12.10.2011,STROJ,1,"dres\nz kapturem"', 'RDR-999,12.10.2011,STROJ,1,x']), rowsRead: 2,
    errors: [UNKNOWN_CISI_999(4)] },
  { name: 'a bad record spanning lines is named by its first line', kind: 'cisi-support', bytes: crlf([C, GOOD_C, 'RDR-999,12.10.2011,STROJ,1,"dres\r\nz kapturem"']), rowsRead: 2,
    errors: [UNKNOWN_CISI_999(3)] },
  { name: 'blank lines between rows', kind: 'mops-workshops', bytes: crlf([W, GOOD_W, '', '', 'RDR-999;MOPS-W1;2011-10-05;3;OB']), rowsRead: 2,
    errors: [UNKNOWN_RDR_999(5)] },
  { name: 'old Mac line ends (CR only)', kind: 'mops-workshops', bytes: Buffer.from(`${W}\r${GOOD_W}\rRDR-999;MOPS-W1;2011-10-05;3;OB\r`), rowsRead: 2,
    errors: [UNKNOWN_RDR_999(3)] },
  { name: 'no line break after the last row', kind: 'mops-workshops', bytes: Buffer.from(`${W}\n${GOOD_W}\nRDR-999;MOPS-W1;2011-10-05;3;OB`), rowsRead: 2,
    errors: [UNKNOWN_RDR_999(3)] },
  { name: 'a delimiter and doubled quotes inside a quoted value, then a bad row', kind: 'cisi-support', bytes: crlf([C, 'RDR-001,12.10.2011,STROJ,1,"dres, ""Adidas"""', 'RDR-999,12.10.2011,STROJ,1,x']), rowsRead: 2,
    errors: [UNKNOWN_CISI_999(3)] },
  // Field counts and header
  { name: 'too few fields', kind: 'mops-workshops', bytes: crlf([W, 'RDR-001;MOPS-W1;2011-10-05;3']), rowsRead: 1,
    errors: [error(2, '', '4 fields', 'WRONG_FIELD_COUNT', 'expected 5 fields like the header, found 4')] },
  { name: 'too many fields', kind: 'mops-workshops', bytes: crlf([W, `${GOOD_W};x;y`]), rowsRead: 1,
    errors: [error(2, '', '7 fields', 'WRONG_FIELD_COUNT', 'expected 5 fields like the header, found 7')] },
  { name: 'thousands of fields on one line', kind: 'mops-workshops', bytes: crlf([W, `${GOOD_W}${';x'.repeat(5_000)}`]), rowsRead: 1,
    errors: [error(2, '', '5005 fields', 'WRONG_FIELD_COUNT', 'expected 5 fields like the header, found 5005')] },
  { name: 'the wrong delimiter', kind: 'mops-workshops', bytes: crlf([W.replaceAll(';', ','), GOOD_W.replaceAll(';', ',')]), rowsRead: 0,
    errors: ['data', 'godziny', 'kod_uczestnika', 'obecnosc', 'warsztat'].map((column) => error(1, column, '', 'MISSING_COLUMN', `the header has no column ${column}`)) },
  { name: 'a missing column', kind: 'mops-workshops', bytes: crlf(['kod_uczestnika;warsztat;data;obecnosc', 'RDR-001;MOPS-W1;2011-10-05;OB']), rowsRead: 0,
    errors: [error(1, 'godziny', '', 'MISSING_COLUMN', 'the header has no column godziny')] },
  { name: 'a repeated column', kind: 'mops-workshops', bytes: crlf([`${W};data`, `${GOOD_W};2011-10-05`]), rowsRead: 0,
    errors: [error(1, 'data', 'data', 'DUPLICATE_COLUMN', 'column data appears twice in the header')] },
  { name: 'an empty file', kind: 'mops-workshops', bytes: Buffer.alloc(0), rowsRead: 0, errors: wholeFile('EMPTY_FILE', 'the file is empty: no header row') },
  { name: 'only blank lines', kind: 'mops-workshops', bytes: Buffer.from('\r\n\r\n\n'), rowsRead: 0, errors: wholeFile('EMPTY_FILE', 'the file is empty: no header row') },
  { name: 'a header and no rows', kind: 'mops-workshops', bytes: crlf([W]), rowsRead: 0, errors: [error(2, '', '', 'NO_ROWS', 'the file has a header but no data rows')] },
  // NUL and control characters
  { name: 'a NUL byte in a coded value', kind: 'mops-workshops', bytes: crlf([W, 'RDR-001;MOPS-W1\u0000;2011-10-05;3;OB']), rowsRead: 1,
    errors: [error(2, 'warsztat', 'MOPS-W1␀', 'NUL_BYTE', NUL_REASON)] },
  { name: 'a NUL byte in free text', kind: 'cisi-support', bytes: crlf([C, 'RDR-001,12.10.2011,STROJ,1,dres\u0000\u0000']), rowsRead: 1,
    errors: [error(2, 'opis', 'dres␀␀', 'NUL_BYTE', NUL_REASON)] },
  { name: 'a NUL byte in a name column (value not shown)', kind: 'zdz-attendance', bytes: crlf([Z, '85031501234;Żółtowska\u0000;Jadwiga;K01;2012-03-01;6;1']), rowsRead: 1,
    errors: [error(2, 'nazwisko', '', 'NUL_BYTE', NUL_REASON)] },
  { name: 'a control character in a coded value', kind: 'mops-workshops', bytes: crlf([W, 'RDR-001;MOPS-W1\u0007;2011-10-05;3;OB']), rowsRead: 1,
    errors: [error(2, 'warsztat', 'MOPS-W1\uFFFD', 'UNKNOWN_ACTIVITY', 'not an activity of MOPS (MOPS-SWIETLICA, MOPS-W1, MOPS-W2, MOPS-W3, MOPS-W4)')] },
  // Not CSV text at all
  { name: 'a gzip file', kind: 'mops-workshops', bytes: gzipSync(crlf([W, GOOD_W])), rowsRead: 0,
    errors: wholeFile('COMPRESSED_FILE', 'the file is gzip-compressed: unpack it and send the CSV file inside') },
  { name: 'a ZIP archive', kind: 'mops-workshops', bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), Buffer.alloc(200, 7)]), rowsRead: 0,
    errors: wholeFile('COMPRESSED_FILE', 'the file is a ZIP archive (or an Excel .xlsx workbook): send the CSV file itself (in Excel: Save as → CSV)') },
  { name: 'a bzip2 file', kind: 'mops-workshops', bytes: Buffer.concat([Buffer.from('BZh91AY&SY'), Buffer.alloc(100, 0xff)]), rowsRead: 0,
    errors: wholeFile('COMPRESSED_FILE', 'the file is bzip2-compressed: unpack it and send the CSV file inside') },
  { name: 'an old Excel workbook', kind: 'mops-workshops', bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), rowsRead: 0,
    errors: wholeFile('BINARY_FILE', 'the file is an old Excel (.xls) or Word document, not CSV: in Excel use Save as → CSV') },
  { name: 'a PDF', kind: 'mops-workshops', bytes: Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj\n', 'latin1'), rowsRead: 0,
    errors: wholeFile('BINARY_FILE', 'the file is a PDF document, not CSV') },
  { name: 'random binary bytes', kind: 'mops-workshops', bytes: Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)), rowsRead: 0,
    errors: wholeFile('BINARY_FILE', 'the file is binary (many control bytes), not CSV text') },
  { name: 'UTF-16 text', kind: 'mops-workshops', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${W}\r\n${GOOD_W}\r\n`, 'utf16le')]), rowsRead: 0,
    errors: wholeFile('UNSUPPORTED_ENCODING', 'the file is UTF-16 text: save it as UTF-8 (or Windows-1250) CSV') },
  // Encodings
  { name: 'UTF-8 sent as Windows-1250', kind: 'cisi-support', encoding: 'windows-1250', bytes: crlf([C, GOOD_C, 'RDR-001,12.10.2011,STROJ,1,strój łyżwiarski']), rowsRead: 0,
    errors: wholeFile('MISLABELLED_ENCODING', MISLABELLED_UTF8, 3) },
  { name: 'UTF-8 with a byte-order mark sent as Windows-1250', kind: 'cisi-support', encoding: 'windows-1250', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), crlf([C, GOOD_C])]), rowsRead: 0,
    errors: wholeFile('MISLABELLED_ENCODING', 'the file is declared Windows-1250 but starts with a UTF-8 byte-order mark: it looks like UTF-8, import it with encoding utf-8') },
  { name: 'Windows-1250 sent as UTF-8', kind: 'cisi-support', bytes: iconv.encode(`${C}\r\n${GOOD_C}\r\nRDR-001,12.10.2011,STROJ,1,strój łyżwiarski\r\n`, 'win1250'), rowsRead: 2,
    errors: [error(3, 'opis', 'str\uFFFDj \uFFFDy\uFFFDwiarski', 'INVALID_ENCODING',
      'the text is not valid UTF-8; it looks like Windows-1250: if the file comes from a Windows system, import it with --encoding windows-1250')] },
  // Sizes
  { name: 'a 20,000-character value', kind: 'mops-workshops', bytes: crlf([W, `RDR-001;${'W'.repeat(20_000)};2011-10-05;3;OB`]), rowsRead: 1,
    errors: [error(2, 'warsztat', `${'W'.repeat(200)}…`, 'FIELD_TOO_LONG', TOO_LONG)] },
  { name: 'an over-long name (value not shown)', kind: 'zdz-attendance', bytes: crlf([Z, `85031501234;${'Żółtowska'.repeat(2_000)};Jadwiga;K01;2012-03-01;6;1`]), rowsRead: 1,
    errors: [error(2, 'nazwisko', '', 'FIELD_TOO_LONG', TOO_LONG)] },
  { name: 'a 500-character bad value, capped', kind: 'mops-workshops', bytes: crlf([W, `RDR-001;${'X'.repeat(500)};2011-10-05;3;OB`]), rowsRead: 1,
    errors: [error(2, 'warsztat', `${'X'.repeat(200)}…`, 'UNKNOWN_ACTIVITY', 'not an activity of MOPS (MOPS-SWIETLICA, MOPS-W1, MOPS-W2, MOPS-W3, MOPS-W4)')] },
  // PESELs and values
  { name: 'a PESEL where a participant code belongs (masked)', kind: 'mops-workshops', bytes: crlf([W, '92112304569;MOPS-W1;2011-10-05;3;OB']), rowsRead: 1,
    errors: [error(2, 'kod_uczestnika', '*********69', 'UNKNOWN_PARTICIPANT', 'no such participant in the MOPS register')] },
  { name: 'a PESEL inside free text of a bad row (masked)', kind: 'cisi-support', bytes: crlf([C, 'RDR-001,12.10.2011,STROJ,1,"pesel 92112304569, ""x"" " y']), rowsRead: 1,
    errors: [error(2, 'opis', 'pesel *********69, "x"  y', 'TEXT_AFTER_CLOSING_QUOTE', AFTER_QUOTE)] },
  { name: 'an invalid PESEL (masked)', kind: 'zdz-attendance', bytes: crlf([Z, '85031501235;Brzęczyszczykiewicz;Grzegorz;K01;2012-03-01;6;1']), rowsRead: 1,
    errors: [error(2, 'pesel', '*********35', 'INVALID_PESEL', 'invalid PESEL: the check digit does not match')] },
  { name: 'a PESEL not in the register (masked)', kind: 'zdz-attendance', bytes: crlf([Z, '77070701016;Żółtowska;Jadwiga;K01;2012-03-01;6;1']), rowsRead: 1,
    errors: [error(2, 'pesel', '*********16', 'UNKNOWN_PARTICIPANT', 'no participant with this PESEL in the MOPS register')] },
  // Values
  { name: 'an unknown participant code', kind: 'mops-workshops', bytes: crlf([W, GOOD_W, 'RDR-999;MOPS-W1;2011-10-05;3;OB']), rowsRead: 2, errors: [UNKNOWN_RDR_999(3)] },
  { name: 'a duplicate row', kind: 'mops-workshops', bytes: crlf([W, GOOD_W, GOOD_W]), rowsRead: 2,
    errors: [error(3, '', '', 'DUPLICATE_ROW', 'duplicate of line 2: the same participant at the same session (activity and date)')] },
  { name: 'many bad rows: the first 1,000 listed, all counted', kind: 'mops-workshops', bytes: crlf(manyUnknown), rowsRead: 1_500,
    errors: Array.from({ length: MAX_LISTED_ERRORS }, (_, index) => UNKNOWN_RDR_999(index + 2)) },
];

describe('the bad-file suite', () => {
  let testHub: TestHub;
  let server: Server;
  let base: string;
  let token: string;
  /** Everything the suite's hub logged, and every answer it gave. */
  const logLines: string[] = [];
  const answers: string[] = [];

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logLines.push(chunk.toString('utf8'));
        callback();
      },
    });
    testHub = await createTestHub({ logger: createLogger({ level: 'debug', destination }) });
    ({ token } = await createApiToken(testHub.database.orm.em.fork(), {
      secret: testHub.hub.secret,
      binding: { role: Role.ADMIN, partnerCode: null },
      name: 'bad files',
      createdBy: 'test',
    }));
    server = createHttpServer({ hub: testHub.hub, logger: createLogger({ level: 'debug', destination }) });
    base = await listenOnLoopback(server);
    const register = await upload('mops-register', crlf(REGISTER));
    expect(register.status).toBe(200);
    expect((await upload('zdz-attendance', crlf([Z, GOOD_Z]))).status).toBe(200);
  });
  afterAll(async () => {
    server.close();
    await testHub.close();
  });

  async function upload(kind: PartnerFileKind, bytes: Buffer, encoding = 'utf-8') {
    const response = await fetch(`${base}/imports/${kind}?programme=RDR-PLOCK-2011&encoding=${encoding}&fileName=${kind}.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: bytes,
    });
    const text = await response.text();
    answers.push(text);
    return { status: response.status, body: JSON.parse(text) };
  }

  async function viaGraphQL(kind: PartnerFileKind, bytes: Buffer, encoding: string) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($file: PartnerFileInput!) { importPartnerFile(file: $file) {
          accepted rowsRead totalErrors badRows errorsByCode { code count } batch { id status }
          errors { line column value code reason } } }`,
        variables: {
          file: { programme: 'RDR-PLOCK-2011', partner: kind.split('-')[0]!.toUpperCase(), kind, encoding: encoding === 'utf-8' ? 'UTF_8' : 'WINDOWS_1250', fileName: `${kind}.csv`, contentBase64: bytes.toString('base64') },
        },
      }),
    });
    const text = await response.text();
    answers.push(text);
    return { status: response.status, body: JSON.parse(text) };
  }

  it(`has at least 40 kinds of bad file (${BAD_FILES.length})`, () => {
    expect(BAD_FILES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(BAD_FILES)('$name: the same exact report over HTTP and GraphQL, nothing stored, batch REJECTED', async (file) => {
    const before = await fingerprintParticipantData(testHub.database.orm);
    const encoding = file.encoding ?? 'utf-8';
    const http = await upload(file.kind, file.bytes, encoding);
    expect(http.status).toBe(422);
    const report = http.body;
    expect(report.outcome).toBe('REJECTED');
    expect(report.errors).toEqual(file.errors);
    if (file.rowsRead !== undefined) expect(report.rowsRead).toBe(file.rowsRead);
    const total = file.errors === BAD_FILES.at(-1)!.errors ? 1_500 : file.errors.length;
    expect(report.totalErrors).toBe(total);
    expect(report.badRows).toBe(file.errors === BAD_FILES.at(-1)!.errors ? 1_500 : new Set(file.errors.map((row) => row.line)).size);
    expect(Object.values(report.errorsByCode as Record<string, number>).reduce((sum, count) => sum + count, 0)).toBe(total);
    expect([report.inserted, report.updated, report.unchanged]).toEqual([0, 0, 0]);

    const graphql = await viaGraphQL(file.kind, file.bytes, encoding);
    if (file.bytes.length === 0) {
      // GraphQL refuses an empty upload as bad input before any batch exists.
      expect(graphql.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    } else {
      const answer = graphql.body.data.importPartnerFile;
      expect(answer).toMatchObject({ accepted: false, rowsRead: report.rowsRead, totalErrors: report.totalErrors, badRows: report.badRows, batch: { status: 'REJECTED' } });
      expect(answer.errors).toEqual(report.errors);
      expect(Object.fromEntries(answer.errorsByCode.map(({ code, count }: { code: string; count: number }) => [code, count]))).toEqual(report.errorsByCode);
    }

    expect(await fingerprintParticipantData(testHub.database.orm)).toEqual(before);
    const [batch] = await runSql<{ status: string; rejected_rows: number; report: { errors: ImportRowError[]; totalErrors: number } }>(
      testHub.database.orm.em.fork(),
      sql`select status, rejected_rows, report from import_batch where id = ${report.batch}`,
    );
    expect(batch).toMatchObject({ status: 'REJECTED', rejected_rows: report.badRows, report: { errors: report.errors, totalErrors: report.totalErrors } });
  });

  it('never lets a PESEL, a name or an 11-digit string into a log line or an answer', () => {
    expect(logLines.length).toBeGreaterThan(BAD_FILES.length);
    for (const raw of [...logLines, ...answers]) {
      // Checksums and request ids are hex: they may hold digit runs that mean nothing.
      const text = raw.replace(/\b[0-9a-f]{64}\b/g, '<sha256>').replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>');
      expect(text).not.toMatch(/\d{11}/);
      for (const secret of [...PESELS, ...NAMES]) expect(text).not.toContain(secret);
    }
  });
});
