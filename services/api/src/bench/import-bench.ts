import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { writeSyntheticDataset, type SyntheticProgramme } from '@razem/seeds';
import { alignColumns } from '../cli/text-table.js';
import { ensureDatabaseExists } from '../app/database.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { migrateToLatest } from '../database/migrate.js';
import { createOrmConfig } from '../app/orm-config.js';
import { cliViewer } from '../access/viewer.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';
import { IMPORT_STAGES, type ImportTimings } from '../modules/imports/import-stages.js';
import { importGeneratedFile, refreshProgrammeRollups } from '../seeding/seed-synthetic-data.js';

/**
 * `npm run bench:import`: imports the city-scale partner files (10,000 participants, > 2M attendance
 * rows) into a fresh embedded database and prints rows/s per file and in total, and the peak RSS of
 * this process. Files are generated once into .bench/city-files and reused. The reference, measured in
 * the same run and database: a plain COPY of the same attendance rows into a table with the same keys
 * and indexes as `attendance`; the ratio is the import's attendance throughput over it (target ≥ 0.5).
 */
async function main(): Promise<void> {
  const root = path.resolve(process.env.INIT_CWD ?? process.cwd(), '.bench');
  const filesDir = path.join(root, 'city-files');
  const manifest = path.join(filesDir, 'manifest.json');
  let programmes: SyntheticProgramme[];
  if (existsSync(manifest)) {
    programmes = JSON.parse(await readFile(manifest, 'utf8')) as SyntheticProgramme[];
  } else {
    process.stdout.write('Generating city-scale partner files (once)…\n');
    programmes = await writeSyntheticDataset({ scale: 'city', outDir: filesDir });
    await writeFile(manifest, JSON.stringify(programmes));
  }

  const dataDir = path.join(root, 'import-db');
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const cluster = await startEmbeddedPostgres({ dataDir });
  let peakRss = process.memoryUsage().rss;
  // The imports' own peak, apart from the set-up (the ORM writing 2,000 activities) and the COPY reference.
  let importing = false;
  let importPeakRss = 0;
  const sampler = setInterval(() => {
    const { rss } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    if (importing) importPeakRss = Math.max(importPeakRss, rss);
  }, 50);
  try {
    await ensureDatabaseExists(cluster.adminUrl, 'bench');
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: cluster.databaseUrl('bench') }));
    await migrateToLatest(orm);
    const rows: string[][] = [];
    const stageRows: string[][] = [];
    const stageTotals = Object.fromEntries(IMPORT_STAGES.map((stage) => [stage, 0])) as ImportTimings;
    let totalRows = 0;
    let totalMs = 0;
    for (const { programme, files } of programmes) {
      await loadProgrammeStructure({ em: orm.em.fork(), definition: programme, actor: 'bench' });
      for (const file of files.filter((candidate) => !process.env.BENCH_KINDS || process.env.BENCH_KINDS.split(',').includes(candidate.kind))) {
        const started = performance.now();
        importing = true;
        const report = await importGeneratedFile({
          orm,
          programmeCode: programme.code,
          file,
          viewer: cliViewer,
          peselSecret: 'bench-secret-0123456789abcdef0123456789',
          onTimings: (timings) => {
            stageRows.push([file.kind, ...IMPORT_STAGES.map((stage) => (timings[stage] / 1000).toFixed(1))]);
            for (const stage of IMPORT_STAGES) stageTotals[stage] += timings[stage];
          },
        });
        const ms = performance.now() - started;
        importing = false;
        if (report.outcome !== 'SUCCEEDED') throw new Error(`${file.kind} rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
        totalRows += report.rowsRead;
        totalMs += ms;
        rows.push([file.kind, String(report.rowsRead), (ms / 1000).toFixed(1), String(Math.round(report.rowsRead / (ms / 1000)))]);
      }
    }
    const copy = await copyReference(cluster.databaseUrl('bench'));
    const attendanceRows = rows.filter(([kind]) => ATTENDANCE_KINDS.includes(kind!));
    const attendanceRate =
      attendanceRows.reduce((sum, row) => sum + Number(row[1]), 0) / attendanceRows.reduce((sum, row) => sum + Number(row[2]), 0);
    const refreshStarted = performance.now();
    for (const { programme } of programmes) await refreshProgrammeRollups(orm, programme.code);
    const refreshMs = performance.now() - refreshStarted;
    await orm.close(true);
    clearInterval(sampler);
    const table = [['file', 'rows', 'seconds', 'rows/s'], ...rows, ['TOTAL', String(totalRows), (totalMs / 1000).toFixed(1), String(Math.round(totalRows / (totalMs / 1000)))]];
    process.stdout.write(`\n${alignColumns(table, { align: (column) => (column ? 'right' : 'left') }).join('\n')}\n`);
    const stages = [['seconds', ...IMPORT_STAGES], ...stageRows, ['TOTAL', ...IMPORT_STAGES.map((stage) => (stageTotals[stage] / 1000).toFixed(1))]];
    process.stdout.write(
      `\nWhere the time goes (read: parse and map; stage: waiting for the COPY, into the staging table or, for attendance of new sessions, into attendance itself, and writing those sessions):\n`,
    );
    process.stdout.write(`${alignColumns(stages, { align: (column) => (column ? 'right' : 'left') }).join('\n')}\n`);
    process.stdout.write(`\nThroughput: ${Math.round(totalRows / (totalMs / 1000))} rows/s (target ≥ 80,000)\n`);
    process.stdout.write(
      `Attendance files: ${Math.round(attendanceRate)} rows/s; COPY of the same ${copy.rows} attendance rows into a table with ` +
        `the same keys and indexes, this run: ${Math.round(copy.rowsPerSecond)} rows/s; ratio ${(attendanceRate / copy.rowsPerSecond).toFixed(2)} (target ≥ 0.50)\n`,
    );
    process.stdout.write(
      `Analytics rollup rebuild after the files: ${(refreshMs / 1000).toFixed(1)} s; ` +
        `with it: ${Math.round(totalRows / ((totalMs + refreshMs) / 1000))} rows/s\n`,
    );
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    process.stdout.write(
      `Peak RSS while importing: ${mb(importPeakRss)} MB (target < 300 MB); of the whole bench process (set-up and the COPY reference too): ` +
        `${mb(peakRss)} MB (maxRSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)\n`,
    );
  } finally {
    clearInterval(sampler);
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const ATTENDANCE_KINDS = ['mops-workshops', 'cisi-attendance', 'zdz-attendance'];

/**
 * COPY of every attendance row (as text, from a COPY TO of the imported table) into a fresh table with
 * the same primary key and indexes: what PostgreSQL itself needs to store those rows with those keys.
 */
async function copyReference(url: string): Promise<{ rows: number; rowsPerSecond: number }> {
  const reader = new pg.Client({ connectionString: url });
  const writer = new pg.Client({ connectionString: url });
  await reader.connect();
  await writer.connect();
  try {
    await writer.query('drop table if exists copy_reference');
    await writer.query('create table copy_reference (like attendance including defaults including constraints including indexes)');
    const started = performance.now();
    const target = writer.query(copyFrom('copy copy_reference (session_id, participant_id, status) from stdin'));
    await pipeline(reader.query(copyTo('copy attendance (session_id, participant_id, status) to stdout')), target);
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await writer.query<{ count: number }>('select count(*)::int as count from copy_reference');
    await writer.query('drop table copy_reference');
    return { rows: rows[0]!.count, rowsPerSecond: rows[0]!.count / seconds };
  } finally {
    await reader.end();
    await writer.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
