/**
 * `npm run bench:dashboard`: the overview's time to rendered KPIs in headless Chromium against the
 * real hub with the pilot seed, and the initial JS the browser must load (gzip). Targets: < 2 s, < 350 KB.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../e2e/browser.mjs';
import { startHub } from '../e2e/hub.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_MS = 2000;
const TARGET_KB = 350;

/** The JS the first page load needs: index.html's module script and its modulepreloads (lazy chunks excluded). */
async function initialJs() {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((match) => /** @type {string} */ (match[1]));
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const content = await readFile(path.join(dist, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: [...new Set(files)], raw, gzip };
}

/** @param {number[]} values */
const median = (values) => /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);

const size = await initialJs();
process.stdout.write('Starting the hub with the pilot seed…\n');
const hub = await startHub();
const browser = await launchChromium();
try {
  const steering = hub.login('STEERING');
  const timings = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context per run: empty cache (a cold first visit), signed in through the API beforehand.
    const context = await browser.newContext({ baseURL: hub.url });
    const response = await context.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', variables: { e: steering.email, p: steering.password } },
    });
    if (!response.ok()) throw new Error(`login failed: ${response.status()}`);
    const page = await context.newPage();
    await page.goto('/', { waitUntil: 'commit' });
    await page.waitForSelector('[data-indicator] .kpi-value[data-value]');
    // From the start of navigation to the first frame with the KPI values in it.
    const elapsed = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    timings.push(elapsed);
    await context.close();
  }
  const result = {
    timeToKpisMs: { median: Math.round(median(timings)), worst: Math.round(Math.max(...timings)), runs: timings.map(Math.round) },
    initialJs: { files: size.files.length, rawKB: +(size.raw / 1024).toFixed(1), gzipKB: +(size.gzip / 1024).toFixed(1) },
  };
  process.stdout.write(
    [
      '',
      `Overview: time to rendered KPIs (headless Chromium, cold cache, ${RUNS} runs): median ${result.timeToKpisMs.median} ms, worst ${result.timeToKpisMs.worst} ms (target < ${TARGET_MS} ms) ${result.timeToKpisMs.worst < TARGET_MS ? 'OK' : 'OVER'}`,
      `Initial JS: ${result.initialJs.gzipKB} KB gzip (${result.initialJs.rawKB} KB raw, ${result.initialJs.files} files) (target < ${TARGET_KB} KB) ${result.initialJs.gzipKB < TARGET_KB ? 'OK' : 'OVER'}`,
      JSON.stringify(result),
      '',
    ].join('\n'),
  );
} finally {
  await browser.close();
  await hub.stop();
}
