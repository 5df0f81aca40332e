import { describe, expect, it } from 'vitest';
import { runHubInProcess } from '../test-support/run-cli-command.js';

describe('hub --help', () => {
  it('lists every command: its usage on a line, what it does indented below', async () => {
    const help = await runHubInProcess(['--help'], { env: {} });
    expect(help.code).toBe(0);
    const lines = help.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['Usage: npm run hub -- <command> [options]', '']);
    const entries = lines.slice(2);
    const commands = ['init', 'programme', 'seed', 'import', 'withdraw', 'participant', 'export', 'migrate', 'period', 'report', 'backup', 'restore', 'analytics', 'schema', 'token', 'user'];
    expect(entries.filter((_, index) => index % 2 === 0).map((line) => line.split(' ')[3])).toEqual(commands);
    for (const [index, line] of entries.entries()) expect(line).toMatch(index % 2 === 0 ? /^ {2}hub [a-z]+/ : /^ {6}\S/);
    expect(entries[1]).toBe('      migrate and apply every shipped programme definition (seeds/programmes/; no participants)');
  });

  it('answers no command with the same list on stdout and exit code 2, and an unknown one on stderr', async () => {
    const none = await runHubInProcess([], { env: {} });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('  hub migrate [--check]\n      apply pending migrations');
    const unknown = await runHubInProcess(['frobnicate'], { env: {} });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown command "frobnicate"\.\n\nUsage: npm run hub -- <command> \[options\]\n/);
  });
});
