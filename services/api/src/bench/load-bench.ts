import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import type autocannon from 'autocannon';
import { monthsBetween } from '../analytics/index.js';
import { createHub } from '../app/create-hub.js';
import { alignColumns } from '../cli/text-table.js';
import { readConfig } from '../config/env.js';
import { openDatabase } from '../app/database.js';
import { migrateToLatest } from '../database/migrate.js';
import { createHttpServer, listenOnLoopback } from '../http/server.js';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { cliViewer, Role } from '../access/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { seedHub } from '../seeding/seed-hub.js';
import type { LoadGeneratorOptions } from './load-generator.js';

/**
 * `npm run bench:load`: the dashboard's queries against the hub over loopback only, 50 connections
 * for 30 s per scale (BENCH_LOAD_SCALES=pilot,city; BENCH_LOAD_SECONDS), bounded in time, printing
 * throughput, p50, p99, errors and the hub process's peak RSS and JS heap (the load generator runs in a
 * process of its own, load-generator.ts). Each scale's data is seeded once into .bench/load-<scale>
 * (BENCH_LOAD_DIR replaces .bench). At city scale a second run takes the same load while another
 * process (`hub import`, as an operator would run it) imports the city's CISI attendance file (868k
 * rows) with 5 % of its statuses flipped at random, so that every run changes data; it prints both p99s
 * and their ratio (target ≤ 2). The script runs with npm start's heap limit (--max-old-space-size in
 * package.json), so the RSS it prints is the hub's as shipped; it prints the limit it ran with.
 */
const SECRET = process.env.HUB_SECRET ?? 'load-bench-secret-0123456789abcdef012345';
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const SCALES = (process.env.BENCH_LOAD_SCALES ?? 'pilot,city').split(',') as ('pilot' | 'city')[];

/** The overview, timeline, activities, outcomes and ESF views, as the dashboard asks for them. */
function dashboardQueries(programme: string): { name: string; query: string }[] {
  const aggregate = (measure: string, groupBy: string[]) =>
    `aggregate(programme: "${programme}", measure: ${measure}, groupBy: [${groupBy.join(', ')}]) { keys { code } value suppressed }`;
  return [
    { name: 'kpis', query: `{ indicators(programme: "${programme}") { code value target suppressed } }` },
    { name: 'monthly', query: `{ a: ${aggregate('ACTIVE_PARTICIPANTS', ['MONTH'])} b: ${aggregate('ATTENDANCE_HOURS', ['MONTH'])} }` },
    { name: 'activities', query: `{ ${aggregate('ATTENDANCE_RATE', ['ACTIVITY'])} }` },
    {
      name: 'funnel',
      query: `{ p: ${aggregate('PARTICIPANTS', [])} a: ${aggregate('ACTIVE_PARTICIPANTS', [])} c: ${aggregate('COMPLETIONS', [])} x: ${aggregate('CERTIFIED_PARTICIPANTS', [])} r: ${aggregate('RESULTS', [])} }`,
    },
    { name: 'sex-age', query: `{ ${aggregate('PARTICIPANTS', ['SEX', 'AGE_BAND'])} }` },
  ];
}

async function loadScale(scale: 'pilot' | 'city'): Promise<string[][]> {
  const dataDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.env.BENCH_LOAD_DIR ?? '.bench', `load-${scale}`);
  // DATABASE_URL: measure a database already running (e.g. the one `npm run bench` seeded) instead of the folder's own.
  const config = readConfig({ HUB_DATA_DIR: dataDir, HUB_SECRET: SECRET, NODE_ENV: process.env.NODE_ENV, DATABASE_URL: process.env.DATABASE_URL });
  const database = await openDatabase({ config, log: () => undefined });
  try {
    const programmeCode = scale === 'pilot' ? 'RDR-PLOCK-2011' : 'RDR-CITY-SYN';
    await migrateToLatest(database.orm);
    if (!(await database.orm.em.fork().findOne(Programme, { code: programmeCode }))) {
      process.stdout.write(`Seeding ${scale} scale once into ${dataDir} …\n`);
      await seedHub({ orm: database.orm, config, scale, viewer: cliViewer });
    }
    const { token } = await createApiToken(database.orm.em.fork(), {
      secret: SECRET,
      binding: { role: Role.STEERING, partnerCode: null },
      name: `load bench ${Date.now()}`,
      createdBy: 'bench',
    });
    const hub = await createHub({ orm: database.orm, config });
    const server = createHttpServer({ hub });
    const url = `${await listenOnLoopback(server)}/graphql`;
    const queries = dashboardQueries(programmeCode);
    try {
      const rows = [measureRow(scale, queries.length, await runLoad(url, token, queries))];
      // Questions the caches cannot answer: every request a different period, so every one is computed
      // and kept (caches bounded in bytes must hold the RSS down however many distinct questions come).
      const missing = cacheMissingQueries(programmeCode);
      const programme = await database.orm.em.fork().findOneOrFail(Programme, { code: programmeCode });
      rows.push(measureRow(`${scale}, cache-missing`, missing.length, await runLoad(url, token, missing, wholeMonthPeriods(programme.startDate, programme.endDate))));
      if (scale === 'city') {
        const file = await flippedAttendanceFile(dataDir);
        const importer = importInAnotherProcess({ databaseUrl: database.url, dataDir, programmeCode, file });
        const during = await runLoad(url, token, queries);
        const importSeconds = await importer.finished;
        rows.push(measureRow(`${scale}, importing`, queries.length, during));
        const idleP99 = Number(rows[0]![4]);
        rows.push([`  import ${importSeconds.toFixed(0)} s${importSeconds < SECONDS ? ' (ended before the load)' : ''}; p99 ratio`, '', '', '', (during.latency.p99 / idleP99).toFixed(2), '', '', '', '', '']);
      }
      return rows;
    } finally {
      // autocannon leaves keep-alive sockets open: close them so Apollo stops after the last request.
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      await hub.stop();
    }
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const rows = [['scale', 'queries', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'refused', 'hub peak RSS', 'peak heap']];
  for (const scale of SCALES) rows.push(...(await loadScale(scale)));
  const heapLimit = Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024);
  process.stdout.write(`\n${CONNECTIONS} connections, ${SECONDS} s per scale, loopback only; the five dashboard queries in rotation (STEERING token); JS heap limit ${heapLimit} MB.\n`);
  process.stdout.write(`${alignColumns(rows, { align: () => 'right' }).join('\n')}\n`);
  process.stdout.write('Errors: failed requests, timeouts, non-2xx and GraphQL errors; refused: questions over HUB_MAX_ANSWER_CELLS (ANSWER_TOO_LARGE).\n');
  process.stdout.write('Target: 0 errors, p99 < 250 ms at city scale; p99 while importing ≤ 2× idle; hub peak RSS ≤ 300 MB.\n');
}

/** autocannon's result, with the load generator's count of GraphQL errors and of refusals (ANSWER_TOO_LARGE) among HTTP 200s. */
type LoadResult = Awaited<ReturnType<typeof autocannon>> & { graphqlErrors: number; refused: number };

/**
 * Every request a question no cache has seen: the dashboard's aggregates over a one-month window that
 * moves with each request (autocannon's setupRequest numbers them), so each is computed and cached.
 */
function cacheMissingQueries(programme: string): { query: string }[] {
  const aggregate = (measure: string, groupBy: string[]) =>
    `aggregate(programme: "${programme}", measure: ${measure}, groupBy: [${groupBy.join(', ')}], filter: { from: $from, to: $to }) { keys { code label } value suppressed }`;
  const operation = (fields: string) => `query ($from: Date!, $to: Date!) { ${fields} }`;
  return [
    { query: operation(aggregate('ATTENDANCE_RATE', ['ACTIVITY', 'MONTH'])) },
    { query: operation(aggregate('ATTENDANCE_HOURS', ['PARTNER', 'MONTH'])) },
    { query: operation(`a: ${aggregate('PARTICIPANTS', ['SEX', 'AGE_BAND'])} b: ${aggregate('ACTIVE_PARTICIPANTS', ['LABOUR_STATUS'])}`) },
  ];
}

/** Every period of whole months within the programme's (from the first of a month to the last day of one). */
function wholeMonthPeriods(start: string, end: string): [string, string][] {
  const months = monthsBetween(start.slice(0, 7), end.slice(0, 7));
  const lastDay = (month: string) => {
    const [year, number] = month.split('-').map(Number) as [number, number];
    return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  return months.flatMap((from, index) => months.slice(index).map((to): [string, string] => [`${from}-01`, lastDay(to)]));
}

interface LoadResultWithMemory extends LoadResult {
  peakRss: number;
  peakHeap: number;
}

/**
 * The queries in rotation, CONNECTIONS connections for SECONDS, from a child process (load-generator.ts;
 * in this process it would steal the hub's event loop and count in its RSS), while this process's RSS and
 * JS heap are sampled every 50 ms.
 */
async function runLoad(url: string, token: string, queries: { query: string }[], periods?: [string, string][]): Promise<LoadResultWithMemory> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const options: LoadGeneratorOptions = {
    autocannon: {
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: queries.map(({ query }) => ({ method: 'POST', headers, body: JSON.stringify({ query }) })),
    },
    periods,
  };
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const sampler = setInterval(sample, 50);
  try {
    const generator = fileURLToPath(new URL('./load-generator.js', import.meta.url));
    const child = spawn(process.execPath, [generator, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`the load generator exited ${code}: ${stderr}`);
    sample();
    return { ...(JSON.parse(stdout) as LoadResult), peakRss, peakHeap };
  } finally {
    clearInterval(sampler);
  }
}

function measureRow(label: string, queries: number, result: LoadResultWithMemory): string[] {
  const errors = result.errors + result.timeouts + result.non2xx + result.graphqlErrors;
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  return [
    label,
    String(queries),
    result.requests.average.toFixed(0),
    String(result.latency.p50),
    String(result.latency.p99),
    String(result.requests.total),
    String(errors),
    String(result.refused),
    mb(result.peakRss),
    mb(result.peakHeap),
  ];
}

/** The seeded CISI attendance file with 5 % of its statuses flipped at random (a different 5 % each run). */
async function flippedAttendanceFile(dataDir: string): Promise<string> {
  const source = path.join(dataDir, 'seed-files', 'city', 'RDR-CITY-SYN', 'cisi-attendance.csv');
  const target = path.join(dataDir, 'bench-import', 'cisi-attendance.csv');
  await mkdir(path.dirname(target), { recursive: true });
  const out = createWriteStream(target);
  let first = true;
  for await (const line of createInterface({ input: createReadStream(source) })) {
    const flipped = !first && Math.random() < 0.05 ? line.replace(/,(T|N)$/, (_, status: string) => (status === 'T' ? ',N' : ',T')) : line;
    first = false;
    if (!out.write(`${flipped}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
  return target;
}

/** `hub import` of the file in a child process on the same database; resolves with its duration in seconds. */
function importInAnotherProcess(options: { databaseUrl: string; dataDir: string; programmeCode: string; file: string }): { finished: Promise<number> } {
  const started = performance.now();
  const hubCli = fileURLToPath(new URL('../cli/hub.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [hubCli, 'import', '--partner', 'CISI', '--kind', 'cisi-attendance', '--programme', options.programmeCode, options.file],
    { env: { ...process.env, DATABASE_URL: options.databaseUrl, HUB_DATA_DIR: options.dataDir, HUB_SECRET: SECRET }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  return {
    finished: new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`hub import exited ${code}: ${stderr}`))));
    }),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
