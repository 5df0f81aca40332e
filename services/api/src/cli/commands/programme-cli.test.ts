import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shippedProgrammesDir } from '@razem/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { Programme } from '../../modules/programme/programme.entity.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { TEST_HUB_SECRET } from '../../test-support/test-hub.js';
import { runCliCommand } from '../../test-support/run-cli-command.js';
import { programmeCommand } from './programme.js';

const pilotFile = path.join(shippedProgrammesDir, 'RDR-PLOCK-2011.yaml');

/** `hub programme check|apply` as an admin runs it, against a migrated database without any programme. */
describe('hub programme', () => {
  let database: TestDatabase;
  let dir: string;
  const saved = { ...process.env };

  const run = (args: string[]) => runCliCommand(programmeCommand, args);

  beforeAll(async () => {
    database = await createTestDatabase({ template: 'migrated' });
    dir = await mkdtemp(path.join(tmpdir(), 'programme-cli-'));
    Object.assign(process.env, { DATABASE_URL: database.url, HUB_SECRET: TEST_HUB_SECRET, HUB_DATA_DIR: '/nonexistent' });
  });
  afterAll(async () => {
    process.env = saved;
    await rm(dir, { recursive: true, force: true });
    await database?.destroy();
  });

  it('check prints a one-line summary of a valid definition', async () => {
    expect(await run(['check', pilotFile])).toEqual({
      code: 0,
      stdout: 'ok: RDR-PLOCK-2011 — 3 partners, 3 tasks, 20 activities, 8 layouts, 5 support kinds, 10 indicators, 1 event, 4 sites, 2 media mentions\n',
      stderr: '',
    });
  });

  it('check and apply list every problem of a broken file with its line and exit 1, storing nothing', async () => {
    const broken = path.join(dir, 'broken.yaml');
    const text = (await readFile(pilotFile, 'utf8'))
      .replace('  - code: MIEJSCE-2\n', '  - code: MIEJSCE-1\n')
      .replace('    task: RSA\n', '    task: RSB\n')
      .replace('measure: SITES', 'measure: PLACES');
    await writeFile(broken, text);
    for (const action of ['check', 'apply']) {
      const { code, stdout, stderr } = await run([action, broken]);
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr.split('\n')).toEqual([
        `${broken}: 3 problems:`,
        expect.stringMatching(/^ {2}line \d+, \/activities\/5\/task: names task RSB, which the definition does not declare \(value: "RSB"\)$/),
        expect.stringMatching(/^ {2}line \d+, \/sites\/1\/code: repeats the code of sites\[0\]: codes are unique in sites \(value: "MIEJSCE-1"\)$/),
        expect.stringMatching(/^ {2}line \d+, \/indicators\/7\/numerator\/measure: must be one of PARTICIPANTS, .* \(value: "PLACES"\)$/),
        '',
      ]);
    }
    expect(await database.orm.em.fork().count(Programme, {})).toBe(0);
  });

  it('apply creates the programme, then a second apply prints 0 changes; one audit entry with the hash', async () => {
    const first = await run(['apply', pilotFile]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Programme RDR-PLOCK-2011: 57 created, 0 updated, 0 removed, 0 unchanged; definition sha256 [0-9a-f]{64}\.\n$/);
    const second = await run(['apply', pilotFile]);
    expect(second.stdout).toMatch(/^Programme RDR-PLOCK-2011: 0 changes \(57 unchanged\); definition sha256 [0-9a-f]{64}\.\n$/);
    const entries = await database.orm.em.fork().find(AuditEntry, { action: 'programme.definition.apply' });
    expect(entries.map((entry) => [entry.actor, entry.details])).toEqual([
      ['cli', { created: 57, updated: 0, removed: 0, unchanged: 0, sha256: first.stdout.match(/[0-9a-f]{64}/)![0], file: pilotFile }],
    ]);
  });
});
