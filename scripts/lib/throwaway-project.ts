// Throw-away copies of this project, for the bench and the fault-injection tests: the
// repository without its seeds, generated content, build output and tests. A copy links to
// this repository's packages one entry at a time instead of symlinking node_modules whole,
// so that the caches kept there (Astro's, Vite's, the build's own under node_modules/.cache)
// stay private to the copy and no run warms up, or pollutes, another.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Top-level entries of the repository the site build does not need (or must not see). */
const NOT_COPIED = new Set([
  '.git', 'node_modules', 'dist', 'seeds', 'tests', 'bench', 'test-results', 'playwright-report',
  'bench-results', '.astro', '.build.lock',
]);
/** Caches that must be private to each project. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `${label}-`));
}

export function linkNodeModules(repoRoot: string, projectRoot: string): void {
  const source = resolve(repoRoot, 'node_modules');
  const target = join(projectRoot, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (PRIVATE_CACHES.has(entry)) continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}

/** A copy of the repository at `repoRoot` without seeds, generated content or build output. */
export function copySiteProject(repoRoot: string, projectRoot: string): void {
  for (const entry of readdirSync(repoRoot)) {
    // built sites: dist/, its variants (dist-subpath/, dist-layouts/…) and a build's temporary folders
    if (NOT_COPIED.has(entry) || /^\.?dist(?:$|[-.])/u.test(entry)) continue;
    if (entry === 'content') {
      cpSync(join(repoRoot, entry), join(projectRoot, entry), {
        recursive: true,
        filter: (path) => !/[\\/]content[\\/](articles|generated)([\\/]|$)/.test(path),
      });
      continue;
    }
    cpSync(join(repoRoot, entry), join(projectRoot, entry), { recursive: true });
  }
  mkdirSync(join(projectRoot, 'seeds'), { recursive: true });
  linkNodeModules(repoRoot, projectRoot);
}

export function removeProject(projectRoot: string): void {
  if (existsSync(projectRoot)) rmSync(projectRoot, { recursive: true, force: true });
}
