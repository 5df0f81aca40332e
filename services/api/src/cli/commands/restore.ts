import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { restoreBackup } from '../../backup/restore-backup.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';
import { userPath } from './backup.js';

export const restoreCommand: CliCommand = {
  summary: 'restore a `hub backup` FILE into an empty hub database (--replace: over existing data), all or nothing',
  usage: 'hub restore [--replace] FILE',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { replace: { type: 'boolean', default: false } } });
    if (positionals.length !== 1) throw new UsageError('Give exactly one backup file to restore.');
    const file = userPath(positionals[0]!);
    if (!existsSync(file)) throw new UsageError(`No such file: ${file}`);
    return withDatabase(async ({ orm }) => {
      const summary = await restoreBackup({ orm, file, replace: values.replace });
      const newer = summary.migratedUp.length ? `; then applied newer migrations ${summary.migratedUp.join(', ')}` : '';
      process.stdout.write(
        `Restored ${summary.tables} tables, ${summary.rows} rows from ${summary.file} (schema at ${summary.backupMigration ?? 'no migration'}${newer}); ` +
          `rebuilt the analytics of ${summary.programmes} programme(s) in ${summary.seconds.toFixed(1)} s.\n`,
      );
      return 0;
    });
  },
};
