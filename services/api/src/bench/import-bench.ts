import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { writeSyntheticDataset, type SyntheticProgramme } from '@razem/seeds';
import { alignColumns } from '../cli/text-table.js';
import { ensureDatabaseExists } from '../database/database.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { migrateToLatest } from '../database/migrate.js';
import { createOrmConfig } from '../database/orm-config.js';
import { cliViewer } from '../modules/auth/viewer.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';
import { importGeneratedFile, refreshProgrammeRollups } from '../seeding/seed-synthetic-data.js';

/**
 * `npm run bench:import`: imports the city-scale partner files (10,000 participants, > 2M attendance
 * rows) into a fresh embedded database and prints rows/s per file and in total, and the peak RSS of
 * this process. Files are generated once into .bench/city-files and reused.
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
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    await ensureDatabaseExists(cluster.adminUrl, 'bench');
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: cluster.databaseUrl('bench') }));
    await migrateToLatest(orm);
    const rows: string[][] = [];
    let totalRows = 0;
    let totalMs = 0;
    for (const { programme, files } of programmes) {
      await loadProgrammeStructure({ em: orm.em.fork(), definition: programme, actor: 'bench' });
      for (const file of files.filter((candidate) => !process.env.BENCH_KINDS || process.env.BENCH_KINDS.split(',').includes(candidate.kind))) {
        const started = performance.now();
        const report = await importGeneratedFile({
          orm,
          programmeCode: programme.code,
          file,
          viewer: cliViewer,
          peselSecret: 'bench-secret-0123456789abcdef0123456789',
        });
        const ms = performance.now() - started;
        if (report.outcome !== 'SUCCEEDED') throw new Error(`${file.kind} rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
        totalRows += report.rowsRead;
        totalMs += ms;
        rows.push([file.kind, String(report.rowsRead), (ms / 1000).toFixed(1), String(Math.round(report.rowsRead / (ms / 1000)))]);
      }
    }
    const refreshStarted = performance.now();
    for (const { programme } of programmes) await refreshProgrammeRollups(orm, programme.code);
    const refreshMs = performance.now() - refreshStarted;
    await orm.close(true);
    clearInterval(sampler);
    const table = [['file', 'rows', 'seconds', 'rows/s'], ...rows, ['TOTAL', String(totalRows), (totalMs / 1000).toFixed(1), String(Math.round(totalRows / (totalMs / 1000)))]];
    process.stdout.write(`\n${alignColumns(table, { align: (column) => (column ? 'right' : 'left') }).join('\n')}\n`);
    process.stdout.write(`\nThroughput: ${Math.round(totalRows / (totalMs / 1000))} rows/s (target ≥ 35,000)\n`);
    process.stdout.write(
      `Analytics rollup rebuild after the files: ${(refreshMs / 1000).toFixed(1)} s; ` +
        `with it: ${Math.round(totalRows / ((totalMs + refreshMs) / 1000))} rows/s\n`,
    );
    process.stdout.write(`Peak RSS of the importing process: ${Math.round(peakRss / 1024 / 1024)} MB (target < 500 MB; maxRSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB incl. start-up)\n`);
  } finally {
    clearInterval(sampler);
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
