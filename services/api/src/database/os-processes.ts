/**
 * Whether process `pid` is running (on this machine). EPERM counts as running: the process exists
 * but belongs to another user. Used to tell what a killed process left behind (a postmaster.pid, a
 * data-folder lock, a temp folder) from what a live one holds.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
