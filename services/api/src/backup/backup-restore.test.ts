import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dimension, Measure } from '../analytics/index.js';
import { createHub, type Hub } from '../app/create-hub.js';
import { readConfig } from '../config/env.js';
import { runSql, sql } from '../database/sql-fragment.js';
import { createOrmConfig } from '../app/orm-config.js';
import { createApiToken, revokeApiToken } from '../modules/api-token/api-token.service.js';
import { openSession } from '../modules/auth/session.service.js';
import { registerLoginFailure, throttleKeys } from '../modules/auth/login-throttle.service.js';
import { Role } from '../access/viewer.js';
import { approvePeriod } from '../modules/period/period.service.js';
import { User } from '../modules/user/user.entity.js';
import { createUser } from '../modules/user/user.service.js';
import { importLines } from '../test-support/import-files.js';
import { createEmptyTestDatabase } from '../test-support/test-database.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../test-support/test-hub.js';
import { createBackup } from './create-backup.js';
import { restoreBackup, RestoreRefusedError } from './restore-backup.js';

const PROGRAMME = 'RDR-PLOCK-2011';
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** One digest per table of schema public (row count and md5 of the sorted rows), and every sequence's state. */
async function databaseDigest(url: string): Promise<{ tables: Record<string, string>; sequences: Record<string, string>; migrations: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string; columns: string[] }>(
      `select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
         from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname <> $1
        group by c.relname order by c.relname`,
      [MIGRATIONS_TABLE],
    );
    const digest: Record<string, string> = {};
    for (const table of tables) {
      // The rollups' state is compared by whether they are fresh: when they were rebuilt (and any other
      // bookkeeping of theirs) is what a restore rightly changes.
      const columns = table.name === 'analytics_rollup_state' ? ['programme_id', 'dirty'] : table.columns;
      const row = `row(${columns.map((column) => client.escapeIdentifier(column)).join(', ')})::text`;
      const { rows } = await client.query<{ digest: string }>(
        `select count(*) || ':' || md5(coalesce(string_agg(${row}, E'\\n' order by ${row}), '')) as digest from ${client.escapeIdentifier(table.name)}`,
      );
      digest[table.name] = rows[0]!.digest;
    }
    const { rows: sequenceNames } = await client.query<{ name: string }>(
      `select relname as name from pg_class where relkind = 'S' and relnamespace = 'public'::regnamespace and relname <> $1 order by relname`,
      [`${MIGRATIONS_TABLE}_id_seq`],
    );
    const sequences: Record<string, string> = {};
    for (const { name } of sequenceNames) {
      const { rows } = await client.query<{ state: string }>(`select last_value || '/' || is_called as state from ${client.escapeIdentifier(name)}`);
      sequences[name] = rows[0]!.state;
    }
    const { rows: migrations } = await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`);
    return { tables: digest, sequences, migrations: migrations.map((migration) => migration.name) };
  } finally {
    await client.end();
  }
}

const GROUPINGS: Dimension[][] = [[], [Dimension.PARTNER], [Dimension.MONTH, Dimension.SEX], [Dimension.ACTIVITY, Dimension.AGE_BAND]];

/** Every measure under a few groupings, plus the indicators, as the hub answers them (ADMIN: exact). */
async function analyticsAnswers(hub: Hub): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const measure of Object.values(Measure)) {
    for (const groupBy of GROUPINGS) {
      const result = await hub.execute(
        `query ($measure: Measure!, $groupBy: [Dimension!]!) {
          aggregate(programme: "${PROGRAMME}", measure: $measure, groupBy: $groupBy) { keys { dimension code } value suppressed } }`,
        { measure, groupBy },
      );
      expect(result.errors).toBeUndefined();
      answers.push({ measure, groupBy, rows: result.data });
    }
  }
  const indicators = await hub.execute(`{ indicators(programme: "${PROGRAMME}") { code value target numerator denominator suppressed } }`);
  expect(indicators.errors).toBeUndefined();
  answers.push(indicators.data);
  return answers;
}

describe('backup and restore', () => {
  let source: TestHub;
  let dir: string;
  let backupFile: string;
  let target: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
  let targetOrm: MikroORM;
  let sourceDigest: Awaited<ReturnType<typeof databaseDigest>>;

  beforeAll(async () => {
    source = await createTestHub({ seededPilot: true });
    const em = source.database.orm.em.fork();
    const admin = await createUser(em, { email: 'admin@backup.example', password: 'correct horse battery staple', binding: { role: Role.ADMIN, partnerCode: null } });
    await createUser(em, { email: 'cisi@backup.example', password: 'correct horse battery staple', binding: { role: Role.PARTNER, partnerCode: 'CISI' } });
    // A deleted user leaves the sequence ahead of the largest id: restore must keep it there.
    const gone = await createUser(em, { email: 'gone@backup.example', password: 'correct horse battery staple', binding: { role: Role.STEERING, partnerCode: null } });
    await em.remove(gone).flush();
    await openSession(em, admin);
    await registerLoginFailure(em, throttleKeys('admin@backup.example', '192.0.2.7'));
    // Tabs, newlines, backslashes and Polish letters: what COPY's text format must escape and keep.
    await createApiToken(em, { secret: TEST_HUB_SECRET, binding: { role: Role.EVALUATOR, partnerCode: null }, name: 'ewaluacja\tzażółć \\ "gęślą"\njaźń', createdBy: 'test' });
    const { record } = await createApiToken(em, { secret: TEST_HUB_SECRET, binding: { role: Role.STEERING, partnerCode: null }, name: 'old script', createdBy: 'test' });
    await revokeApiToken(em, { id: record.id, revokedBy: 'test' });
    // A rejected import: a batch with its report of bad rows.
    const rejected = await importLines(source.database.orm, 'mops-results', ['kod_uczestnika;data;rezultat', 'RDR-999;2012-13-01;NIEZNANY']);
    expect(rejected.outcome).not.toBe('SUCCEEDED');
    // A correction: one childcare row's hours changed (its before-image kept for a withdrawal).
    const [care] = await runSql<{ code: string; date: string; children: number; hours: number }>(
      em,
      sql`select p.code, c.date::text as date, c.children_count as children, c.hours::float8 as hours
          from childcare c join participant p on p.id = c.participant_id order by c.id limit 1`,
    );
    const corrected = await importLines(source.database.orm, 'mops-childcare', [
      'kod_uczestnika;data;liczba_dzieci;godziny',
      `${care!.code};${care!.date};${care!.children};${care!.hours + 1}`,
    ]);
    expect([corrected.outcome, corrected.updated]).toEqual(['SUCCEEDED', 1]);
    // An approved month.
    await approvePeriod(em, { programmeCode: 'RDR-PLOCK-2011', month: '2011-09', partnerCode: 'ZDZ', actor: 'test' });

    dir = await mkdtemp(path.join(os.tmpdir(), 'razem-backup-'));
    backupFile = path.join(dir, 'hub.backup');
    sourceDigest = await databaseDigest(source.database.url);
    target = await createEmptyTestDatabase('restore');
    targetOrm = await MikroORM.init(createOrmConfig({ clientUrl: target.url }));
  });

  afterAll(async () => {
    await targetOrm?.close(true);
    await target?.drop();
    await source?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('backs up every hub table but the derived analytics ones, leaving no temporary file', async () => {
    const summary = await createBackup({ orm: source.database.orm, file: backupFile });
    expect(summary.tables).toBeGreaterThan(15);
    expect(summary.rows).toBeGreaterThan(1000);
    expect(summary.bytes).toBeGreaterThan(0);
    const header = JSON.parse(gunzipSync(await readFile(backupFile)).toString('utf8').split('\n', 1)[0]!);
    expect(header).toMatchObject({ format: 'razem-hub-backup', version: 1, migrations: sourceDigest.migrations });
    expect(header.tables.map((table: { name: string }) => table.name)).not.toContain(MIGRATIONS_TABLE);
    expect(header.tables.some((table: { name: string }) => table.name.startsWith('analytics_'))).toBe(false);
    expect(header.derivedTablesRebuilt).toContain('analytics_attendance_cube');
    await expect(readFile(`${backupFile}.tmp`)).rejects.toThrow(/ENOENT/);
  });

  it('restores into a fresh database every table, sequence and migration exactly, the rollups rebuilt', async () => {
    // Every base table holds rows, so "identical" means something for each of them (the analytics
    // refresh's queues of pending changes are empty whenever the rollups are fresh).
    const empty = Object.entries(sourceDigest.tables).filter(([name, digest]) => digest.startsWith('0:') && !/^analytics_(rollup|register)_pending/.test(name));
    expect(empty).toEqual([]);
    const summary = await restoreBackup({ orm: targetOrm, file: backupFile });
    expect(summary).toMatchObject({ migratedUp: [], programmes: 1 });
    expect(await databaseDigest(target.url)).toEqual(sourceDigest);
  });

  it('answers every aggregate and indicator of the restored database exactly as the original', async () => {
    const restoredHub = await createHub({ orm: targetOrm, config: readConfig({ HUB_DATA_DIR: '/nonexistent', HUB_SECRET: TEST_HUB_SECRET }) });
    try {
      const original = await analyticsAnswers(source.hub);
      expect(JSON.stringify(original)).toContain('"value":100'); // the pilot's 100 participants: the answers are not empty
      expect(await analyticsAnswers(restoredHub)).toEqual(original);
    } finally {
      await restoredHub.stop();
    }
  });

  it('continues every sequence: a new row gets the next id, past the deleted one', async () => {
    const em = targetOrm.em.fork();
    const user = await createUser(em, { email: 'new@backup.example', password: 'correct horse battery staple', binding: { role: Role.STEERING, partnerCode: null } });
    const [state] = await em.getConnection().execute<{ last_value: string }[]>('select last_value::text from hub_user_id_seq');
    expect(user.id).toBe(Number(sourceDigest.sequences.hub_user_id_seq!.split('/')[0]) + 1);
    expect(state!.last_value).toBe(String(user.id));
  });

  it('refuses a database holding hub data without --replace, and replaces it with --replace', async () => {
    const before = await databaseDigest(target.url);
    await expect(restoreBackup({ orm: targetOrm, file: backupFile })).rejects.toThrow(RestoreRefusedError);
    await expect(restoreBackup({ orm: targetOrm, file: backupFile })).rejects.toThrow(
      /^The database already holds hub data \(rows in activity, api_token, attendance, audit_entry and \d+ more\): restore with --replace to overwrite it\.$/,
    );
    expect(await databaseDigest(target.url)).toEqual(before);
    expect(await targetOrm.em.fork().count(User, { email: 'new@backup.example' })).toBe(1);

    await restoreBackup({ orm: targetOrm, file: backupFile, replace: true });
    expect(await databaseDigest(target.url)).toEqual(sourceDigest);
  });

  it('rejects a truncated file and leaves the database as it was', async () => {
    const truncated = path.join(dir, 'truncated.backup');
    const bytes = await readFile(backupFile);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await targetOrm.em.fork().getConnection().execute(`update hub_user set email = 'changed@backup.example' where email = 'cisi@backup.example'`);
    const before = await databaseDigest(target.url);
    await expect(restoreBackup({ orm: targetOrm, file: truncated, replace: true })).rejects.toThrow(`${truncated} is truncated or corrupt (unexpected end of file).`);
    expect(await databaseDigest(target.url)).toEqual(before);
    // The pool's connection survived the aborted COPY.
    await restoreBackup({ orm: targetOrm, file: backupFile, replace: true });
    expect(await databaseDigest(target.url)).toEqual(sourceDigest);
  });

  it('rejects a file whose rows disagree with its header, or made by a newer hub, and leaves the database as it was', async () => {
    const text = gunzipSync(await readFile(backupFile));
    const newline = text.indexOf(0x0a);
    const header = JSON.parse(text.subarray(0, newline).toString('utf8'));
    const rewrite = async (name: string, change: (copy: typeof header) => void) => {
      const copy = structuredClone(header);
      change(copy);
      const file = path.join(dir, name);
      await writeFile(file, gzipSync(Buffer.concat([Buffer.from(JSON.stringify(copy)), text.subarray(newline)])));
      return file;
    };
    const miscounted = await rewrite('miscounted.backup', (copy) => {
      copy.tables.find((table: { name: string }) => table.name === 'attendance').rows += 1;
    });
    const newer = await rewrite('newer.backup', (copy) => copy.migrations.push('Migration29990101000000Future'));
    const before = await databaseDigest(target.url);
    await expect(restoreBackup({ orm: targetOrm, file: miscounted, replace: true })).rejects.toThrow(
      /miscounted\.backup is corrupt: table attendance has \d+ rows, its header says \d+\.$/,
    );
    await expect(restoreBackup({ orm: targetOrm, file: newer, replace: true })).rejects.toThrow(
      /newer\.backup was made by a newer hub: it holds migrations this hub does not know \(Migration29990101000000Future\)/,
    );
    expect(await databaseDigest(target.url)).toEqual(before);
  });
});
