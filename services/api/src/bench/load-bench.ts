import 'reflect-metadata';
import path from 'node:path';
import autocannon from 'autocannon';
import { createHub } from '../app/create-hub.js';
import { alignColumns } from '../cli/text-table.js';
import { readConfig } from '../config/env.js';
import { openDatabase } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';
import { createHttpServer, listenOnLoopback } from '../http/server.js';
import { createApiToken } from '../modules/api-token/api-token.service.js';
import { cliViewer, Role } from '../modules/auth/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { seedHub } from '../seeding/seed-hub.js';

/**
 * `npm run bench:load`: the dashboard's queries against the hub over loopback only, 50 connections
 * for 30 s per scale (BENCH_LOAD_SCALES=pilot,city; BENCH_LOAD_SECONDS), bounded in time, printing
 * throughput, p50, p99 and errors. Each scale's data is seeded once into .bench/load-<scale>.
 */
const SECRET = 'load-bench-secret-0123456789abcdef012345';
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

async function loadScale(scale: 'pilot' | 'city'): Promise<string[]> {
  const dataDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), '.bench', `load-${scale}`);
  const config = readConfig({ HUB_DATA_DIR: dataDir, HUB_SECRET: SECRET, NODE_ENV: process.env.NODE_ENV });
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
      const result = await autocannon({
        url,
        connections: CONNECTIONS,
        // The load generator in a thread of its own: on the hub's event loop it would steal the hub's time.
        workers: 1,
        duration: SECONDS,
        requests: queries.map(({ query }) => ({
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        })),
      });
      const errors = result.errors + result.timeouts + result.non2xx;
      return [
        scale,
        String(queries.length),
        result.requests.average.toFixed(0),
        String(result.latency.p50),
        String(result.latency.p99),
        String(result.requests.total),
        String(errors),
      ];
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
  const rows = [['scale', 'queries', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors']];
  for (const scale of SCALES) rows.push(await loadScale(scale));
  process.stdout.write(`\n${CONNECTIONS} connections, ${SECONDS} s per scale, loopback only; the five dashboard queries in rotation (STEERING token).\n`);
  process.stdout.write(`${alignColumns(rows, { align: () => 'right' }).join('\n')}\n`);
  process.stdout.write('Target: 0 errors, p99 < 250 ms at city scale.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
