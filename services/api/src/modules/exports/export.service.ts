import type { EntityManager } from '@mikro-orm/postgresql';
import { ComputationSlots } from '../../analytics/index.js';
import { actorOf, recordAuditNow } from '../audit/audit.service.js';
import type { Viewer } from '../../access/viewer.js';
import { renderCsv } from './export-csv.js';
import { buildExportDocument, type ExportDocument } from './export-document.js';
import type { ExportFormat, ExportRequest } from './export-parameters.js';
import { renderXlsx } from './export-xlsx.js';

/** A finished export: the bytes, how to serve them, and the content they were made from. */
export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
  document: ExportDocument;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/** "RDR-PLOCK-2011_aggregate_PARTICIPANTS_20121130-154500.csv": programme, content, time (UTC); ASCII only. */
function fileNameFor(document: ExportDocument, format: ExportFormat): string {
  const stamp = document.generatedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const parts = [document.programme.code, document.kind, ...(document.aggregate ? [document.aggregate.measure] : []), stamp];
  return `${parts.join('_').replace(/[^A-Za-z0-9_.-]/g, '_')}.${format}`;
}

/**
 * One export is built at a time in a process: a large one holds its rows, and its text while it is
 * rendered (an 80,000-cell JSON export is a 43 MB string), and the hub runs with a bounded heap
 * (npm start), so two at once could exhaust it where one cannot. Exports are rare; the next one waits.
 */
const exportBuilds = new ComputationSlots(1);

async function renderBody(document: ExportDocument, request: ExportRequest): Promise<Buffer> {
  if (request.format === 'csv') return renderCsv(document, request.csv);
  if (request.format === 'xlsx') return renderXlsx(document);
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}

/**
 * Makes one export for `viewer` (suppressed for its role, like the same GraphQL query) and records it
 * in the audit log before handing it out: an export that cannot be audited is not given out.
 * Throws ExportParameterError for a caller's mistake, and ANSWER_TOO_LARGE (a GraphQLError) for an
 * aggregate of more than `maxCells` cells (HUB_MAX_EXPORT_CELLS over HTTP; `hub export` has no limit).
 */
export async function createExport(
  em: EntityManager,
  options: { request: ExportRequest; viewer: Viewer; k: number; now?: Date; maxCells?: number },
): Promise<ExportFile> {
  const { request, viewer } = options;
  const { document, body } = await exportBuilds.run(async () => {
    const built = await buildExportDocument(em, { request, viewer, k: options.k, now: options.now ?? new Date(), maxCells: options.maxCells });
    return { document: built, body: await renderBody(built, request) };
  });
  const fileName = fileNameFor(document, request.format);

  await recordAuditNow(em, {
    actor: actorOf(viewer),
    action: `export.${request.kind}`,
    programmeCode: document.programme.code,
    entityType: 'export',
    entityKey: fileName,
    details: {
      format: request.format,
      role: document.role,
      partnerCode: document.partnerCode,
      k: document.suppressionK,
      measure: request.measure,
      groupBy: request.groupBy,
      filter: request.filter,
      rows: document.indicators?.length ?? document.aggregate?.rows.length ?? 0,
      suppressedCells:
        document.indicators?.filter((indicator) => indicator.suppressed).length ??
        document.aggregate?.rows.filter((row) => row.suppressed).length ??
        0,
      bytes: body.length,
      via: viewer.kind,
    },
  });
  return { body, contentType: CONTENT_TYPES[request.format], fileName, document };
}
