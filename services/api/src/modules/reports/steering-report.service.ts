import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../access/viewer.js';
import { recordAuditNow, actorOf } from '../audit/audit.service.js';
import { collectSteeringReport, ReportRequestError } from './steering-report.data.js';
import { REPORT_LANGUAGES, type ReportLanguage } from './steering-report.labels.js';
import { renderSteeringReportPdf } from './steering-report.pdf.js';

export interface SteeringReportFile {
  fileName: string;
  body: Buffer;
}

/** Checks `lang`: pl (default) or en. */
export function parseReportLanguage(value: string | null | undefined): ReportLanguage {
  if (value === null || value === undefined || value === '') return 'pl';
  if ((REPORT_LANGUAGES as readonly string[]).includes(value)) return value as ReportLanguage;
  throw new ReportRequestError('lang', `lang: expected pl or en; got ${JSON.stringify(value)}.`);
}

/** The monthly steering report for a viewer, as a PDF file; recorded in the audit log like an export. */
export async function createSteeringReport(
  em: EntityManager,
  options: { programmeCode: string; month: string; lang: ReportLanguage; viewer: Viewer; k: number },
): Promise<SteeringReportFile> {
  const data = await collectSteeringReport(em, options);
  const body = await renderSteeringReportPdf(data, options.lang);
  await recordAuditNow(em, {
    actor: actorOf(options.viewer),
    action: 'report.steering',
    programmeCode: data.programme.code,
    entityType: 'report',
    entityKey: data.month,
    details: { month: data.month, lang: options.lang, role: data.role, bytes: body.length },
  });
  return { fileName: `raport-komitetu-${data.programme.code}-${data.month}-${options.lang}.pdf`, body };
}
