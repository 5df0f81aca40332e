import type { ServerResponse } from 'node:http';

/** A JSON answer that no cache keeps (every route's answers are per caller). */
export function sendJson(response: ServerResponse, status: number, body: unknown, requestId?: string): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(requestId ? { 'x-request-id': requestId } : {}),
  });
  response.end(JSON.stringify(body));
}

/** A JSON error body `{ error: { code, message, parameter? } }`, as every file route (exports, reports, uploads) answers. */
export function sendError(
  response: ServerResponse,
  status: number,
  error: { code: string; message: string; parameter?: string; cells?: number; maxCells?: number },
  requestId?: string,
): void {
  sendJson(response, status, { error }, requestId);
}
