import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import http from 'node:http';
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

/** A POST whose headers go out at once and whose body only when `finish` is called: a request in flight. */
function slowRequest(url: string, body: string) {
  const request = http.request(`${url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  request.flushHeaders();
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (incoming) => {
      let text = '';
      incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text }));
    });
  });
  return {
    headersSent: new Promise((resolve) => request.on('socket', (socket) => socket.once('connect', resolve))),
    finish: () => request.end(body),
    response,
  };
}

describe('npm start (the built hub)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('loads the pilot on first start, stops PostgreSQL cleanly on SIGINT, keeps the data for the next start, and finishes a request in flight on SIGTERM', async () => {
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
    expect(existsSync(path.join(dataDir, 'hub.lock'))).toBe(false);
    expect(() => process.kill(postmasterPid, 0)).toThrow();

    const second = await startHub(dataDir);
    expect(second.output()).not.toContain('Empty database');
    expect(second.output()).toContain(`Demo logins: ${path.join(dataDir, 'demo-logins.txt')}\n`);
    // A second hub on the same data folder refuses to start rather than share (and later stop) its PostgreSQL.
    const third = spawn(process.execPath, [mainScript], { env: { ...process.env, HUB_DATA_DIR: dataDir, PORT: '0', HUB_SECRET: '', DATABASE_URL: '' } });
    let thirdOutput = '';
    third.stderr.on('data', (chunk: Buffer) => (thirdOutput += chunk.toString()));
    expect(((await once(third, 'exit')) as [number])[0]).toBe(2);
    expect(thirdOutput).toBe(
      `Another Razem Hub (process ${second.child.pid}) is running on the data folder ${dataDir}. Stop it first, or start this one with another HUB_DATA_DIR.\n`,
    );
    expect((await fetch(`${second.url}readyz`)).status).toBe(200);
    // A request still arriving when SIGTERM comes is finished, while new connections are refused.
    const inFlight = slowRequest(second.url, JSON.stringify({ query: '{ __typename }' }));
    await inFlight.headersSent;
    // Time for the hub to read the headers: a connection with no request yet counts as idle and is closed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    second.child.kill('SIGTERM');
    for (let waited = 0; !second.output().includes('Shutting down'); waited += 50) {
      if (waited > 10_000) throw new Error(`No shutdown:\n${second.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await expect(fetch(`${second.url}healthz`)).rejects.toThrow();
    expect(second.child.exitCode).toBeNull();
    inFlight.finish();
    expect(await inFlight.response).toEqual({ status: 200, body: '{"data":{"__typename":"Query"}}\n' });
    expect(((await once(second.child, 'exit')) as [number])[0]).toBe(0);
    expect(second.output()).toContain('Stopped cleanly.');
  });
});
