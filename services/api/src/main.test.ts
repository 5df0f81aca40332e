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

/** Resolves once the child's output matches `pattern` (with the match); rejects if it exits first. */
function outputMatches(child: ChildProcess, output: () => string, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(output());
      if (!match) return;
      stopListening();
      resolve(match);
    };
    const exited = () => {
      stopListening();
      reject(new Error(`The hub exited before printing ${pattern}:\n${output()}`));
    };
    const stopListening = () => {
      child.stdout!.off('data', check);
      child.stderr!.off('data', check);
      child.off('exit', exited);
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', exited);
    check();
  });
}

/** Starts the built hub and resolves with its URL once it says it is running. */
async function startHub(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [mainScript], {
    env: { ...process.env, HUB_DATA_DIR: dataDir, PORT: '0', HUB_SECRET: '', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const read = () => output;
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [, url] = await outputMatches(child, read, /running at (http:\/\/\S+)/);
  return { child, url: url!, output: read };
}

/**
 * A POST whose headers go out at once and whose body only when `finish` is called: a request in
 * flight. It asks `Expect: 100-continue`, so the hub's "100 Continue" tells when it has read the headers.
 */
function slowRequest(url: string, body: string) {
  const request = http.request(`${url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
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
    headersRead: new Promise((resolve) => request.once('continue', resolve)),
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
    // Only once the hub has read the headers: a connection with no request yet counts as idle and is closed.
    await inFlight.headersRead;
    second.child.kill('SIGTERM');
    await outputMatches(second.child, second.output, /Shutting down/);
    await expect(fetch(`${second.url}healthz`)).rejects.toThrow();
    expect(second.child.exitCode).toBeNull();
    inFlight.finish();
    expect(await inFlight.response).toEqual({ status: 200, body: '{"data":{"__typename":"Query"}}\n' });
    expect(((await once(second.child, 'exit')) as [number])[0]).toBe(0);
    expect(second.output()).toContain('Stopped cleanly.');
  });
});
