import 'reflect-metadata';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { DataDirInUseError, lockDataDir, type DataDirLock } from './app/data-dir-lock.js';
import { ConfigError, readConfig } from './config/env.js';
import { createLogger, logFormat } from './observability/logger.js';
import { loggableError } from './observability/loggable-error.js';

/** `npm start`: database up and migrated, pilot loaded when empty, HTTP served until a signal. */
async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
    logFormat();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger();

  // One data folder, one hub (the embedded PostgreSQL's owner); with DATABASE_URL there is nothing to own.
  let dataDirLock: DataDirLock | undefined;
  if (!config.databaseUrl) {
    await mkdir(config.dataDir, { recursive: true });
    try {
      dataDirLock = await lockDataDir(config.dataDir);
    } catch (error) {
      if (!(error instanceof DataDirInUseError)) throw error;
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
  }
  // The application is loaded only now, so that a bad configuration or a busy data folder is reported
  // at once instead of after seconds of loading the GraphQL schema, the ORM and the importers.
  const [{ openDatabase }, { prepareDatabase }, { createHub }, { createHttpServer }, { dashboardDistDir }] = await Promise.all([
    import('./app/database.js'),
    import('./app/prepare-database.js'),
    import('./app/create-hub.js'),
    import('./http/server.js'),
    import('./app/paths.js'),
  ]);
  const database = await openDatabase({ config, log: (message) => logger.info(message) });
  const preparation = await prepareDatabase({ orm: database.orm, config, log: (message) => logger.info(message) });
  const hub = await createHub({ orm: database.orm, config, logger });
  const server = createHttpServer({ hub, dashboardDir: dashboardDistDir, logger });
  server.listen(config.port);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  const url = `http://localhost:${port}/`;
  process.stdout.write(
    [
      '',
      `Razem Hub is running at ${url}`,
      `  GraphQL:   ${url}graphql`,
      `  Health:    ${url}healthz, ${url}readyz`,
      `  Data:      ${database.cluster ? `embedded PostgreSQL in ${path.join(config.dataDir, 'postgres')}` : 'DATABASE_URL'}`,
      `  Demo logins: ${path.join(config.dataDir, 'demo-logins.txt')}${preparation.seeded ? ' (just created)' : ''}`,
      '  Participant data of the pilot is SYNTHETIC (generated), not real records.',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  let shutdownStartedAt: number | undefined;
  const shutdown = async (signal: string) => {
    if (shutdownStartedAt !== undefined) {
      // Ctrl-C reaches us twice at once (from the terminal and forwarded by npm): only a later,
      // deliberate second signal means "stop waiting".
      if (Date.now() - shutdownStartedAt < 1000) return;
      logger.warn({ signal }, 'Second signal: exiting at once.');
      process.exit(1);
    }
    shutdownStartedAt = Date.now();
    logger.info({ signal }, 'Shutting down: closing HTTP, then the database.');
    server.close();
    server.closeIdleConnections();
    const forceTimer = setTimeout(() => server.closeAllConnections(), 10_000);
    forceTimer.unref();
    await once(server, 'close').catch(() => undefined);
    try {
      await hub.stop();
      await database.close();
    } catch (error) {
      // Only a shutdown that finished may say so: PostgreSQL may need crash recovery at the next start.
      logger.error({ err: loggableError(error) }, 'Stopped with an error: the database may not have shut down cleanly (it recovers at the next start).');
      process.exit(1);
    }
    await dataDirLock?.release();
    logger.info('Stopped cleanly.');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  process.stderr.write(`Razem Hub could not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
