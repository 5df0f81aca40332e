import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, listenOnLoopback } from './server.js';
import {
  parseCsvExport,
  publishedFromCsv,
  publishedFromGraphql,
  publishedFromXlsx,
  readXlsxExport,
  sheetRows,
} from '../test-support/export-files.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Role } from '../access/viewer.js';
import { createUser } from '../modules/user/user.service.js';
import type { ExportDocument } from '../modules/exports/export-document.js';
import { XLSX_SHEETS } from '../modules/exports/export-xlsx.js';

const PROGRAMME = 'RDR-PLOCK-2011';
const PASSWORD = 'a long enough password';
const EXPORT_CAP = 200;

describe('GET /exports/… over a listening server', () => {
  let testHub: TestHub;
  let server: Server;
  let base: string;
  const tokens: Partial<Record<Role, string>> = {};

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
  const as = (role: Role) => ({ authorization: `Bearer ${tokens[role]!}` });
  const graphql = async <T>(role: Role, query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as(role) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    // A small export limit: the aggregates below stay under it, the activity × month table does not.
    testHub = await createTestHub({ seededPilot: true, config: { HUB_MAX_EXPORT_CELLS: String(EXPORT_CAP) } });
    for (const role of [Role.EVALUATOR, Role.STEERING]) {
      const { token } = await createApiToken(testHub.database.orm.em.fork(), {
        secret: testHub.hub.secret,
        binding: { role, partnerCode: null },
        name: `${role.toLowerCase()} script`,
        createdBy: 'test',
      });
      tokens[role] = token;
    }
    await createUser(testHub.database.orm.em.fork(), { email: 'evaluator@example.org', password: PASSWORD, binding: { role: Role.EVALUATOR, partnerCode: null } });
    server = createHttpServer({ hub: testHub.hub });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    server.close();
    await testHub.close();
  });

  it('refuses anonymous callers and bad tokens with 401, before looking at any parameter', async () => {
    const anonymous = await get(`/exports/indicators.csv?programme=${PROGRAMME}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Sign in or send "Authorization: Bearer <token>" to export.' } });

    const badToken = await get('/exports/aggregate.xlsx?measure=NOPE', { authorization: `Bearer rzh_${'x'.repeat(43)}` });
    expect(badToken.status).toBe(401);
    expect(badToken.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(((await badToken.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    expect(await testHub.database.orm.em.fork().count(AuditEntry, { action: { $like: 'export.%' } })).toBe(0);
  });

  it('serves the indicators CSV for a bearer token, suppressed for its role, equal to GraphQL over HTTP', async () => {
    const filter = { sexes: ['MALE'], ageBands: ['UNDER_18'] };
    const response = await get(`/exports/indicators.csv?programme=${PROGRAMME}&sexes=MALE&ageBands=UNDER_18`, as(Role.EVALUATOR));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="RDR-PLOCK-2011_indicators_\d{8}-\d{6}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const records = parseCsvExport(Buffer.from(await response.arrayBuffer()));

    const { indicators } = await graphql<{ indicators: { code: string; value: number | null; numerator: number | null; suppressed: boolean }[] }>(
      Role.EVALUATOR,
      'query($p: String!, $f: AnalyticsFilter) { indicators(programme: $p, filter: $f) { code value numerator suppressed } }',
      { p: PROGRAMME, f: filter },
    );
    expect(indicators.some((indicator) => indicator.suppressed)).toBe(true);
    expect(records.map((record) => [record.indicator, publishedFromCsv(record.value, '<5'), publishedFromCsv(record.numerator, '<5')])).toEqual(
      indicators.map((indicator) => [indicator.code, publishedFromGraphql(indicator.value, indicator.suppressed), publishedFromGraphql(indicator.numerator, indicator.suppressed)]),
    );
    expect(records.every((record) => record.role === 'EVALUATOR' && record.suppression_k === '5')).toBe(true);

    const [entry] = await testHub.database.orm.em.fork().find(AuditEntry, { action: 'export.indicators' }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(entry).toMatchObject({ actor: 'token:evaluator script', programmeCode: PROGRAMME, details: { format: 'csv', role: 'EVALUATOR', via: 'token' } });
  });

  it('serves the aggregate as XLSX and JSON; STEERING gets exact values where EVALUATOR gets "<5"', async () => {
    const query = `programme=${PROGRAMME}&measure=PARTICIPANTS&groupBy=SEX,LABOUR_STATUS`;
    const xlsx = await get(`/exports/aggregate.xlsx?${query}`, as(Role.STEERING));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = sheetRows((await readXlsxExport(Buffer.from(await xlsx.arrayBuffer()))).getWorksheet(XLSX_SHEETS.values)!).slice(1);

    const json = await get(`/exports/aggregate.json?${query}`, as(Role.EVALUATOR));
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const document = (await json.json()) as ExportDocument;
    expect(document).toMatchObject({ version: 1, kind: 'aggregate', role: 'EVALUATOR', suppressionK: 5, programme: { code: PROGRAMME } });

    const aggregateQuery = 'query($p: String!) { aggregate(programme: $p, measure: PARTICIPANTS, groupBy: [SEX, LABOUR_STATUS]) { keys { code label dimension } value suppressed } }';
    const steering = (await graphql<{ aggregate: { value: number; suppressed: boolean }[] }>(Role.STEERING, aggregateQuery, { p: PROGRAMME })).aggregate;
    const evaluator = (await graphql<{ aggregate: unknown[] }>(Role.EVALUATOR, aggregateQuery, { p: PROGRAMME })).aggregate;
    expect(rows.map((row) => publishedFromXlsx(row[4], '<5'))).toEqual(steering.map((row) => row.value));
    expect(steering.every((row) => !row.suppressed && row.value > 0)).toBe(true);
    expect(document.aggregate!.rows).toEqual(evaluator);
    expect(document.aggregate!.rows.filter((row) => row.suppressed).length).toBeGreaterThanOrEqual(1);
    expect(document.perturbation).toMatchObject({ perturbed: true, maxAdjustment: 3 });
  });

  it('refuses an aggregate over HUB_MAX_EXPORT_CELLS with 400 ANSWER_TOO_LARGE, naming its cells, the limit and `hub export`', async () => {
    const aggregateQuery = 'query($p: String!) { aggregate(programme: $p, measure: ATTENDANCE_HOURS, groupBy: [ACTIVITY, MONTH]) { value } }';
    const whole = (await graphql<{ aggregate: unknown[] }>(Role.STEERING, aggregateQuery, { p: PROGRAMME })).aggregate;
    expect(whole.length).toBeGreaterThan(EXPORT_CAP);
    for (const format of ['csv', 'xlsx', 'json']) {
      const response = await get(`/exports/aggregate.${format}?programme=${PROGRAMME}&measure=ATTENDANCE_HOURS&groupBy=ACTIVITY,MONTH`, as(Role.STEERING));
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; parameter: string; cells: number; maxCells: number; message: string } };
      expect(error).toMatchObject({ code: 'ANSWER_TOO_LARGE', parameter: 'groupBy', cells: whole.length, maxCells: EXPORT_CAP });
      expect(error.message).toContain(`This export would have ${whole.length} cells (ACTIVITY × MONTH); one export from the hub has at most ${EXPORT_CAP} (HUB_MAX_EXPORT_CELLS).`);
      expect(error.message).toContain('`hub export`');
    }
  });

  it('accepts the dashboard\'s session cookie', async () => {
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', variables: { e: 'evaluator@example.org', p: PASSWORD } }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const response = await get(`/exports/indicators.json?programme=${PROGRAMME}`, { cookie });
    expect(response.status).toBe(200);
    expect(((await response.json()) as ExportDocument).role).toBe('EVALUATOR');
    const [entry] = await testHub.database.orm.em.fork().find(AuditEntry, { action: 'export.indicators' }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(entry!.actor).toBe('evaluator@example.org');
  });

  it.each([
    [`/exports/indicators.csv`, 'programme', 'programme is required'],
    [`/exports/indicators.csv?programme=NOPE-2011`, 'programme', 'There is no programme with the code "NOPE-2011".'],
    [`/exports/aggregate.csv?programme=${PROGRAMME}`, 'measure', 'measure is required'],
    [`/exports/aggregate.csv?programme=${PROGRAMME}&measure=PARTICIPANTS&groupBy=SEX,SEX`, 'groupBy', 'groupBy names SEX twice.'],
    [`/exports/aggregate.json?programme=${PROGRAMME}&measure=PARTICIPANTS&groupBy=SEX,MONTH,PARTNER,TASK`, 'groupBy', 'at most 3'],
    [`/exports/aggregate.csv?programme=${PROGRAMME}&measure=SESSIONS&from=2012-06-01&to=2012-01-01`, 'from', 'from (2012-06-01) is after to (2012-01-01).'],
    [`/exports/indicators.csv?programme=${PROGRAMME}&activityKinds=PARTY`, 'activityKinds', 'activityKinds: unknown value "PARTY"'],
    [`/exports/indicators.xlsx?programme=${PROGRAMME}&sep=semicolon`, 'sep', 'sep applies to CSV exports only'],
    [`/exports/indicators.csv?programme=${PROGRAMME}&filter=1`, 'filter', 'Unknown parameter "filter"'],
    [`/exports/indicators.csv?programme=${encodeURIComponent("RDR' or 1=1 --")}`, 'programme', 'is not a programme code'],
  ])('answers %s with 400 naming %s', async (path, parameter, message) => {
    const response = await get(path, as(Role.EVALUATOR));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; parameter: string; message: string } };
    expect(body.error).toMatchObject({ code: 'BAD_REQUEST', parameter });
    expect(body.error.message).toContain(message);
    expect(body.error.message).not.toMatch(/select|from "|sql|syntax/i);
  });

  it('answers an unknown export with 404 and anything but GET with 405', async () => {
    const unknown = await get(`/exports/participants.csv?programme=${PROGRAMME}`, as(Role.STEERING));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await get(`/exports/indicators.pdf?programme=${PROGRAMME}`, as(Role.STEERING))).status).toBe(404);
    const post = await fetch(`${base}/exports/indicators.csv?programme=${PROGRAMME}`, { method: 'POST', headers: as(Role.STEERING) });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect((await fetch(`${base}/exports/indicators.csv?programme=${PROGRAMME}`, { method: 'HEAD', headers: as(Role.STEERING) })).status).toBe(405);
  });

  it('the submissions calendar as JSON and CSV is the grid the submissions query gives; the steering report is a PDF', async () => {
    const grid = await graphql<{ submissions: { partner: string; month: string; status: string; dueOn: string; kinds: { kind: string; status: string; batchId: number | null }[] }[] }>(
      Role.STEERING,
      'query ($p: String!) { submissions(programme: $p) { partner month status dueOn kinds { kind status batchId } } }',
      { p: 'RDR-PLOCK-2011' },
    );
    const json = await get('/reports/submissions.json?programme=RDR-PLOCK-2011', as(Role.STEERING));
    expect(json.status).toBe(200);
    const file = (await json.json()) as { cells: { partner: string; month: string; status: string; dueOn: string; kinds: { kind: string; status: string; batchId: number | null }[] }[] };
    expect(file.cells.map(({ partner, month, status, dueOn, kinds }) => ({ partner, month, status, dueOn, kinds: kinds.map(({ kind, status: s, batchId }) => ({ kind, status: s, batchId })) }))).toEqual(grid.submissions);
    const csv = await get('/reports/submissions.csv?programme=RDR-PLOCK-2011', as(Role.STEERING));
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('programme,partner,month,due_on,month_status,kind,kind_status,batch,submitted_at');
    expect(lines).toHaveLength(1 + grid.submissions.reduce((rows, cell) => rows + cell.kinds.length, 0));
    expect((await get('/reports/submissions.csv?programme=RDR-PLOCK-2011', as(Role.EVALUATOR))).status).toBe(403);

    const pdf = await get('/reports/steering.pdf?programme=RDR-PLOCK-2011&month=2012-03&lang=en', as(Role.EVALUATOR));
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get('/reports/steering.pdf?programme=RDR-PLOCK-2011&month=2012-03')).status).toBe(401);
    const bad = await get('/reports/steering.pdf?programme=RDR-PLOCK-2011&month=2012-3', as(Role.STEERING));
    expect([bad.status, ((await bad.json()) as { error: { parameter: string } }).error.parameter]).toEqual([400, 'month']);
  });
});
