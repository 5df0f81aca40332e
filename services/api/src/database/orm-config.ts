import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

/** MikroORM options for one database URL; shared by the server, the CLI and the tests. */
export function createOrmConfig(options: { clientUrl: string; poolMax?: number; statementTimeoutMs?: number }): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities,
    discovery: { requireEntitiesArray: true, disableDynamicFileAccess: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'src/database/migrations',
      pathTs: 'src/database/migrations',
      emit: 'ts',
    },
    // Every request forks its own EntityManager; touching the global one is a bug worth failing on.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax ?? 10 },
    driverOptions: {
      connection: {
        statement_timeout: options.statementTimeoutMs ?? 30_000,
        application_name: 'razem-hub',
      },
    },
  });
}
