import { describe, expect, it } from 'vitest';
import { readConfig } from './env.js';

describe('reading the environment', () => {
  it('uses the documented defaults', () => {
    const config = readConfig({ INIT_CWD: '/srv/hub' });
    expect(config).toEqual({
      port: 4000,
      dataDir: '/srv/hub/.data',
      databaseUrl: undefined,
      secret: undefined,
      suppressionK: 5,
      production: false,
      trustedProxies: [],
      massDeleteShare: 0.2,
      maxUploadBytes: 1024 ** 3,
      maxAnswerCells: 10_000,
      maxExportCells: 50_000,
    });
  });

  it('reads HUB_TRUSTED_PROXIES as IP addresses (IPv4 also in its IPv6-mapped form)', () => {
    expect(readConfig({ HUB_TRUSTED_PROXIES: '10.0.0.5, ::1' }).trustedProxies).toEqual(['10.0.0.5', '::ffff:10.0.0.5', '::1']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'Invalid environment variable PORT="eighty": expected a whole number from 0 to 65535.'],
    [{ PORT: '70000' }, 'Invalid environment variable PORT="70000": expected a whole number from 0 to 65535.'],
    [{ SUPPRESSION_K: '0' }, 'Invalid environment variable SUPPRESSION_K="0": expected a whole number from 1 to 1000.'],
    [{ SUPPRESSION_K: '2.5' }, 'Invalid environment variable SUPPRESSION_K="2.5": expected a whole number from 1 to 1000.'],
    [{ HUB_MAX_UPLOAD_BYTES: '1G' }, 'Invalid environment variable HUB_MAX_UPLOAD_BYTES="1G": expected a whole number from 1024 to 1099511627776.'],
    [{ HUB_MAX_ANSWER_CELLS: '0' }, 'Invalid environment variable HUB_MAX_ANSWER_CELLS="0": expected a whole number from 1 to 1000000.'],
    [{ HUB_MAX_EXPORT_CELLS: 'many' }, 'Invalid environment variable HUB_MAX_EXPORT_CELLS="many": expected a whole number from 1 to 10000000.'],
    [{ HUB_MAX_UPLOAD_BYTES: '100' }, 'Invalid environment variable HUB_MAX_UPLOAD_BYTES="100": expected a whole number from 1024 to 1099511627776.'],
    [{ HUB_SECRET: 'short' }, 'Invalid environment variable HUB_SECRET="(hidden)": expected at least 32 characters.'],
    [
      { HUB_TRUSTED_PROXIES: '10.0.0.5,proxy.local' },
      'Invalid environment variable HUB_TRUSTED_PROXIES="10.0.0.5,proxy.local": expected a comma-separated list of IP addresses, e.g. 127.0.0.1,::1.',
    ],
    [
      { DATABASE_URL: 'mysql://u:pw@h/db' },
      'Invalid environment variable DATABASE_URL="mysql://u:***@h/db": expected a postgres:// or postgresql:// URL.',
    ],
    [
      { DATABASE_URL: 'postgres://u:secret@localhost:5432' },
      'Invalid environment variable DATABASE_URL="postgres://u:***@localhost:5432": expected a URL that names the database, e.g. postgres://host/razem.',
    ],
  ])('rejects %j naming the variable and the expected form', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it('resolves HUB_DATA_DIR against the directory the command was started in', () => {
    expect(readConfig({ INIT_CWD: '/srv/hub', HUB_DATA_DIR: 'state' }).dataDir).toBe('/srv/hub/state');
    expect(readConfig({ INIT_CWD: '/srv/hub', HUB_DATA_DIR: '/var/lib/razem' }).dataDir).toBe('/var/lib/razem');
  });
});
