import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { pilotProgramme } from '@razem/seeds';
import pg from 'pg';
import { installVersionTriggers } from '../analytics/index.js';
import { migrateToLatest } from '../database/migrate.js';
import { createOrmConfig } from '../app/orm-config.js';
import { cliViewer } from '../access/viewer.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';
import { seedSyntheticData } from '../seeding/seed-synthetic-data.js';

/** Names of the template databases every test file clones its own database from. */
export interface TemplateDatabases {
  /** Migrated through the checked-in chain, no rows. */
  migrated: string;
  /** Migrated, with the pilot programme's structure loaded (what most hub tests start from). */
  pilot: string;
  /** The pilot with its synthetic participants imported through the partner importers (`npm start`'s first load). */
  pilotSeeded: string;
  /** The partner files `pilotSeeded` was imported from (PESELs hashed with PILOT_SEED_PESEL_SECRET). */
  pilotSeedFiles: string;
}

/** The PESEL secret the seeded pilot template's participants were hashed with (any ≥ 32 characters). */
export const PILOT_SEED_PESEL_SECRET = 'export-test-pesel-secret-0123456789abcdef';

/** The URL of database `name` on the server behind `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * `CREATE DATABASE name TEMPLATE template` copying the template's files (PostgreSQL 15+): the default
 * strategy writes every page through the WAL, about twice the server's work for each test file's clone.
 */
export function cloneDatabase(client: pg.Client, name: string, template: string): string {
  return `create database ${client.escapeIdentifier(name)} template ${client.escapeIdentifier(template)} strategy file_copy`;
}

/** Runs `statements` one by one on a fresh connection to the maintenance database. */
export async function adminQuery(adminUrl: string, ...statements: ((client: pg.Client) => string)[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement(client));
  } finally {
    await client.end();
  }
}

/**
 * Migrates once per run what every test file would otherwise migrate again: cloning a template
 * (`CREATE DATABASE … TEMPLATE`) copies files and takes a fraction of running the chain. A clone
 * needs its template free of connections, so each ORM here is closed before the next clone.
 */
export async function createTemplateDatabases(adminUrl: string): Promise<TemplateDatabases> {
  const suffix = randomBytes(4).toString('hex');
  const templates: TemplateDatabases = {
    migrated: `template_migrated_${suffix}`,
    pilot: `template_pilot_${suffix}`,
    pilotSeeded: `template_pilot_seeded_${suffix}`,
    pilotSeedFiles: await mkdtemp(path.join(os.tmpdir(), 'razem-test-pilot-files-')),
  };
  await adminQuery(adminUrl, (client) => `create database ${client.escapeIdentifier(templates.migrated)}`);
  const migrated = await MikroORM.init(createOrmConfig({ clientUrl: databaseUrl(adminUrl, templates.migrated) }));
  try {
    await migrateToLatest(migrated);
    await installVersionTriggers(migrated.em.fork());
    // Record keys (the cell key method's secret) drawn in insertion order instead of at random, so that
    // every perturbed figure a test sees is the same on every run; Knuth's multiplier spreads them over
    // [0, 2^32) as random keys are. Only test databases: the hub's own keys stay random.
    // The counter lives outside schema public, which backups copy and restores rebuild through the migrations.
    await migrated.em.getConnection().execute(`create schema test_support; create sequence test_support.record_key;
      grant usage on schema test_support to public; grant usage on sequence test_support.record_key to public;
      create or replace function participant_new_record_key() returns bigint language sql volatile as
        $$ select (nextval('test_support.record_key') * 2654435761) % 4294967296 $$;`);
  } finally {
    await migrated.close(true);
  }
  await adminQuery(
    adminUrl,
    (client) => cloneDatabase(client, templates.pilot, templates.migrated),
  );
  const pilot = await MikroORM.init(createOrmConfig({ clientUrl: databaseUrl(adminUrl, templates.pilot) }));
  try {
    await loadProgrammeStructure({ em: pilot.em.fork(), definition: pilotProgramme, actor: 'test' });
  } finally {
    await pilot.close(true);
  }
  // Several suites (exports, backups, the privacy attack) need the whole pilot: imported once here, it is
  // cloned with their database instead of imported again in each.
  await adminQuery(
    adminUrl,
    (client) => cloneDatabase(client, templates.pilotSeeded, templates.pilot),
  );
  const seeded = await MikroORM.init(createOrmConfig({ clientUrl: databaseUrl(adminUrl, templates.pilotSeeded) }));
  try {
    await seedSyntheticData({ orm: seeded, scale: 'pilot', filesDir: templates.pilotSeedFiles, viewer: cliViewer, peselSecret: PILOT_SEED_PESEL_SECRET });
  } finally {
    await seeded.close(true);
  }
  return templates;
}

/** Drops database `name` even while connections remain open. */
export function dropDatabase(adminUrl: string, name: string): Promise<void> {
  return adminQuery(adminUrl, (client) => `drop database if exists ${client.escapeIdentifier(name)} with (force)`);
}

/** Drops the templates (only needed on an external server: an embedded one is deleted whole). */
export async function dropTemplateDatabases(adminUrl: string, templates: TemplateDatabases): Promise<void> {
  await dropDatabase(adminUrl, templates.pilotSeeded);
  await dropDatabase(adminUrl, templates.pilot);
  await dropDatabase(adminUrl, templates.migrated);
  await rm(templates.pilotSeedFiles, { recursive: true, force: true });
}
