import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiMain = path.join(repoRoot, 'services/api/dist/main.js');
const dashboardDist = path.join(repoRoot, 'dashboard/dist/index.html');

/** @typedef {{ role: string; partner: string | null; email: string; password: string }} DemoLogin */

/**
 * @typedef {{
 *   url: string;
 *   dataDir: string;
 *   logins: DemoLogin[];
 *   login: (role: string, partner?: string) => DemoLogin;
 *   output: () => string;
 *   stop: () => Promise<void>;
 * }} RunningHub
 */

/** A free TCP port on localhost (asked of the OS, released at once). */
/** @returns {Promise<number>} */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Reads HUB_DATA_DIR/demo-logins.txt: "# comments", then `role partner email password` per line (partner "-" for none). */
/** @param {string} text @returns {DemoLogin[]} */
export function parseDemoLogins(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [role = '', partner = '-', email = '', password = ''] = line.trim().split(/\s+/);
      return { role, partner: partner === '-' ? null : partner, email, password };
    });
}

/** @param {string} url @param {import('node:child_process').ChildProcess} child @param {number} timeoutMs */
async function waitForReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The hub exited with code ${child.exitCode} before it was ready.`);
    try {
      const response = await fetch(`${url}readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The hub was not ready within ${timeoutMs} ms.`);
}

/**
 * Starts the real hub (`node services/api/dist/main.js`) on a free port with an empty temporary
 * HUB_DATA_DIR: it starts embedded PostgreSQL, migrates, loads the pilot with its synthetic data
 * through the importers and writes the demo logins. `stop()` sends SIGTERM and waits for a clean exit.
 */
/** @returns {Promise<RunningHub>} */
export async function startHub() {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: build the API first (npm run build at the root).`);
  if (!existsSync(dashboardDist)) throw new Error(`${dashboardDist} is missing: build the dashboard first (npm run build -w @razem/dashboard).`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'razem-e2e-'));
  const port = await freePort();
  const url = `http://localhost:${port}/`;
  let output = '';
  const child = spawn(process.execPath, [apiMain], {
    cwd: repoRoot,
    env: { ...process.env, HUB_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk.toString()));
  child.stderr.on('data', (chunk) => (output += chunk.toString()));
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // A guard against a hang only: on a machine shared by many builds the first start (initdb, migrations, pilot seed) can take minutes.
    await waitForReady(url, child, 300_000);
    const logins = parseDemoLogins(await readFile(path.join(dataDir, 'demo-logins.txt'), 'utf8'));
    return {
      url,
      dataDir,
      logins,
      output: () => output,
      stop,
      login: (role, partner) => {
        const found = logins.find((login) => login.role === role && (partner === undefined || login.partner === partner));
        if (!found) throw new Error(`No demo login for ${role} ${partner ?? ''}`);
        return found;
      },
    };
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- hub output ---\n${output}`);
  }
}
