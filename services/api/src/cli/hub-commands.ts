import { ConfigError } from '../config/env.js';
import { UsageError, type CliCommand } from './cli-command.js';

/**
 * Each command is loaded only when asked for: a command's module pulls in what it needs (the GraphQL
 * schema, the XLSX and PDF writers, the migrations), and a process that loaded them all would spend
 * longer starting than most commands take to run.
 */
const commands: Record<string, () => Promise<CliCommand>> = {
  init: async () => (await import('./commands/init.js')).initCommand,
  programme: async () => (await import('./commands/programme.js')).programmeCommand,
  seed: async () => (await import('./commands/seed.js')).seedCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  withdraw: async () => (await import('./commands/withdraw.js')).withdrawCommand,
  participant: async () => (await import('./commands/participant.js')).participantCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  migrate: async () => (await import('./commands/migrate.js')).migrateCommand,
  period: async () => (await import('./commands/period.js')).periodCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  backup: async () => (await import('./commands/backup.js')).backupCommand,
  restore: async () => (await import('./commands/restore.js')).restoreCommand,
  analytics: async () => (await import('./commands/analytics.js')).analyticsCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  token: async () => (await import('./commands/token.js')).tokenCommand,
  user: async () => (await import('./commands/user.js')).userCommand,
};

/** Every command: its usage on a line, what it does indented below (usages run to 230 characters: no column fits). */
async function usage(): Promise<string> {
  const all = await Promise.all(Object.values(commands).map((load) => load()));
  return ['Usage: npm run hub -- <command> [options]', '', ...all.flatMap((command) => [`  ${command.usage}`, `      ${command.summary}`]), ''].join('\n');
}

/**
 * The `hub` command-line tool: runs the command `argv` names and resolves with the process's exit code
 * (0 on success, 1 on failure, 2 on a usage or configuration mistake), having written its message.
 * In a module of its own so that tests run commands as the tool does without starting a process each.
 */
export async function runHub(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(await usage());
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`Unknown command ${JSON.stringify(name)}.\n\n${await usage()}`);
    return 2;
  }
  const command = await load();
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
