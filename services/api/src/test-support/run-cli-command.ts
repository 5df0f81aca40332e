import { Readable } from 'node:stream';
import { vi } from 'vitest';
import type { CliCommand } from '../cli/cli-command.js';
import { runHub } from '../cli/hub-commands.js';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `work` with what it writes to stdout/stderr captured (and, given `input`, stdin replaced by it). */
async function capturing(work: () => Promise<number>, input?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const stdin = input === undefined ? undefined : vi.spyOn(process, 'stdin', 'get').mockReturnValue(Object.assign(Readable.from([input]), { isTTY: false }) as unknown as typeof process.stdin);
  try {
    return { code: await work(), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    stdin?.mockRestore();
  }
}

/** Runs a `hub` command in this process as the installed tool would, capturing what it writes and its exit code. */
export function runCliCommand(command: CliCommand, args: string[]): Promise<CliRun> {
  return capturing(() => command.run(args));
}

/**
 * `hub ARGS` as typed at a shell — the command looked up by name, usage and configuration mistakes
 * turned into exit code 2 — but in this process, with `env` set for its duration and `input` as its
 * standard input: a test runs many commands without paying a process start for each.
 */
export async function runHubInProcess(args: string[], options: { env: Record<string, string>; input?: string }): Promise<CliRun> {
  for (const [name, value] of Object.entries(options.env)) vi.stubEnv(name, value);
  try {
    return await capturing(() => runHub(args), options.input);
  } finally {
    vi.unstubAllEnvs();
  }
}
