import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { isProcessRunning } from '../../database/os-processes.js';

/**
 * exceljs's streaming reader copies a worksheet that comes before the shared strings in the ZIP (the
 * order Excel itself saves in) to a temporary file, and deletes it only once the sheet has been read to
 * its end. A workbook refused or abandoned mid-sheet (a missing column, too many bad rows, a dropped
 * upload) left the sheet's XML, partner data, in the system temp folder until the process exited, and
 * for good if it was killed. The reader takes no temp-folder option, so its `tmp` module is pointed at a
 * folder of this process's own (0700); the copies exceljs leaves are deleted once no workbook is being
 * read, the folder at exit, and a killed process's folder by the next process that reads a workbook.
 */
const FOLDER_PREFIX = 'razem-xlsx-';

let folder: string | undefined;
let openReads = 0;
/** Sheet copies exceljs made and has not deleted yet (it deletes each once its sheet is read to the end). */
const undeletedCopies = new Set<string>();

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

type TmpFileCallback = (error: Error | null, filePath: string, fd: number, deleteFile: (...args: unknown[]) => unknown) => void;

/** The folder exceljs's temporary sheets go to, made (and `tmp` pointed at it) on the first workbook read. */
export function xlsxTempFolder(): string {
  if (folder) return folder;
  sweepFoldersOfEndedProcesses();
  const created = mkdtempSync(path.join(os.tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
  const tmp = exceljsTmpModule();
  const createFile = tmp.file.bind(tmp);
  // exceljs calls tmp.file(callback) with no options; a caller's own options are kept, the folder is ours.
  tmp.file = (...args: unknown[]) => {
    const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : {};
    const callback = args.find((arg) => typeof arg === 'function') as TmpFileCallback;
    const track: TmpFileCallback = (error, filePath, fd, deleteFile) => {
      if (error) return callback(error, filePath, fd, deleteFile);
      undeletedCopies.add(filePath);
      callback(error, filePath, fd, (...deleteArgs) => {
        undeletedCopies.delete(filePath);
        return deleteFile(...deleteArgs);
      });
    };
    return createFile({ ...options, tmpdir: created }, track);
  };
  process.once('exit', () => rmSync(created, { recursive: true, force: true }));
  folder = created;
  return folder;
}

/**
 * Marks a workbook read as open; the returned function closes it. When the last open read closes, the
 * sheet copies exceljs left (of sheets not read to the end) are deleted. Only those: a copy exceljs
 * deletes itself may still have a read stream about to open it (a skipped sheet).
 */
export function openXlsxRead(): () => void {
  xlsxTempFolder();
  openReads += 1;
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    openReads -= 1;
    if (openReads > 0) return;
    for (const filePath of undeletedCopies) {
      undeletedCopies.delete(filePath);
      try {
        rmSync(filePath, { force: true });
      } catch {
        // A file still open where that forbids deleting it (Windows): the exit clean-up takes it.
      }
    }
  };
}
