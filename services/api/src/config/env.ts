import { isIP } from 'node:net';
import path from 'node:path';

/** Hub configuration read from the environment once, validated, with the variable named in every error. */
export interface HubConfig {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** From HUB_SECRET; when unset the secret is generated into dataDir on first start (see secret.ts). */
  secret: string | undefined;
  suppressionK: number;
  /** NODE_ENV=production hides error details from API responses. */
  production: boolean;
  /** HUB_TRUSTED_PROXIES: addresses of reverse proxies whose X-Forwarded-For names the real caller. */
  trustedProxies: string[];
  /** HUB_MASS_DELETE_SHARE: the share (0–1) of its scope a replace import may delete without --allow-mass-delete. */
  massDeleteShare: number;
  /** HUB_MAX_UPLOAD_BYTES: the largest partner file POST /imports accepts (default 1 GiB). */
  maxUploadBytes: number;
  /** HUB_MAX_ANSWER_CELLS: the most cells (rows) one GraphQL `aggregate` answer may have (default 10,000). */
  maxAnswerCells: number;
  /**
   * HUB_MAX_EXPORT_CELLS: the most cells (rows) one export served over HTTP (/exports) may have (default
   * 50,000). The hub runs with a bounded heap (npm start); `hub export` on the server has no limit.
   */
  maxExportCells: number;
}

export class ConfigError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`Invalid environment variable ${variable}=${JSON.stringify(value)}: expected ${expected}.`);
    this.name = 'ConfigError';
  }
}

function readInteger(env: NodeJS.ProcessEnv, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(variable, raw, `a whole number from ${min} to ${max}`);
  const value = Number(raw.trim());
  if (value < min || value > max) throw new ConfigError(variable, raw, `a whole number from ${min} to ${max}`);
  return value;
}

function readShare(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || value > 1) throw new ConfigError(variable, raw, 'a share from 0 to 1, e.g. 0.2 for 20 %');
  return value;
}

function readDatabaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', redactUrl(raw), 'a URL like postgres://user:password@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', redactUrl(raw), 'a postgres:// or postgresql:// URL');
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL', redactUrl(raw), 'a URL that names the database, e.g. postgres://host/razem');
  }
  return raw;
}

function readTrustedProxies(env: NodeJS.ProcessEnv): string[] {
  const raw = env.HUB_TRUSTED_PROXIES;
  if (raw === undefined || raw.trim() === '') return [];
  const addresses = raw.split(',').map((address) => address.trim());
  if (addresses.some((address) => isIP(address) === 0)) {
    throw new ConfigError('HUB_TRUSTED_PROXIES', raw, 'a comma-separated list of IP addresses, e.g. 127.0.0.1,::1');
  }
  // The socket reports IPv4 peers of a dual-stack server as ::ffff:a.b.c.d: accept both spellings.
  return addresses.flatMap((address) => (isIP(address) === 4 ? [address, `::ffff:${address}`] : [address]));
}

function readSecret(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.HUB_SECRET;
  if (raw === undefined || raw === '') return undefined;
  // The secret keys the PESEL hash and the tokens: a short one would make the hashes guessable.
  if (raw.length < 32) throw new ConfigError('HUB_SECRET', '(hidden)', 'at least 32 characters');
  return raw;
}

/** Never echo a password from a connection string back into logs or error messages. */
export function redactUrl(raw: string): string {
  return raw.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}

/** Reads and validates the hub's environment; throws ConfigError naming the first bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  return {
    port: readInteger(env, 'PORT', 4000, 0, 65535),
    // npm runs workspace scripts inside the workspace folder; INIT_CWD is where the user typed the command.
    dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), env.HUB_DATA_DIR && env.HUB_DATA_DIR !== '' ? env.HUB_DATA_DIR : './.data'),
    databaseUrl: readDatabaseUrl(env),
    secret: readSecret(env),
    suppressionK: readInteger(env, 'SUPPRESSION_K', 5, 1, 1000),
    production: env.NODE_ENV === 'production',
    trustedProxies: readTrustedProxies(env),
    massDeleteShare: readShare(env, 'HUB_MASS_DELETE_SHARE', 0.2),
    maxUploadBytes: readInteger(env, 'HUB_MAX_UPLOAD_BYTES', 1024 ** 3, 1024, 1024 ** 4),
    maxAnswerCells: readInteger(env, 'HUB_MAX_ANSWER_CELLS', 10_000, 1, 1_000_000),
    maxExportCells: readInteger(env, 'HUB_MAX_EXPORT_CELLS', 50_000, 1, 10_000_000),
  };
}
