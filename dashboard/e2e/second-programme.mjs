import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const thisFile = fileURLToPath(import.meta.url);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** @param {string} module */
const api = (module) => import(pathToFileURL(path.join(repoRoot, 'services/api/dist', module)).href);

/** The second shipped programme (seeds/programmes/): its code sorts before the pilot's, so an old URL leads into it. */
export const SECOND_PROGRAMME = 'MLODZI-PLOCK-2013';
/** How many synthetic participants it gets here: enough for every file of its partners, few enough to keep the e2e quick. */
const PARTICIPANTS = 60;

/**
 * Seeds the shipped second programme from its definition as `hub seed --programme` does (its partners' CSV and XLSX
 * files written through its layouts, imported through the importers), with fewer participants, into the hub of
 * HUB_DATA_DIR, and grants it to the demo users the e2e signs in as (programmes are granted per account).
 */
async function main() {
  const [{ withDatabase }, { findShippedProgramme, seedShippedProgramme }, { cliViewer }, { grantProgrammeToUsers }] = await Promise.all([
    api('cli/cli-command.js'),
    api('seeding/seed-programme.js'),
    api('access/viewer.js'),
    api('modules/auth/programme-grants.service.js'),
  ]);
  // The API's modules are loaded by path from its build, untyped here.
  await withDatabase(async (/** @type {any} */ { orm, config }) => {
    await seedShippedProgramme({ orm, config, definition: findShippedProgramme(SECOND_PROGRAMME), viewer: cliViewer, participants: PARTICIPANTS });
    const em = orm.em.fork();
    const demoUsers = await em.getConnection().execute('select id from hub_user where demo');
    await grantProgrammeToUsers(em, SECOND_PROGRAMME, demoUsers.map((/** @type {{ id: number }} */ row) => row.id));
  });
}

/**
 * Adds the second programme to a running hub, in a process of its own (as a `hub` command would run beside
 * the hub), so the test's process never opens the hub's database.
 * @param {string} dataDir @returns {Promise<void>}
 */
export function addSecondProgramme(dataDir) {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(process.execPath, [thisFile], {
      cwd: repoRoot,
      env: { ...process.env, HUB_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (output += chunk.toString()));
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Loading the second programme failed (exit ${code}):\n${output}`))));
  });
}

if (process.argv[1] === thisFile) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
