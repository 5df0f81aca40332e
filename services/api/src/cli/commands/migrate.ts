import { parseArgs } from 'node:util';
import { installVersionTriggers } from '../../analytics/index.js';
import { migrateToLatest, pendingMigrations } from '../../database/migrate.js';
import { withDatabase, type CliCommand } from '../cli-command.js';

export const migrateCommand: CliCommand = {
  summary: 'apply pending migrations, or with --check list them and exit 1 if any',
  usage: 'hub migrate [--check]',
  async run(args) {
    const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
    return withDatabase(async ({ orm }) => {
      if (values.check) {
        const pending = await pendingMigrations(orm);
        process.stdout.write(pending.length ? `Pending migrations: ${pending.join(', ')}\n` : 'No pending migrations.\n');
        return pending.length ? 1 : 0;
      }
      const applied = await migrateToLatest(orm);
      // The data-version triggers follow the fact sources' declarations, not only the migrations' history.
      await installVersionTriggers(orm.em.fork());
      process.stdout.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'No pending migrations.\n');
      return 0;
    });
  },
};
