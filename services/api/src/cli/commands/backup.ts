import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '../../backup/create-backup.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

/** A byte count as people read it (1 decimal above a kilobyte). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** npm runs the tool inside the workspace folder; a relative FILE means the user's own folder. */
export function userPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

export const backupCommand: CliCommand = {
  summary: 'write a consistent logical backup of the hub database (gzip; every hub table, sequences, migrations) to FILE',
  usage: 'hub backup FILE',
  async run(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new UsageError('Give exactly one file to write the backup to.');
    const file = userPath(positionals[0]!);
    return withDatabase(async ({ orm }) => {
      const summary = await createBackup({ orm, file });
      process.stdout.write(
        `Backed up ${summary.tables} tables, ${summary.rows} rows to ${summary.file} (${formatBytes(summary.bytes)}) in ${summary.seconds.toFixed(1)} s.\n`,
      );
      // The PESEL hashes and token hashes in the file are keyed by the secret: without it they match nothing.
      process.stderr.write('The hub secret (HUB_SECRET or HUB_DATA_DIR/hub-secret) is not in the backup: keep it with the file.\n');
      return 0;
    });
  },
};
