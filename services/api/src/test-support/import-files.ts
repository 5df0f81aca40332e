import { Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PARTNER_FILE_FORMATS } from '@razem/contract';
import iconv from 'iconv-lite';
import { rawSql, runSql, sql } from '../database/sql-fragment.js';
import { cliViewer, type Viewer } from '../access/viewer.js';
import { importPartnerFile, type ImportFileOptions } from '../modules/imports/import.service.js';

type ImportModeOptions = Partial<Pick<ImportFileOptions, 'mode' | 'from' | 'to' | 'dryRun' | 'allowMassDelete' | 'confirmCascade'>>;
import type { ImportReport } from '../modules/imports/import-report.js';
import type { FileEncoding, PartnerFileKind } from '../modules/imports/partner-file-kinds.js';

/** The MOPS register's header, and one registered participant (RDR-001, a valid PESEL) most tests start from. */
export const REGISTER_HEADER = PARTNER_FILE_FORMATS['mops-register'].header.join(';');
export const FIRST_PARTICIPANT = 'RDR-001;85031501234;2011-09-05;;;BEZROBOTNY;PODSTAWOWE';

export const TEST_PESEL_SECRET = 'test-pesel-secret-0123456789abcdef0123';

const PARTNER_OF_KIND = (kind: PartnerFileKind) => kind.split('-')[0]!.toUpperCase();

/** Imports a file given as lines of text (joined with CRLF), as the partner owning the kind. */
export async function importLines(
  orm: MikroORM,
  kind: PartnerFileKind,
  lines: string[],
  options: { encoding?: FileEncoding; viewer?: Viewer; programme?: string; bytes?: Buffer } & ImportModeOptions = {},
): Promise<ImportReport> {
  const encoding = options.encoding ?? 'utf-8';
  const text = `${lines.join('\r\n')}\r\n`;
  const bytes = options.bytes ?? (encoding === 'windows-1250' ? iconv.encode(text, 'win1250') : Buffer.from(text, 'utf8'));
  return importPartnerFile({
    orm,
    programmeCode: options.programme ?? 'RDR-PLOCK-2011',
    partnerCode: PARTNER_OF_KIND(kind),
    kind,
    encoding,
    fileName: `${kind}.csv`,
    open: () => Readable.from([bytes]),
    viewer: options.viewer ?? cliViewer,
    peselSecret: TEST_PESEL_SECRET,
    mode: options.mode,
    from: options.from,
    to: options.to,
    dryRun: options.dryRun,
    allowMassDelete: options.allowMassDelete,
    confirmCascade: options.confirmCascade,
  });
}

const DATA_TABLES = ['participant', 'session', 'attendance', 'exam_result', 'support_item', 'childcare', 'participant_result'];

/** A digest of every participant-data table: equal digests mean nothing was stored or changed. */
export async function fingerprintParticipantData(orm: MikroORM): Promise<Record<string, string>> {
  const em = orm.em.fork();
  const digest: Record<string, string> = {};
  for (const table of DATA_TABLES) {
    const [row] = await runSql<{ digest: string }>(
      em,
      sql`select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${rawSql(`"${table}"`)} t`,
    );
    digest[table] = row!.digest;
  }
  return digest;
}

/** Registers participants through the MOPS register importer (by default just RDR-001). */
export function registerParticipants(orm: MikroORM, rows: readonly string[] = [FIRST_PARTICIPANT]): Promise<ImportReport> {
  return importLines(orm, 'mops-register', [REGISTER_HEADER, ...rows]);
}
