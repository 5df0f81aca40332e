import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pilotProgramme, writeSyntheticDataset } from '@razem/seeds';

const thisFile = fileURLToPath(import.meta.url);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** @param {string} module */
const api = (module) => import(pathToFileURL(path.join(repoRoot, 'services/api/dist', module)).href);

/** The second programme's code: sorts before the pilot's, so an old URL leads into it (the first the user may see). */
export const SECOND_PROGRAMME = 'E2E-DRUGI';
/** How many of the pilot's synthetic participants the second programme gets: a handful keeps the e2e quick. */
const PARTICIPANTS = 12;

/**
 * A second programme for the dashboard's e2e, until the shipped second programme (`hub seed --programme`)
 * lands: the pilot's structure under another code and name, with two indicator definitions changed so the
 * comparison has something not comparable (the drop-out rate as a floor, not a ceiling; no media mentions).
 * @type {import('@razem/seeds').ProgrammeDefinition}
 */
export const secondProgramme = {
  ...pilotProgramme,
  code: SECOND_PROGRAMME,
  name: 'Drugi program (test panelu)',
  description: 'Program do testów panelu: struktura pilotażu i kilku fikcyjnych uczestników.',
  syntheticParticipants: true,
  indicators: pilotProgramme.indicators
    .filter((indicator) => indicator.code !== 'MEDIA_MENTIONS')
    .map((indicator) => (indicator.code === 'DROPOUT_RATE' ? { ...indicator, direction: 'AT_LEAST' } : indicator)),
};

/**
 * Keeps a partner file's header and the rows of the first participants (by register code, the file's
 * first column). The synthetic files quote nothing, so lines are records.
 * @param {string} file @param {Set<string>} codes
 */
async function keepParticipants(file, codes) {
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
  const kept = [lines[0], ...lines.slice(1).filter((line) => codes.has(line.split(/[;,]/)[0] ?? ''))];
  await writeFile(file, `${kept.join('\n')}\n`, 'utf8');
  return kept.length - 1;
}

/** Loads the structure and imports the participants' register and CISI attendance through the importers, into the hub of HUB_DATA_DIR. */
async function main() {
  const [{ withDatabase }, { loadProgrammeStructure }, { importGeneratedFile, refreshProgrammeRollups }, { resolveHubSecret }, { cliViewer }, { grantProgrammeToUsers }] = await Promise.all([
    api('cli/cli-command.js'),
    api('modules/programme/programme-structure.service.js'),
    api('seeding/seed-synthetic-data.js'),
    api('config/secret.js'),
    api('modules/auth/viewer.js'),
    api('modules/auth/programme-grants.service.js'),
  ]);
  const dir = await mkdtemp(path.join(tmpdir(), 'razem-e2e-second-'));
  try {
    const [pilot] = await writeSyntheticDataset({ scale: 'pilot', outDir: dir, kinds: ['mops-register', 'cisi-attendance'] });
    if (!pilot) throw new Error('The seeds package wrote no pilot files.');
    const codes = new Set(Array.from({ length: PARTICIPANTS }, (_, index) => `RDR-${String(index + 1).padStart(3, '0')}`));
    for (const file of pilot.files) file.rows = await keepParticipants(file.path, codes);
    // The API's modules are loaded by path from its build, untyped here.
    await withDatabase(async (/** @type {any} */ { orm, config }) => {
      await loadProgrammeStructure({ em: orm.em.fork(), definition: secondProgramme, actor: 'e2e' });
      // Programmes are granted per account: the demo users the e2e signs in as see this programme too.
      const em = orm.em.fork();
      const demoUsers = await em.getConnection().execute('select id from hub_user where demo');
      await grantProgrammeToUsers(em, SECOND_PROGRAMME, demoUsers.map((/** @type {{ id: number }} */ row) => row.id));
      const peselSecret = await resolveHubSecret({ configured: config.secret, dataDir: config.dataDir });
      for (const file of pilot.files) {
        const report = await importGeneratedFile({ orm, programmeCode: SECOND_PROGRAMME, file, viewer: cliViewer, peselSecret });
        if (report.outcome !== 'SUCCEEDED') throw new Error(`${file.kind} was rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
      }
      await refreshProgrammeRollups(orm, SECOND_PROGRAMME);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
