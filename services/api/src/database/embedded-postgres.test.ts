import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const builtModule = fileURLToPath(new URL('../../dist/database/embedded-postgres.js', import.meta.url));

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embedded PostgreSQL in the data dir', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('keeps the data across a stop and a start', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'razem-embedded-'));
    dirs.push(dataDir);
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.adminUrl, "create table kept (value text); insert into kept values ('Płock')");
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(second.adminUrl, 'select value from kept')).toEqual([{ value: 'Płock' }]);
    } finally {
      await second.stop();
    }
  });

  it('adopts the server of a hub killed with SIGKILL, and stops it cleanly afterwards', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'razem-embedded-'));
    dirs.push(dataDir);
    // A separate process starts the server and is then killed without any chance to stop it.
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { startEmbeddedPostgres } = await import(${JSON.stringify(builtModule)});
         const cluster = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} });
         console.log('READY ' + cluster.adminUrl);
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const [line] = (await once(child.stdout!, 'data')) as [Buffer];
    const orphanUrl = line.toString().trim().replace(/^READY /, '');
    await query(orphanUrl, "create table survived (value text); insert into survived values ('Stare Miasto')");
    child.kill('SIGKILL');
    await once(child, 'exit');

    const postmasterPid = Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(isAlive(postmasterPid)).toBe(true);

    const adopted = await startEmbeddedPostgres({ dataDir });
    expect(await query(adopted.adminUrl, 'select value from survived')).toEqual([{ value: 'Stare Miasto' }]);
    await adopted.stop();
    expect(isAlive(postmasterPid)).toBe(false);

    const restarted = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(restarted.adminUrl, 'select count(*)::int as n from survived')).toEqual([{ n: 1 }]);
    } finally {
      await restarted.stop();
    }
  });
});
