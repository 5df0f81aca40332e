import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import type { RequestAuthentication } from '../modules/auth/request-auth.js';
import { mayChangePartnerData } from '../modules/auth/import-permission.js';
import { importFailureReason, ImportRequestError, isDiskFull, importPartnerFile } from '../modules/imports/import.service.js';
import { reportAsJson, type ImportModeName, type ImportReport } from '../modules/imports/import-report.js';
import { findFileLayout, UnknownFileKindError } from '../modules/imports/file-layouts.js';
import type { FileEncoding } from '../modules/imports/partner-file-kinds.js';
import type { Logger } from '../observability/logger.js';
import { sendError, sendJson } from './json-response.js';
import { loggableError } from '../observability/loggable-error.js';

/** Where partner files are uploaded: POST /imports/{kind}. */
export const IMPORTS_PATH_PREFIX = '/imports/';

const ENCODINGS: readonly FileEncoding[] = ['utf-8', 'windows-1250'];
const KNOWN_MODES = ['merge', 'replace'];
const PARAMETERS = new Set(['programme', 'partner', 'encoding', 'mode', 'dryRun', 'allowMassDelete', 'from', 'to', 'fileName']);
/** Content types a cross-site form or fetch may send without a CORS preflight (what Apollo's CSRF prevention checks). */
const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);
/** Headers that, like a non-simple content type, force a browser to preflight (Apollo's list). */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

class BadUploadRequest extends Error {
  constructor(readonly parameter: string | undefined, message: string) {
    super(message);
  }
}
class UploadTooLarge extends Error {}

interface UploadRequest {
  kind: string;
  /** The partner the caller says the file is from, if it says. */
  partner: string | null;
  programme: string;
  encoding: FileEncoding;
  mode: ImportModeName;
  dryRun: boolean;
  allowMassDelete: boolean;
  from: string | null;
  to: string | null;
  fileName: string;
}

function readBoolean(parameters: URLSearchParams, name: string): boolean {
  const text = parameters.get(name) ?? 'false';
  if (text !== 'true' && text !== 'false') throw new BadUploadRequest(name, `${name} must be true or false, not ${JSON.stringify(text)}.`);
  return text === 'true';
}

/**
 * The same rule as Apollo's csrfPrevention for /graphql: a request a cross-site page could send
 * without a preflight (no content type, or a "simple" one, and none of the preflight headers) is
 * refused, so a session cookie alone can never submit a file.
 */
function mayBeCrossSite(request: IncomingMessage): boolean {
  const contentType = request.headers['content-type'];
  if (contentType !== undefined) {
    const essence = contentType.split(';')[0]!.trim().toLowerCase();
    if (essence !== '' && !SIMPLE_CONTENT_TYPES.has(essence)) return false;
  }
  return !PREFLIGHT_HEADERS.some((header) => String(request.headers[header] ?? '').length > 0);
}

function parseUploadRequest(kindText: string, parameters: URLSearchParams): UploadRequest {
  for (const name of parameters.keys()) {
    if (!PARAMETERS.has(name)) throw new BadUploadRequest(name, `Unknown parameter ${name}: expected ${[...PARAMETERS].join(', ')}.`);
  }
  const programme = parameters.get('programme') ?? '';
  if (programme === '') throw new BadUploadRequest('programme', 'The programme parameter is required (its code, e.g. RDR-PLOCK-2011).');
  const partner = parameters.get('partner');
  const encoding = (parameters.get('encoding') ?? 'utf-8').toLowerCase();
  if (!(ENCODINGS as readonly string[]).includes(encoding)) {
    throw new BadUploadRequest('encoding', `Unknown encoding ${JSON.stringify(encoding)}: expected ${ENCODINGS.join(' or ')}.`);
  }
  const mode = parameters.get('mode') ?? 'merge';
  if (!KNOWN_MODES.includes(mode)) throw new BadUploadRequest('mode', `Unknown mode ${JSON.stringify(mode)}: expected ${KNOWN_MODES.join(' or ')}.`);
  const dryRun = readBoolean(parameters, 'dryRun');
  const allowMassDelete = readBoolean(parameters, 'allowMassDelete');
  const fileName = parameters.get('fileName') ?? `${kindText}.csv`;
  if (fileName.length > 300 || fileName.includes('\u0000')) throw new BadUploadRequest('fileName', 'fileName must be at most 300 characters, without NUL.');
  return {
    kind: kindText,
    partner,
    programme,
    encoding: encoding as FileEncoding,
    mode: mode === 'replace' ? 'REPLACE' : 'MERGE',
    dryRun,
    allowMassDelete,
    // The import service checks the period (both or neither, real dates, REPLACE only) and names what is wrong.
    from: parameters.get('from'),
    to: parameters.get('to'),
    fileName,
  };
}

/** Writes the request body to `file`, refusing it once it passes `maxBytes`. */
async function receiveBody(request: IncomingMessage, file: string, maxBytes: number): Promise<void> {
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      callback(size > maxBytes ? new UploadTooLarge() : null, chunk);
    },
  });
  await pipeline(request, limit, createWriteStream(file));
}

/** What receiving an upload needs: the database, who the credentials stand for, the PESEL secret. */
export interface ImportRouteDependencies {
  orm: MikroORM;
  authenticate(headers: { authorization?: string; cookie?: string }): Promise<RequestAuthentication>;
  secret: string;
  config: { massDeleteShare: number };
}

/**
 * POST /imports/{kind}?programme=&partner=&encoding=&mode=&dryRun=&fileName= with the raw file as the
 * body. The body is streamed to a temporary file (the importer reads a file twice: checksum, then rows;
 * memory stays flat whatever the size) and removed afterwards. 200 with the report when accepted, 422
 * when rejected, 400 naming a bad parameter, 401/403, 413 over `maxUploadBytes`; an unreachable
 * database is thrown to the server, which answers 503.
 */
export async function handleImportUpload(
  hub: ImportRouteDependencies,
  request: IncomingMessage,
  response: ServerResponse,
  options: { maxUploadBytes: number; requestId: string; logger?: Logger },
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const kindText = decodeURIComponent(url.pathname.slice(IMPORTS_PATH_PREFIX.length));
  if (request.method !== 'POST') {
    response.setHeader('allow', 'POST');
    return sendError(response, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Files are uploaded with POST.' });
  }
  if (mayBeCrossSite(request)) {
    return sendError(response, 400, {
      code: 'BAD_REQUEST',
      message: 'This upload has been blocked as a potential Cross-Site Request Forgery: send the file with a content type such as text/csv or application/octet-stream.',
    });
  }
  const authentication = await hub.authenticate({ authorization: request.headers.authorization, cookie: request.headers.cookie });
  if (!authentication.ok || !authentication.viewer) {
    response.setHeader('www-authenticate', authentication.ok ? 'Bearer' : 'Bearer error="invalid_token"');
    const message = authentication.ok ? 'Sign in or send "Authorization: Bearer <token>" to upload a file.' : authentication.message;
    return sendError(response, 401, { code: 'UNAUTHENTICATED', message });
  }
  const viewer = authentication.viewer;
  let upload: UploadRequest;
  let owner: string;
  try {
    upload = parseUploadRequest(kindText, url.searchParams);
    // The programme's layout for the kind says whose file it is.
    ({ layout: { partner: owner } } = await findFileLayout(hub.orm.em.fork(), upload.programme, upload.kind).catch((error: unknown) => {
      if (error instanceof UnknownFileKindError) throw new BadUploadRequest('kind', error.message);
      if (error instanceof ImportRequestError) throw new BadUploadRequest(undefined, error.message);
      throw error;
    }));
    if (upload.partner !== null && upload.partner !== owner) {
      throw new BadUploadRequest('partner', `A ${upload.kind} file belongs to ${owner}, not ${JSON.stringify(upload.partner)}.`);
    }
  } catch (error) {
    if (!(error instanceof BadUploadRequest)) throw error;
    return sendError(response, 400, { code: 'BAD_REQUEST', ...(error.parameter ? { parameter: error.parameter } : {}), message: error.message });
  }
  if (!mayChangePartnerData(viewer, owner)) {
    return sendError(response, 403, { code: 'FORBIDDEN', message: `The ${viewer.role} role${viewer.partnerCode ? ` of ${viewer.partnerCode}` : ''} may not import ${owner}'s files.` });
  }
  const tooLarge = () => {
    // Tell the client at once and stop reading; keeping the connection would mean reading the rest.
    response.setHeader('connection', 'close');
    sendError(response, 413, {
      code: 'PAYLOAD_TOO_LARGE',
      message: `The file is larger than the upload limit of ${options.maxUploadBytes.toLocaleString('en')} bytes (HUB_MAX_UPLOAD_BYTES).`,
    });
  };
  if (Number(request.headers['content-length'] ?? 0) > options.maxUploadBytes) return tooLarge();

  const dir = await mkdtemp(path.join(os.tmpdir(), 'razem-upload-'));
  try {
    const file = path.join(dir, 'body');
    try {
      await receiveBody(request, file, options.maxUploadBytes);
    } catch (error) {
      if (error instanceof UploadTooLarge) return tooLarge();
      // The client went away mid-upload: nothing to answer, nothing was imported.
      if (request.destroyed || request.readableAborted) return;
      throw error;
    }
    let report: ImportReport;
    try {
      report = await importPartnerFile({
        orm: hub.orm,
        programmeCode: upload.programme,
        partnerCode: owner,
        kind: upload.kind,
        encoding: upload.encoding,
        fileName: upload.fileName,
        mode: upload.mode,
        dryRun: upload.dryRun,
        allowMassDelete: upload.allowMassDelete,
        massDeleteShare: hub.config.massDeleteShare,
        from: upload.from,
        to: upload.to,
        open: () => createReadStream(file),
        viewer,
        peselSecret: hub.secret,
      });
    } catch (error) {
      if (error instanceof ImportRequestError) return sendError(response, 400, { code: 'BAD_REQUEST', message: error.message });
      if (isDatabaseUnavailable(error)) throw error;
      options.logger?.error({ requestId: options.requestId, err: loggableError(error) }, 'Import upload failed');
      // 507 Insufficient Storage: the caller may retry once an operator has made room.
      if (isDiskFull(error)) return sendError(response, 507, { code: 'DISK_FULL', message: `${importFailureReason(error)} (request ${options.requestId}).` });
      return sendError(response, 500, { code: 'INTERNAL_SERVER_ERROR', message: `${importFailureReason(error)} (request ${options.requestId}).` });
    }
    return sendJson(response, report.outcome === 'REJECTED' ? 422 : 200, reportAsJson(report));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
