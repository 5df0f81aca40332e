import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { isIP, type AddressInfo } from 'node:net';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import sirv from 'sirv';
import { dataVersionLoader } from '../analytics/index.js';
import type { Hub } from '../app/create-hub.js';
import { Role } from '../access/viewer.js';
import type { Logger } from '../observability/logger.js';
import { httpRequestDuration, metricsRegistry } from '../observability/metrics.js';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../graphql/error-format.js';
import { AnalyticsResponseCache } from './analytics-response-cache.js';
import type { ClientInfo } from '../graphql/context.js';
import { clearedSessionCookie } from '../modules/auth/cookies.js';
import { EXPORTS_PATH_PREFIX, handleExportRequest } from './export-http.js';
import { handleReportRequest, REPORTS_PATH_PREFIX } from './report-http.js';
import { handleImportUpload, IMPORTS_PATH_PREFIX } from './import-http.js';
import { sendJson } from './json-response.js';

/** Request bodies above this are refused before parsing (a GraphQL query is a few KB). */
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

class PayloadTooLargeError extends Error {}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new PayloadTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new PayloadTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The caller's address is the socket's, unless the socket is one of HUB_TRUSTED_PROXIES: then it is
 * the right-most X-Forwarded-For entry that is not itself a trusted proxy (entries to its left are
 * whatever the caller wrote, so never believed). Anyone else's X-Forwarded-For is ignored: the login
 * throttle counts per address. https is taken from the socket or X-Forwarded-Proto (trusting it can
 * only add the Secure flag to a cookie, never weaken one).
 */
export function clientInfo(request: IncomingMessage, trustedProxies: readonly string[]): ClientInfo {
  const forwardedProto = String(request.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
  let ip = request.socket.remoteAddress ?? null;
  if (ip && trustedProxies.includes(ip)) {
    const chain = String(request.headers['x-forwarded-for'] ?? '').split(',').map((entry) => entry.trim()).filter((entry) => isIP(entry) !== 0);
    ip = chain.reverse().find((entry) => !trustedProxies.includes(entry)) ?? ip;
  }
  return {
    ip,
    secure: ('encrypted' in request.socket && request.socket.encrypted === true) || forwardedProto === 'https',
  };
}

/** CSRF prevention is Apollo's: a cached answer is only for what Apollo would run (a JSON POST, not a "simple" request). */
function isJsonRequest(request: IncomingMessage): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json');
}

/** Whether a GraphQL string argument anywhere in the request (query text escapes included) holds NUL. */
function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000') || /\\u0000|\\u\{0+\}/i.test(value);
  if (Array.isArray(value)) return value.some(containsNul);
  if (isObject(value)) return Object.values(value).some(containsNul);
  return false;
}

function reportsDatabaseUnavailable(body: string): boolean {
  if (!body.includes('"DATABASE_UNAVAILABLE"')) return false;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return parsed.errors?.some((error) => error.extensions?.code === 'DATABASE_UNAVAILABLE') ?? false;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function handleGraphQL(
  hub: Hub,
  request: IncomingMessage,
  response: ServerResponse,
  options: { maxBodyBytes: number; requestId: string; responseCache: AnalyticsResponseCache | null },
) {
  const { maxBodyBytes, requestId, responseCache } = options;
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  if (request.method === 'POST') {
    let text: string;
    try {
      text = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        return sendJson(response, 413, { errors: [{ message: `Request body over ${maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      }
      throw error;
    }
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      return sendJson(response, 400, { errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    }
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (containsNul(body) || containsNul([...url.searchParams.values()])) {
    // PostgreSQL cannot store or compare text with NUL: refuse it here, as bad input, before any resolver sees it.
    return sendJson(response, 400, {
      errors: [{ message: 'A string in the request contains a NUL character (\\u0000), which the hub does not accept.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  }
  const client = clientInfo(request, hub.config.trustedProxies);
  const authentication = await hub.authenticate({ authorization: request.headers.authorization, cookie: request.headers.cookie });
  if (!authentication.ok) {
    // A script with a bad token must fail loudly, not carry on as anonymous.
    response.setHeader('www-authenticate', 'Bearer error="invalid_token"');
    return sendJson(response, 401, { errors: [{ message: authentication.message, extensions: { code: 'UNAUTHENTICATED' } }] });
  }
  const context = hub.createContext({ requestId, viewer: authentication.viewer, client });
  const dataStates = context.loaders.get(dataVersionLoader);
  const slot =
    responseCache && request.method === 'POST' && isJsonRequest(request) && isObject(body) && !authentication.staleSessionCookie
      ? await responseCache.slotFor(dataStates, body, authentication.viewer, request.headers.accept)
      : null;
  if (slot?.cached) {
    for (const [name, value] of slot.cached.headers) response.setHeader(name, value);
    response.statusCode = 200;
    response.end(slot.cached.body);
    return;
  }
  const result = await hub.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => context,
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  const cookies = [...context.responseCookies];
  // A cookie whose session ended is removed, unless this very response sets a new one.
  if (authentication.staleSessionCookie && cookies.length === 0) cookies.push(clearedSessionCookie({ secure: client.secure }));
  if (cookies.length) response.setHeader('set-cookie', cookies);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    // A database outage is the server's state, not an answer: never HTTP 200 carrying DATABASE_UNAVAILABLE.
    if (reportsDatabaseUnavailable(result.body.string)) {
      response.statusCode = 503;
      response.end(result.body.string);
      return;
    }
    if (slot) responseCache!.store(slot, dataStates, response.statusCode, result.headers, result.body.string);
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** Prometheus text for ADMIN callers (a token for the scraper); others get 401/403 like any API. */
async function handleMetrics(hub: Hub, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const authentication = await hub.authenticate({ authorization: request.headers.authorization, cookie: request.headers.cookie });
  if (!authentication.ok || !authentication.viewer) return sendJson(response, 401, { error: 'Metrics need an ADMIN token (Authorization: Bearer).' });
  if (authentication.viewer.role !== Role.ADMIN) return sendJson(response, 403, { error: 'Metrics are for the ADMIN role.' });
  response.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' });
  response.end(await metricsRegistry.metrics());
}

/**
 * A file Vite wrote into assets/, its name carrying a hash of its content. Only a name with an extension:
 * sirv answers any other path (`/assets/` itself, say) with index.html, which must not be kept.
 */
const DASHBOARD_ASSET = /^\/assets\/[^/]+\.\w+$/;

/**
 * A bundle's name changes whenever its content does, so a browser may keep it for good and never ask
 * again: pages after the first load their scripts from its cache, compiled, instead of revalidating each.
 * index.html (and every client-side route, which is index.html) is still revalidated by its ETag, so a
 * new build reaches the next page load.
 */
function cacheDashboardAssets(response: ServerResponse, pathname: string): void {
  if (DASHBOARD_ASSET.test(pathname)) response.setHeader('cache-control', 'public, max-age=31536000, immutable');
}

/** The route label of a path for metrics: a fixed set, so URLs never become label values. */
function routeOf(path: string | undefined): string {
  if (path === '/graphql' || path === '/healthz' || path === '/readyz' || path === '/metrics') return path;
  if (path?.startsWith(EXPORTS_PATH_PREFIX)) return '/exports';
  if (path?.startsWith(REPORTS_PATH_PREFIX)) return '/reports';
  if (path?.startsWith(IMPORTS_PATH_PREFIX)) return '/imports';
  return 'dashboard';
}

/**
 * The hub's one HTTP server: /graphql, /exports/*, /reports/*, POST /imports/*, /healthz, /readyz, /metrics and the built dashboard at /.
 * Plain node:http: Apollo's integration API needs nothing more, and every route stays visible here.
 */
export function createHttpServer(options: {
  hub: Hub;
  dashboardDir?: string;
  maxBodyBytes?: number;
  logger?: Logger;
  /** Reuse whole responses to analytics-only operations (default on). */
  cacheAnalyticsResponses?: boolean;
}): http.Server {
  const { hub } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const responseCache = options.cacheAnalyticsResponses === false ? null : new AnalyticsResponseCache(hub.analyticsCache);
  const serveDashboard =
    options.dashboardDir && existsSync(options.dashboardDir)
      ? sirv(options.dashboardDir, { single: true, etag: true, gzip: false, setHeaders: cacheDashboardAssets })
      : undefined;

  return http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const requestId = randomUUID();
    response.setHeader('x-request-id', requestId);
    const endTimer = httpRequestDuration.startTimer({ route: routeOf(path), method: request.method ?? 'GET' });
    response.on('finish', () => {
      endTimer({ status: String(response.statusCode) });
      // One line per request, with the id the response carries; the path only (no query, no body).
      options.logger?.info(
        { requestId, method: request.method, path, status: response.statusCode, durationMs: Math.round(performance.now() - started) },
        'request',
      );
    });
    const started = performance.now();
    const route = async () => {
      if (path === '/healthz') return sendJson(response, 200, { status: 'ok' });
      if (path === '/readyz') {
        const ready = await hub.isDatabaseReady();
        return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'database unreachable' });
      }
      if (path === '/graphql') return handleGraphQL(hub, request, response, { maxBodyBytes, requestId, responseCache });
      if (path === '/metrics') return handleMetrics(hub, request, response);
      if (path?.startsWith(EXPORTS_PATH_PREFIX)) return handleExportRequest(hub, request, response);
      if (path?.startsWith(REPORTS_PATH_PREFIX)) return handleReportRequest(hub, request, response);
      if (path?.startsWith(IMPORTS_PATH_PREFIX)) {
        return handleImportUpload(hub, request, response, { maxUploadBytes: hub.config.maxUploadBytes, requestId, logger: options.logger });
      }
      if (serveDashboard && (request.method === 'GET' || request.method === 'HEAD')) {
        return serveDashboard(request, response, () => sendJson(response, 404, { error: 'Not found' }));
      }
      return sendJson(response, 404, { error: 'Not found' });
    };
    route().catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      // Signing a caller in reads the database first: while it is down, say so (503), fast.
      if (isDatabaseUnavailable(error)) {
        return sendJson(response, 503, { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
      }
      sendJson(response, 500, { error: 'Internal error' });
    });
  });
}

/** Starts `server` on a free port of the loopback address (tests, benchmarks) and returns its base URL, without a trailing slash. */
export async function listenOnLoopback(server: http.Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
