import 'reflect-metadata';
import { ConfigError } from '../config/env.js';
import { UsageError, type CliCommand } from './cli-command.js';
import { analyticsCommand } from './commands/analytics.js';
import { backupCommand } from './commands/backup.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { migrateCommand } from './commands/migrate.js';
import { participantCommand } from './commands/participant.js';
import { periodCommand } from './commands/period.js';
import { programmeCommand } from './commands/programme.js';
import { reportCommand } from './commands/report.js';
import { restoreCommand } from './commands/restore.js';
import { schemaCommand } from './commands/schema.js';
import { seedCommand } from './commands/seed.js';
import { tokenCommand } from './commands/token.js';
import { userCommand } from './commands/user.js';
import { withdrawCommand } from './commands/withdraw.js';

const commands: Record<string, CliCommand> = {
  init: initCommand,
  programme: programmeCommand,
  seed: seedCommand,
  import: importCommand,
  withdraw: withdrawCommand,
  participant: participantCommand,
  export: exportCommand,
  migrate: migrateCommand,
  period: periodCommand,
  report: reportCommand,
  backup: backupCommand,
  restore: restoreCommand,
  analytics: analyticsCommand,
  schema: schemaCommand,
  token: tokenCommand,
  user: userCommand,
};

function usage(): string {
  const width = Math.max(...Object.values(commands).map((command) => command.usage.length));
  return [
    'Usage: npm run hub -- <command> [options]',
    '',
    ...Object.values(commands).map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    '',
  ].join('\n');
}

/** The `hub` command-line tool: exit 0 on success, non-zero with a message on any failure. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command ${JSON.stringify(name)}.\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`hub ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
