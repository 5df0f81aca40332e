import 'reflect-metadata';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { normaliseFilter } from '../analytics/analytics-filter.js';
import { buildIndicatorsStatement } from '../analytics/indicators.js';
import { refreshAnalyticsRollups } from '../analytics/rollups/refresh-rollups.js';
import { refreshRollupsUnderImportLock } from '../modules/imports/import-locks.js';
import { Dimension } from '../analytics/semantic/dimension.js';
import { Measure } from '../analytics/semantic/measure.js';
import { buildAggregateStatement } from '../analytics/sql/aggregate-sql.js';
import { createHub } from '../app/create-hub.js';
import { alignColumns, columnWidths } from '../cli/text-table.js';
import { readConfig } from '../config/env.js';
import { ensureDatabaseExists } from '../app/database.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { migrateToLatest } from '../database/migrate.js';
import { createOrmConfig } from '../app/orm-config.js';
import type { SqlFragment } from '../database/sql-fragment.js';
import { Role, cliViewer, type Viewer } from '../access/viewer.js';
import { Indicator } from '../modules/indicator/indicator.entity.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { seedSyntheticData } from '../seeding/seed-synthetic-data.js';

/**
 * `npm run bench`: the dashboard's queries at city scale (10,000 participants, > 2M attendance rows),
 * each timed through GraphQL (in process, hub.execute, as STEERING and as EVALUATOR) and as the very
 * SQL the semantic layer generates sent raw over a pg connection, with p50/p95 and their ratio, and
 * cold: the first answer after a write (one attendance status flipped and the rollups refreshed, as a
 * correction does). The city is seeded once, through the importers, into .bench/city (HUB_DATA_DIR)
 * and reused. `npm run bench -- --scale region` (.bench/region): the same questions on one region
 * programme and across all ten (`aggregate(programmes: …)`), cold and warm. BENCH_DATABASE_URL
 * measures a database already running instead (e.g. one `hub seed` is still filling: the programmes
 * loaded so far).
 */

const SCALE = ((): 'city' | 'region' => {
  const scale = process.argv.includes('--scale') ? process.argv[process.argv.indexOf('--scale') + 1] : (process.env.BENCH_SCALE ?? 'city');
  if (scale !== 'city' && scale !== 'region') throw new Error(`--scale takes city or region, not ${String(scale)}.`);
  return scale;
})();
const PROGRAMME = SCALE === 'city' ? 'RDR-CITY-SYN' : 'RDR-REGION-01-SYN';
const SECRET = 'bench-secret-0123456789abcdef0123456789';
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
/** Cold runs each cost a write and a rollup refresh: fewer. */
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 20);
const WARMUP = 5;
/** Rounds of every question before any is measured. */
const PROCESS_WARMUP_ROUNDS = 40;

interface DashboardQuery {
  name: string;
  graphql: string;
  /** The same answer as raw SQL: one statement per aggregate field (run concurrently, as Apollo resolves fields). */
  statements: SqlFragment[];
}

/** Which programmes a question names: `programme: "…"`, or `programmes: [...]` for a view across several. */
let programmesArgument = `programme: "${PROGRAMME}"`;

/** The rows as the dashboard asks them (its AggregateRowFields fragment, dashboard/src/graphql/documents.ts). */
const aggregateField = (alias: string, measure: Measure, groupBy: Dimension[]) =>
  `${alias}: aggregate(${programmesArgument}, measure: ${measure}, groupBy: [${groupBy.join(', ')}]) { keys { dimension code label } value suppressed }`;

const statementFor = (measure: Measure, groupBy: Dimension[]) =>
  buildAggregateStatement(PROGRAMME, { measure, groupBy, filter: {}, ownPartnerCode: null });

async function dashboardQueries(orm: MikroORM): Promise<DashboardQuery[]> {
  const em = orm.em.fork();
  const programme = await em.findOneOrFail(Programme, { code: PROGRAMME });
  const indicators = await em.find(Indicator, { programme }, { orderBy: { position: 'asc' } });
  const funnel: [string, Measure][] = [
    ['registered', Measure.PARTICIPANTS],
    ['active', Measure.ACTIVE_PARTICIPANTS],
    ['certified', Measure.CERTIFIED_PARTICIPANTS],
    ['completed', Measure.COMPLETIONS],
    ['results', Measure.RESULTS],
  ];
  return [
    {
      name: 'KPIs (indicators)',
      graphql: `{ indicators(programme: "${PROGRAMME}") { code value target numerator denominator suppressed } }`,
      statements: [buildIndicatorsStatement(PROGRAMME, indicators, normaliseFilter(null), null)],
    },
    {
      name: 'monthly series (active participants × month)',
      graphql: `{ ${aggregateField('series', Measure.ACTIVE_PARTICIPANTS, [Dimension.MONTH])} }`,
      statements: [statementFor(Measure.ACTIVE_PARTICIPANTS, [Dimension.MONTH])],
    },
    {
      name: 'monthly hours by partner (partner × month)',
      graphql: `{ ${aggregateField('series', Measure.ATTENDANCE_HOURS, [Dimension.PARTNER, Dimension.MONTH])} }`,
      statements: [statementFor(Measure.ATTENDANCE_HOURS, [Dimension.PARTNER, Dimension.MONTH])],
    },
    {
      name: 'per activity (attendance rate × 2,000 activities)',
      graphql: `{ ${aggregateField('perActivity', Measure.ATTENDANCE_RATE, [Dimension.ACTIVITY])} }`,
      statements: [statementFor(Measure.ATTENDANCE_RATE, [Dimension.ACTIVITY])],
    },
    {
      name: 'funnel (5 totals in one request)',
      graphql: `{ ${funnel.map(([alias, measure]) => aggregateField(alias, measure, [])).join(' ')} }`,
      statements: funnel.map(([, measure]) => statementFor(measure, [])),
    },
    {
      name: 'sex × age band (participants)',
      graphql: `{ ${aggregateField('sexAge', Measure.PARTICIPANTS, [Dimension.SEX, Dimension.AGE_BAND])} }`,
      statements: [statementFor(Measure.PARTICIPANTS, [Dimension.SEX, Dimension.AGE_BAND])],
    },
  ];
}

/** knex's `?` placeholders as pg's `$n` (the generated SQL has no other question marks). */
function toPg(statement: SqlFragment): { text: string; values: unknown[] } {
  let index = 0;
  return { text: statement.text.replace(/\?/g, () => `$${++index}`), values: [...statement.values] };
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(runs: number, run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * The first answer after a write, COLD_RUNS times: each run flips one attendance status of the
 * programme and refreshes its rollups under the import lock in a transaction of its own (what a
 * correction does; the data version goes up, so no cache holds the answer), then asks once.
 */
async function timeAfterWrites(orm: MikroORM, programmeId: number, ask: () => Promise<unknown>): Promise<number[]> {
  const [row] = (await orm.em.getConnection().execute(
    `select at.session_id, at.participant_id from attendance at join session s on s.id = at.session_id
       join activity a on a.id = s.activity_id where a.programme_id = ? order by at.session_id, at.participant_id limit 1`,
    [programmeId],
  )) as [{ session_id: number; participant_id: number }];
  const flip = `update attendance set status = case status when 'PRESENT' then 'ABSENT' else 'PRESENT' end where session_id = ? and participant_id = ?`;
  const samples: number[] = [];
  // An even number of flips leaves the data as it was.
  const runs = COLD_RUNS + (COLD_RUNS % 2);
  for (let i = 0; i < runs; i += 1) {
    await orm.em.fork().getConnection().execute(flip, [row.session_id, row.participant_id]);
    await refreshRollupsUnderImportLock(orm.em.fork(), programmeId);
    const started = performance.now();
    await ask();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.env.HUB_DATA_DIR ?? `.bench/${SCALE}`);
  const external = process.env.BENCH_DATABASE_URL;
  const cluster = external ? null : await startEmbeddedPostgres({ dataDir });
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (cluster) await ensureDatabaseExists(cluster.adminUrl, 'hub');
    const url = external ?? cluster!.databaseUrl('hub');
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: url, statementTimeoutMs: 600_000 }));
    await migrateToLatest(orm);
    const [{ count }] = (await orm.em.getConnection().execute(
      `select count(*)::int as count from participant p join programme pr on pr.id = p.programme_id where pr.code = ?`,
      [PROGRAMME],
    )) as [{ count: number }];
    if (count === 0) {
      out(`Seeding ${SCALE} scale once into ${dataDir} through the importers (a few minutes)…`);
      const started = performance.now();
      let refreshMs = 0;
      await seedSyntheticData({
        orm,
        scale: SCALE,
        filesDir: path.join(dataDir, 'seed-files', SCALE),
        viewer: cliViewer,
        peselSecret: SECRET,
        log: (message) => (message.includes('rows read') ? undefined : out(`  ${message}`)),
        onRollupRefresh: (milliseconds) => (refreshMs += milliseconds),
      });
      out(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s, of which rollup refreshes ${(refreshMs / 1000).toFixed(1)} s.`);
    }
    const programme = await orm.em.fork().findOneOrFail(Programme, { code: PROGRAMME });
    await orm.em.fork().transactional((em) => refreshAnalyticsRollups(em, { programmeId: programme.id }));
    const [sizes] = (await orm.em.getConnection().execute(
      `select (select count(*) from participant where programme_id = ?)::int as participants,
              (select count(*) from attendance at join participant p on p.id = at.participant_id where p.programme_id = ?)::int as attendance,
              (select count(*) from session s join activity a on a.id = s.activity_id where a.programme_id = ?)::int as sessions`,
      [programme.id, programme.id, programme.id],
    )) as [{ participants: number; attendance: number; sessions: number }];
    out(`${PROGRAMME}: ${sizes.participants} participants, ${sizes.attendance} attendance rows, ${sizes.sessions} sessions; ${RUNS} runs each after ${WARMUP} warm-up runs.\n`);

    // Across the ten region programmes the per-activity view is 20,000 rows: over the default cap on cells per answer.
    const maxAnswerCells = process.env.HUB_MAX_ANSWER_CELLS ?? (SCALE === 'region' ? '50000' : undefined);
    const hub = await createHub({
      orm,
      config: readConfig({ HUB_DATA_DIR: dataDir, HUB_SECRET: SECRET, NODE_ENV: process.env.NODE_ENV, HUB_MAX_ANSWER_CELLS: maxAnswerCells }),
    });
    if (SCALE === 'region') {
      await regionViews(orm, hub, programme.id, out);
      await hub.stop();
      await orm.close(true);
      return;
    }
    const raw = new pg.Pool({ connectionString: url, max: 10 });
    const steering: Viewer = { kind: 'token', role: Role.STEERING, partnerCode: null, name: 'bench steering' };
    const evaluator: Viewer = { kind: 'token', role: Role.EVALUATOR, partnerCode: null, name: 'bench evaluator' };
    const header = [
      'query', 'GraphQL p50', 'p95', 'ratio', 'after a write p50', 'p95', 'ratio', 'cache off p50', 'p95', 'ratio',
      'EVALUATOR p50', '÷ STEERING', 'EVALUATOR cache off p50', '÷ STEERING', 'raw SQL p50', 'p95', 'raw SQL after a write p50', 'hub ÷ raw after a write',
      'base tables p50',
    ];
    const perturbationCost: { warm: number[]; cold: number[] } = { warm: [], cold: [] };
    const table: string[][] = [];
    const queries = await dashboardQueries(orm);
    // The process warmed up first on every question (as a running hub is): V8 optimises the GraphQL and
    // answer paths only after some hundreds of requests, and the second question measured (the monthly
    // series) otherwise read 3–10× slower warm than cold (its warm runs came first, its cold ones later).
    for (let round = 0; round < PROCESS_WARMUP_ROUNDS; round += 1) {
      for (const query of queries) await hub.execute(query.graphql, {}, round % 2 === 0 ? steering : evaluator);
    }
    for (const query of queries) {
      const viaGraphql = (viewer: Viewer) => async () => {
        const result = await hub.execute(query.graphql, {}, viewer);
        if (result.errors) throw new Error(`${query.name}: ${JSON.stringify(result.errors)}`);
      };
      const graphql = await time(RUNS, viaGraphql(steering));
      const afterWrite = await timeAfterWrites(orm, programme.id, viaGraphql(steering));
      // Every run computing its answer again: what a question costs the first time after an import.
      const graphqlUncached = await time(RUNS, async () => {
        hub.analyticsCache.clear();
        await viaGraphql(steering)();
      });
      // EVALUATOR answers carry the contributors' record-key sums and are perturbed (cell key method):
      // warm (answer cache as the dashboard finds it) and cold (computed every run), against STEERING's.
      const graphqlEvaluator = await time(RUNS, viaGraphql(evaluator));
      const graphqlEvaluatorUncached = await time(RUNS, async () => {
        hub.analyticsCache.clear();
        await viaGraphql(evaluator)();
      });
      const warmRatio = percentile(graphqlEvaluator, 50) / percentile(graphql, 50);
      const coldRatio = percentile(graphqlEvaluatorUncached, 50) / percentile(graphqlUncached, 50);
      perturbationCost.warm.push(warmRatio);
      perturbationCost.cold.push(coldRatio);
      const statements = query.statements.map(toPg);
      const askRaw = () => Promise.all(statements.map((statement) => raw.query(statement.text, statement.values)));
      const rawSql = await time(RUNS, askRaw);
      // Raw SQL under the same conditions as the hub's first answer after a write (the write and refresh
      // just committed on other connections, the raw connections idle meanwhile): the like-for-like reference.
      const rawAfterWrite = await timeAfterWrites(orm, programme.id, askRaw);
      // The same statements with the rollups marked dirty (rolled back): what they cost without pre-aggregation.
      const base = await time(3, async () => {
        const client = await raw.connect();
        try {
          await client.query('begin');
          await client.query('update analytics_rollup_state set dirty = true where programme_id = $1', [programme.id]);
          for (const statement of statements) await client.query(statement.text, statement.values);
        } finally {
          await client.query('rollback');
          client.release();
        }
      });
      const ms = (value: number) => `${value.toFixed(1)} ms`;
      table.push([
        query.name,
        ms(percentile(graphql, 50)),
        ms(percentile(graphql, 95)),
        (percentile(graphql, 50) / percentile(rawSql, 50)).toFixed(2),
        ms(percentile(afterWrite, 50)),
        ms(percentile(afterWrite, 95)),
        (percentile(afterWrite, 50) / percentile(rawSql, 50)).toFixed(2),
        ms(percentile(graphqlUncached, 50)),
        ms(percentile(graphqlUncached, 95)),
        (percentile(graphqlUncached, 50) / percentile(rawSql, 50)).toFixed(2),
        ms(percentile(graphqlEvaluator, 50)),
        warmRatio.toFixed(2),
        ms(percentile(graphqlEvaluatorUncached, 50)),
        coldRatio.toFixed(2),
        ms(percentile(rawSql, 50)),
        ms(percentile(rawSql, 95)),
        ms(percentile(rawAfterWrite, 50)),
        (percentile(afterWrite, 50) / percentile(rawAfterWrite, 50)).toFixed(2),
        ms(percentile(base, 50)),
      ]);
    }
    const [headerLine, ...rowLines] = alignColumns([header, ...table], { separator: ' | ' });
    out(`| ${headerLine} |`);
    out(`|${columnWidths([header, ...table]).map((width) => '-'.repeat(width + 2)).join('|')}|`);
    for (const line of rowLines) out(`| ${line} |`);
    out('\nGraphQL: in-process hub.execute as STEERING (exact) and EVALUATOR (suppressed), the answer cache warm as the dashboard finds it;');
    out(`after a write: the first answer after one attendance status was flipped and the rollups refreshed (${COLD_RUNS} runs, STEERING);`);
    out('cache off: the cache emptied before every run (each answer computed, as after an import). Raw SQL: the generated statement(s) over pg.');
    out('Ratio: GraphQL p50 ÷ raw SQL p50 (targets: p50 ≤ 50 ms, ratio ≤ 1.3). Base tables: the same SQL with the rollups dirty.');
    out('Raw SQL after a write: the statement(s) over pg right after the same write and refresh (as the hub is timed after a write, not in a warm loop); hub ÷ raw after a write compares the two.');
    const geometricMean = (values: number[]) => Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
    out(
      `Perturbation cost (EVALUATOR p50 ÷ STEERING p50, geometric mean over the queries; target ≤ 1.2): ` +
        `warm ${geometricMean(perturbationCost.warm).toFixed(2)}, cold ${geometricMean(perturbationCost.cold).toFixed(2)}.`,
    );
    await raw.end();
    await hub.stop();
    await orm.close(true);
  } finally {
    await cluster?.stop();
  }
}

/**
 * Region scale: the dashboard's aggregate questions on one region programme and across every region
 * programme loaded (a city-wide view), warm (as the dashboard finds them) and cold (after a write to
 * the one programme), p50 and p95, as STEERING.
 */
async function regionViews(orm: MikroORM, hub: Awaited<ReturnType<typeof createHub>>, programmeId: number, out: (line: string) => void): Promise<void> {
  const region = (await orm.em.getConnection().execute(
    `select pr.code from programme pr join analytics_rollup_state st on st.programme_id = pr.id
      where pr.code like 'RDR-REGION-%' and not st.dirty order by pr.code`,
  )) as { code: string }[];
  const steering: Viewer = { kind: 'token', role: Role.STEERING, partnerCode: null, name: 'bench steering' };
  const rows: string[][] = [];
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  for (const [view, argument] of [
    [`one programme (${PROGRAMME})`, `programme: "${PROGRAMME}"`],
    [`across ${region.length} programmes`, `programmes: [${region.map(({ code }) => JSON.stringify(code)).join(', ')}]`],
  ] as const) {
    programmesArgument = argument;
    // KPIs are each programme's own indicators: asked of one programme only.
    const queries = (await dashboardQueries(orm)).filter((query) => !query.graphql.includes('indicators') || view.startsWith('one'));
    for (const query of queries) {
      const ask = async () => {
        const result = await hub.execute(query.graphql, {}, steering);
        if (result.errors) throw new Error(`${query.name}: ${JSON.stringify(result.errors)}`);
      };
      const warm = await time(RUNS, ask);
      const cold = await timeAfterWrites(orm, programmeId, ask);
      const name = view.startsWith('one') ? query.name : query.name.replace('2,000 activities', `${(2000 * region.length).toLocaleString('en')} rows`);
      rows.push([view, name, ms(percentile(cold, 50)), ms(percentile(cold, 95)), ms(percentile(warm, 50)), ms(percentile(warm, 95))]);
    }
  }
  const header = ['view', 'query', 'cold p50', 'cold p95', 'warm p50', 'warm p95'];
  const [headerLine, ...rowLines] = alignColumns([header, ...rows], { separator: ' | ' });
  out(`| ${headerLine} |`);
  out(`|${columnWidths([header, ...rows]).map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const line of rowLines) out(`| ${line} |`);
  out(`\nCold: the first answer after a write to ${PROGRAMME} (one attendance status flipped, rollups refreshed; ${COLD_RUNS} runs); warm: ${RUNS} runs.`);
  out('In-process hub.execute as STEERING. Targets: p50 ≤ 50 ms cold, ≤ 20 ms warm.');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
