// A directory replaced by another in one step: whoever looks at `target` sees the old
// directory or the new one, complete, never a mix and never nothing, even if the process is
// killed in the middle. Where the system has an atomic exchange of two paths (Linux
// renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP), the two directories trade
// places at once; Node has no binding for it, so it is called through Python's ctypes when a
// python3 is on the PATH. Elsewhere the old directory is moved aside and the new one moved in:
// two renames, and `recoverDir` puts the old one back if a kill fell between them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const EXCHANGE = `
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
a, b = sys.argv[1].encode(), sys.argv[2].encode()
if sys.platform.startswith('linux'):
    r = libc.renameat2(-100, a, -100, b, 2)  # AT_FDCWD, RENAME_EXCHANGE
elif sys.platform == 'darwin':
    r = libc.renamex_np(a, b, 2)  # RENAME_SWAP
else:
    sys.exit(3)
sys.exit(0 if r == 0 else 2)
`;

let exchangeWorks: boolean | undefined;

/** Swaps two existing paths atomically; false when the system offers no way to. */
export function exchangePaths(a: string, b: string): boolean {
  if (exchangeWorks === false) return false;
  // -I -S: no user site, no site module, nothing from the environment: ctypes is all it needs,
  // and Python starts in two thirds of the time
  const run = spawnSync('python3', ['-I', '-S', '-c', EXCHANGE, a, b], { stdio: 'ignore' });
  const ok = run.status === 0;
  if (!ok && exchangeWorks === undefined) exchangeWorks = false;
  else if (ok) exchangeWorks = true;
  return ok;
}

/** Temporary siblings of `target`: `<name>.next-<id>` (being built), `<name>.old-<id>` (on its way out). */
export function tempPath(target: string, kind: 'next' | 'old'): string {
  return join(dirname(target), `${basename(target)}.${kind}-${process.pid}-${Date.now().toString(36)}`);
}

/**
 * Puts the complete directory `next` in place of `target`, and removes the old one. Returns
 * how: 'new' (there was none), 'exchanged' (atomic), 'renamed' (two renames).
 */
export function replaceDir(next: string, target: string): 'new' | 'exchanged' | 'renamed' {
  if (!existsSync(target)) {
    renameSync(next, target);
    return 'new';
  }
  if (exchangePaths(next, target)) {
    // `next` now holds the old directory
    rmSync(next, { recursive: true, force: true });
    return 'exchanged';
  }
  const old = tempPath(target, 'old');
  renameSync(target, old);
  renameSync(next, target);
  rmSync(old, { recursive: true, force: true });
  return 'renamed';
}

/**
 * After a killed run: when `target` is missing but an old copy waits beside it (a kill
 * between the two renames), the old copy goes back; then every temporary sibling left by a
 * killed run is removed. Call it only while holding the project's build lock, so that no
 * live run owns them. Returns what it removed or restored, for the build to say.
 */
export function recoverDir(target: string): string[] {
  const folder = dirname(target);
  if (!existsSync(folder)) return [];
  const name = basename(target);
  const siblings = readdirSync(folder).filter((entry) => entry.startsWith(`${name}.next-`) || entry.startsWith(`${name}.old-`));
  const done: string[] = [];
  if (!existsSync(target)) {
    const olds = siblings.filter((entry) => entry.startsWith(`${name}.old-`)).sort((a, b) => statSync(join(folder, b)).mtimeMs - statSync(join(folder, a)).mtimeMs);
    if (olds[0]) {
      renameSync(join(folder, olds[0]), target);
      done.push(`restored ${join(folder, olds[0])} as ${target}`);
      siblings.splice(siblings.indexOf(olds[0]), 1);
    }
  }
  for (const entry of siblings) {
    rmSync(join(folder, entry), { recursive: true, force: true });
    done.push(`removed ${join(folder, entry)}, left by a build that was stopped`);
  }
  return done;
}
