import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_PESEL_SECRET } from './import-files.js';

const hubCli = fileURLToPath(new URL('../../dist/cli/hub.js', import.meta.url));

/**
 * `hub import --json` (the built command) in a process of its own against `databaseUrl`, as the
 * partner owning `kind`; also reports the process's peak RSS (kB) through a preloaded exit hook.
 */
export async function runHubImportJson(options: { dir: string; databaseUrl: string; kind: string; file: string }) {
  const { dir, kind, file } = options;
  const hook = path.join(dir, 'peak-rss.cjs');
  const rssFile = path.join(dir, `rss-${path.basename(file)}`);
  await writeFile(hook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  const env = { ...process.env, DATABASE_URL: options.databaseUrl, HUB_SECRET: TEST_PESEL_SECRET, HUB_DATA_DIR: dir, INIT_CWD: dir, RSS_FILE: rssFile };
  const args = ['--require', hook, hubCli, 'import', '--partner', kind.split('-')[0]!.toUpperCase(), '--kind', kind, '--json', file];
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
  return { code, stdout, stderr, maxRssKb: Number(await readFile(rssFile, 'utf8')) };
}
