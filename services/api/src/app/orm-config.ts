import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from '../database/migrations/index.js';

/** MikroORM options for one database URL; shared by the server, the CLI and the tests. */
export function createOrmConfig(options: {
  clientUrl: string;
  poolMax?: number;
  statementTimeoutMs?: number;
  /** Called with every SQL statement MikroORM sends (tests count them to prove there is no N+1). */
  onQuery?: (message: string) => void;
}): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    ...(options.onQuery ? { debug: ['query' as const], logger: options.onQuery, colors: false } : {}),
    entities,
    discovery: { requireEntitiesArray: true, disableDynamicFileAccess: true },
    extensions: [Migrator],
    // analytics_* tables are derived data kept by analytics/ (rollups) with no entities: the schema
    // diff must neither drop them nor report them as drift.
    schemaGenerator: { skipTables: [/^analytics_/] },
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'src/database/migrations',
      pathTs: 'src/database/migrations',
      emit: 'ts',
      silent: true,
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
