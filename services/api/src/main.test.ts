import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const mainScript = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** Starts the built hub and resolves with its URL once it says it is running. */
async function startHub(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [mainScript], {
    env: { ...process.env, HUB_DATA_DIR: dataDir, PORT: '0', HUB_SECRET: '', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let waited = 0; !/running at (http:\/\/\S+)/.test(output); waited += 100) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`The hub did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url: /running at (http:\/\/\S+)/.exec(output)![1]!, output: () => output };
}

describe('npm start (the built hub)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('loads the pilot on first start, stops PostgreSQL cleanly on SIGINT, and keeps the data for the next start', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'razem-main-'));
    dirs.push(dataDir);
    const first = await startHub(dataDir);
    expect(first.output()).toContain('Empty database: loading the pilot programme RDR-PLOCK-2011 with its synthetic data.');
    expect(first.output()).toContain(`Demo logins: ${path.join(dataDir, 'demo-logins.txt')} (just created)`);
    expect((await fetch(`${first.url}readyz`)).status).toBe(200);
    const logins = await readFile(path.join(dataDir, 'demo-logins.txt'), 'utf8');
    expect(logins).toMatch(/STEERING/);
    const postmasterPid = Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);

    first.child.kill('SIGINT');
    const [code] = (await once(first.child, 'exit')) as [number];
    expect(code).toBe(0);
    expect(first.output()).toContain('Stopped cleanly.');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(() => process.kill(postmasterPid, 0)).toThrow();

    const second = await startHub(dataDir);
    expect(second.output()).not.toContain('Empty database');
    expect(second.output()).toContain(`Demo logins: ${path.join(dataDir, 'demo-logins.txt')}\n`);
    second.child.kill('SIGTERM');
    expect(((await once(second.child, 'exit')) as [number])[0]).toBe(0);
  });
});
