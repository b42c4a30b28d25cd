// One build at a time per project: `.build.lock` at the project's root says which process
// builds (its pid, its machine, since when). A second build waits for the first, and says so;
// a lock whose process is gone (a build killed with SIGKILL, a machine that rebooted) is
// taken over, so that no killed build can leave the project stuck.
//
// Taking the lock is one `open(…, 'wx')`, which only one process can win. Taking over a stale
// lock renames it first (again, only one process can), then checks it renamed the stale lock
// and not a fresh one another process had just taken.
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = '.build.lock';

interface Holder {
  pid: number;
  host: string;
  started: string;
  command: string;
}

export interface BuildLock {
  release(): void;
}

export interface LockOptions {
  /** wait for a running build (default), or fail at once */
  wait?: boolean;
  /** give up after this long (default: 30 minutes) */
  timeoutMs?: number;
  /** where the waiting message goes (default: console.error) */
  log?: (line: string) => void;
}

export async function acquireBuildLock(root: string, options: LockOptions = {}): Promise<BuildLock> {
  const path = join(root, LOCK_FILE);
  const log = options.log ?? ((line: string) => console.error(line));
  const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command: process.argv.slice(1).join(' ') };
  let told = false;
  for (;;) {
    if (tryCreate(path, me)) return held(path, me);
    const holder = readHolder(path);
    if (holder === 'gone') continue;
    if (isStale(path, holder)) {
      takeOver(path, holder);
      continue;
    }
    const who = holder ? `pid ${holder.pid}, since ${holder.started.slice(11, 19)} UTC` : 'starting';
    if (options.wait === false) throw new Error(`another build is running in this project (${who}); wait for it to end, or stop it`);
    if (Date.now() > deadline) throw new Error(`another build has been running in this project for too long (${who}); stop it, or remove ${LOCK_FILE} if no build runs`);
    if (!told) {
      log(`another build is running in this project (${who}); this one waits for it to end…`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function tryCreate(path: string, me: Holder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock's holder; undefined while it is being written; 'gone' if it vanished meanwhile. */
function readHolder(path: string): Holder | undefined | 'gone' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    return JSON.parse(text) as Holder;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock nobody holds any more: its process is gone, or it was never written whole. */
function isStale(path: string, holder: Holder | undefined): boolean {
  if (holder === undefined) {
    // half-written by a process killed between its open and its write: stale after a moment
    try {
      return Date.now() - statSync(path).mtimeMs > 5_000;
    } catch {
      return false;
    }
  }
  return holder.host === hostname() && !alive(holder.pid);
}

function takeOver(path: string, stale: Holder | undefined): void {
  const aside = `${path}.stale-${process.pid}-${Date.now().toString(36)}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // another process took it over first
    throw error;
  }
  const moved = readHolder(aside);
  rmSync(aside, { force: true });
  // renamed a fresh lock another process had just taken in the meantime: give it back
  if (moved && moved !== 'gone' && (!stale || moved.pid !== stale.pid)) tryCreate(path, moved);
}

function held(path: string, me: Holder): BuildLock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    const holder = readHolder(path);
    if (holder && holder !== 'gone' && holder.pid === me.pid) rmSync(path, { force: true });
  };
  process.once('exit', release);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      release();
      process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
    });
  }
  return { release };
}
