import { vi } from 'vitest';
import type { CliCommand } from '../cli/cli-command.js';

/** Runs a `hub` command in this process as the installed tool would, capturing what it writes and its exit code. */
export async function runCliCommand(command: CliCommand, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await command.run(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
