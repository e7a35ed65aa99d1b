// Browser mode's scratch folder (uploads waiting to be imported, exports waiting to be downloaded). Each server
// run has its own folder, named after its process id, under one root per user; at start, folders left by runs
// whose process is gone (a crash, a kill) are removed, so nothing piles up.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** <tmp>/luoshi-web-<user>: per user, so one user's cleanup never touches another's files. */
export function defaultScratchRoot(): string {
  let user = 'user';
  try {
    user = userInfo().username.replace(/[^A-Za-z0-9_-]/g, '_') || user;
  } catch {
    /* no user name: one shared root */
  }
  return join(tmpdir(), `luoshi-web-${user}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the folders of runs that have ended; returns the names removed. */
export function sweepScratch(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (!pid || isRunning(pid)) continue;
    try {
      rmSync(join(root, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      /* still open elsewhere (Windows): the next start tries again */
    }
  }
  return removed;
}

/** Sweeps the root, then makes this run's own folder in it. */
export function createScratch(root: string): string {
  sweepScratch(root);
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${process.pid}-`));
}
