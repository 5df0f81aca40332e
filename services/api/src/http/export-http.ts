import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import { mayCall } from '../access/access-rules.js';
import { mayReadProgramme, unknownProgrammeAnswer } from '../modules/auth/programme-access.js';
import { sendError } from './json-response.js';
import type { RequestAuthentication } from '../modules/auth/request-auth.js';
import type { RestrictedQuestionVolume } from '../security/restricted-questions.plugin.js';
import { createExport } from '../modules/exports/export.service.js';
import { EXPORT_FORMATS, EXPORT_KINDS, ExportParameterError, parseExportParameters, type ExportFormat, type ExportKind } from '../modules/exports/export-parameters.js';

/** Where exports are served: /exports/indicators.csv, /exports/aggregate.xlsx … */
export const EXPORTS_PATH_PREFIX = '/exports/';

const EXPORT_PATH = new RegExp(`^/exports/(${EXPORT_KINDS.join('|')})\\.(${EXPORT_FORMATS.join('|')})$`);

/** A generated file as a download: never cached, never sniffed. */
export function sendAttachment(response: ServerResponse, file: { body: Buffer; contentType: string; fileName: string }, requestId: string): void {
  response.writeHead(200, {
    'content-type': file.contentType,
    'content-length': String(file.body.length),
    'content-disposition': `attachment; filename="${file.fileName}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-request-id': requestId,
  });
  response.end(file.body);
}

/** What serving an export needs: the database, who the credentials stand for, the suppression threshold and the export size limit. */
export interface ExportRouteDependencies {
  orm: MikroORM;
  authenticate(headers: { authorization?: string; cookie?: string }): Promise<RequestAuthentication>;
  config: { suppressionK: number; maxExportCells: number };
  /** Counts restricted callers' questions (an export is one), so unusual volume reaches the audit log. */
  questionVolume: RestrictedQuestionVolume;
}

/**
 * GET /exports/{indicators|aggregate}.{csv|xlsx|json}: the caller (bearer token or session cookie) gets
 * the export for its own role, suppressed as its GraphQL queries are. Anonymous or bad credentials: 401;
 * a bad parameter: 400 naming it; an aggregate of more than HUB_MAX_EXPORT_CELLS cells: 400 ANSWER_TOO_LARGE. Exports are read with the same rule as the query they mirror
 * (`Query.indicators`, `Query.aggregate` in access-rules.ts), so they can never show more than GraphQL does.
 */
export async function handleExportRequest(
  hub: ExportRouteDependencies,
  request: IncomingMessage,
  response: ServerResponse,
  options: { onError?: (error: unknown, requestId: string) => void } = {},
): Promise<void> {
  const requestId = randomUUID();
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = EXPORT_PATH.exec(url.pathname);
  if (!match) {
    return sendError(response, 404, {
      code: 'NOT_FOUND',
      message: `No such export. Use /exports/{${EXPORT_KINDS.join('|')}}.{${EXPORT_FORMATS.join('|')}}.`,
    }, requestId);
  }
  // GET only: a HEAD would compute and audit an export that nobody receives.
  if (request.method !== 'GET') {
    response.setHeader('allow', 'GET');
    return sendError(response, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Exports are read with GET.' }, requestId);
  }
  const kind = match[1] as ExportKind;
  const format = match[2] as ExportFormat;

  const authentication = await hub.authenticate({ authorization: request.headers.authorization, cookie: request.headers.cookie });
  if (!authentication.ok || !authentication.viewer) {
    response.setHeader('www-authenticate', authentication.ok ? 'Bearer' : 'Bearer error="invalid_token"');
    const message = authentication.ok ? 'Sign in or send "Authorization: Bearer <token>" to export.' : authentication.message;
    return sendError(response, 401, { code: 'UNAUTHENTICATED', message }, requestId);
  }
  const viewer = authentication.viewer;
  if (!mayCall(viewer, kind === 'indicators' ? 'Query.indicators' : 'Query.aggregate')) {
    return sendError(response, 403, { code: 'FORBIDDEN', message: `The ${viewer.role} role may not export ${kind}.` }, requestId);
  }

  try {
    const exportRequest = parseExportParameters({ kind, format, parameters: url.searchParams });
    if (!mayReadProgramme(viewer, exportRequest.programmeCode)) return sendError(response, 400, unknownProgrammeAnswer(exportRequest.programmeCode), requestId);
    await hub.questionVolume.note(hub.orm.em.fork(), viewer, 1);
    const file = await createExport(hub.orm.em.fork(), { request: exportRequest, viewer, k: hub.config.suppressionK, maxCells: hub.config.maxExportCells });
    sendAttachment(response, file, requestId);
  } catch (error) {
    if (error instanceof ExportParameterError) {
      return sendError(response, 400, { code: 'BAD_REQUEST', parameter: error.parameter, message: error.message }, requestId);
    }
    // The hub's heap is bounded (npm start): an export over HUB_MAX_EXPORT_CELLS is refused before its rows are built.
    if (error instanceof GraphQLError && error.extensions.code === 'ANSWER_TOO_LARGE') {
      const { cells, maxCells } = error.extensions as { cells: number; maxCells: number };
      return sendError(response, 400, { code: 'ANSWER_TOO_LARGE', parameter: 'groupBy', message: error.message, cells, maxCells }, requestId);
    }
    // The server answers an unreachable database with 503, as for every route.
    if (isDatabaseUnavailable(error)) throw error;
    // Never a driver message or SQL to the caller: the id leads to the full error in the log.
    (options.onError ?? ((failure, id) => process.stderr.write(`export ${id} failed: ${failure instanceof Error ? failure.stack : String(failure)}\n`)))(error, requestId);
    return sendError(response, 500, { code: 'INTERNAL_SERVER_ERROR', message: `The export failed (request ${requestId}).` }, requestId);
  }
}
