import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessRunning } from '../../database/os-processes.js';

/**
 * The XLSX reader copies each workbook it reads to a file (a ZIP is read from its central directory, at
 * its end) and deletes it when the read ends. The copy holds partner data, so it goes to a folder of this
 * process's own (0700), removed at exit, not to the shared temp folder; a killed process's folder is
 * removed by the next process that reads a workbook.
 */
const FOLDER_PREFIX = 'razem-xlsx-';

let folder: string | undefined;

/** Folders left by hubs or commands that were killed mid-read (their process is gone). */
export function sweepFoldersOfEndedProcesses(tempDir = os.tmpdir()): void {
  for (const name of readdirSync(tempDir)) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    // Named FOLDER_PREFIX + PID + '-' + mkdtemp's suffix.
    const pid = Number.parseInt(name.slice(FOLDER_PREFIX.length), 10);
    if (pid > 0 && pid !== process.pid && !isProcessRunning(pid)) rmSync(path.join(tempDir, name), { recursive: true, force: true });
  }
}

/** The folder of this process's workbook copies, made on the first call (before the first workbook read). */
export function xlsxTempFolder(): string {
  if (folder) return folder;
  sweepFoldersOfEndedProcesses();
  const created = mkdtempSync(path.join(os.tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
  process.once('exit', () => rmSync(created, { recursive: true, force: true }));
  folder = created;
  return folder;
}
