import type { MikroORM } from '@mikro-orm/postgresql';
import { readConfig, type HubConfig } from '../config/env.js';
import { openDatabase } from '../app/database.js';

/** One `hub` sub-command. `run` returns the process exit code. */
export interface CliCommand {
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** Runs `work` against the hub's database (embedded or DATABASE_URL) and always closes it. */
export async function withDatabase<T>(work: (context: { orm: MikroORM; config: HubConfig }) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await openDatabase({ config, log: (message) => process.stderr.write(`${message}\n`) });
  try {
    return await work({ orm: database.orm, config });
  } finally {
    await database.close();
  }
}
