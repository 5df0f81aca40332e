import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { isProcessRunning } from '../../database/os-processes.js';

/**
 * exceljs's streaming reader copies a worksheet that comes before the shared strings in the ZIP (the
 * order Excel itself saves in) to a temporary file, and deletes it only once the sheet has been read to
 * its end. A workbook refused or abandoned mid-sheet (a missing column, too many bad rows, a dropped
 * upload) left the sheet's XML, partner data, in the shared temp folder until the process exited, and
 * for good if it was killed. The reader takes no temp-folder option, so its `tmp` module is pointed at a
 * folder of this process's own (0700), removed at exit; a killed process's folder is removed by the next
 * process that reads a workbook. Copies are not deleted when a read ends early: deleting them then raced
 * with exceljs's own streams (an unhandled ENOENT that failed a whole import, seen once in CI).
 */
const FOLDER_PREFIX = 'razem-xlsx-';

let folder: string | undefined;

interface TmpModule {
  file(...args: unknown[]): unknown;
}

/** The `tmp` module exactly as exceljs resolves it (its own dependency, wherever npm placed it). */
function exceljsTmpModule(): TmpModule {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('exceljs'))('tmp') as TmpModule;
}

/** Folders left by hubs or commands that were killed mid-read (their process is gone). */
export function sweepFoldersOfEndedProcesses(tempDir = os.tmpdir()): void {
  for (const name of readdirSync(tempDir)) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    // Named FOLDER_PREFIX + PID + '-' + mkdtemp's suffix.
    const pid = Number.parseInt(name.slice(FOLDER_PREFIX.length), 10);
    if (pid > 0 && pid !== process.pid && !isProcessRunning(pid)) rmSync(path.join(tempDir, name), { recursive: true, force: true });
  }
}

/** The folder exceljs's temporary sheets go to, made (and `tmp` pointed at it) on the first call: before the first workbook read. */
export function xlsxTempFolder(): string {
  if (folder) return folder;
  sweepFoldersOfEndedProcesses();
  const created = mkdtempSync(path.join(os.tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
  const tmp = exceljsTmpModule();
  const createFile = tmp.file.bind(tmp);
  // exceljs calls tmp.file(callback) with no options; a caller's own options are kept, the folder is ours.
  tmp.file = (...args: unknown[]) => {
    const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : {};
    const callback = args.find((arg) => typeof arg === 'function');
    return createFile({ ...options, tmpdir: created }, callback);
  };
  process.once('exit', () => rmSync(created, { recursive: true, force: true }));
  folder = created;
  return folder;
}
