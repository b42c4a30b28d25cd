// `npm run build`: seeds → MDX + JSON → static site → search index, all or nothing.
//   - one build at a time per project (scripts/build-lock.ts): a second one waits;
//   - what a killed build left (temporary folders, an old site moved aside) is cleaned up or
//     put back first, under the lock;
//   - the new site is built beside the old one and put in its place in one step
//     (src/lib/replace-dir.ts), so that dist/ is always the old site or the new one, whole,
//     even if this process is killed at any point; a failed build leaves dist/ as it was.
// With BUILD_TIMINGS_FILE=<path>, a successful build also writes the wall time of each of
// its steps there, as JSON {"steps":[{"name":"content","ms":2900},…]}: the bench reads it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { buildContent, recoverContent } from './build-content.ts';
import { acquireBuildLock } from './build-lock.ts';
import { recoverDir, replaceDir, tempPath } from '../src/lib/replace-dir.ts';
import { linkIndexedPages } from './lib/indexed-pages.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR || 'dist');
const shown = relative(root, outDir) || outDir;

const lock = await acquireBuildLock(root);
for (const note of [...recoverDir(outDir).map((note) => note.replaceAll(`${root}/`, '')), ...recoverContent(root)]) console.log(note);
const nextDir = tempPath(outDir, 'next');
// the folder of the files made beside Astro (fonts, link cards) while they are made (a
// temporary sibling too: recoverDir removes it)
const filesDir = `${nextDir}-fichiers`;
// the pages the search index reads, linked while it reads them (a temporary sibling as well)
const searchDir = `${nextDir}-recherche`;
// The tools run on the Node that runs this build, from this project's packages, whether or
// not the build was started through npm.
const toolEnv = { ...process.env, PATH: [dirname(process.execPath), join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter) };

const timings: { name: string; ms: number }[] = [];
let stepStarted = performance.now();

/** Ends a step. `ms`: its own time, for a step that ran beside the one before it. */
function step(name: string, ok: boolean, ms?: number): void {
  const now = performance.now();
  timings.push({ name, ms: Math.round(ms ?? now - stepStarted) });
  stepStarted = now;
  if (!ok) {
    rmSync(nextDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
    rmSync(searchDir, { recursive: true, force: true });
    console.error(`\nbuild failed at "${name}": ${shown}/ was left as it was.`);
    lock.release();
    process.exit(1);
  }
}

// 1. Convert the seeds (decode → parse → segment → annotate → extract → emit).
step('content', await buildContent({ root }));
pauseFor('content-written');

// 2. Astro renders every page into a fresh directory beside dist/, then Pagefind indexes the
//    built pages (French stemming comes from lang="fr"). Meanwhile the files that no page
//    renders (the fonts, the link cards) are made in a process of their own
//    (scripts/build-files.ts), on the other core; their folders join the new site once all
//    is done. If one side fails, the other is stopped. Astro's
//    log goes to the console only where an editor has something to act on: its warnings and
//    errors, and everything when it fails (VERBOSE=1 shows it all).
// Astro's bundler (Rolldown) allocates with mimalloc, which by default keeps the memory a
// module's work has freed for a while before it gives it back; with 1,000 articles, what is
// kept piles up to a few hundred megabytes of the build's largest process. Purging at once
// costs no measurable time. Its native work runs on libuv's thread pool, each thread with
// heaps of its own: no more threads than cores (and never more than libuv's default, 4).
// A value set in the environment is kept.
const astroEnv = {
  ...toolEnv,
  ASTRO_TELEMETRY_DISABLED: '1',
  MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
  UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? String(Math.min(4, availableParallelism())),
};
// Astro keeps the pages whose key says nothing they read has changed (astro.config.mjs,
// experimental.incrementalBuild), with the keys, in node_modules/.astro/. It overwrites its copy
// of each page as it renders it, but records the keys only once every page is done: after a run
// that did not finish, a kept copy may be newer than the key recorded for it. So a run leaves a
// mark while it renders, and a build that finds the mark of one that did not finish renders
// every page again (--force), as PAGE_CACHE=off does.
const renderingMark = join(root, 'node_modules', '.astro', 'rendering-unfinished');
const unfinished = existsSync(renderingMark);
if (unfinished) console.log('note: the last build stopped while Astro was rendering: every page is rendered again');
const renderAll = unfinished || process.env.PAGE_CACHE === 'off';
mkdirSync(dirname(renderingMark), { recursive: true });
writeFileSync(renderingMark, `${process.pid}\n`);
const stop = new AbortController();
const pagesAndIndex = (async () => {
  const astro = await run('astro', ['build', '--outDir', nextDir, ...(renderAll ? ['--force'] : [])], astroEnv, stop.signal);
  if (astro.status === 0) rmSync(renderingMark, { force: true });
  if (astro.status !== 0) stop.abort();
  if (astro.status !== 0) return { astro, pagefind: undefined };
  // Pagefind reads only the pages it indexes (./lib/indexed-pages.ts), and writes its index into the new site
  const started = performance.now();
  linkIndexedPages(nextDir, searchDir);
  const pagefind = await run('pagefind', ['--site', searchDir, '--output-path', join(nextDir, 'pagefind'), '--silent'], toolEnv, stop.signal);
  rmSync(searchDir, { recursive: true, force: true });
  if (pagefind.status !== 0) stop.abort();
  return { astro, pagefind: { ...pagefind, ms: performance.now() - started } };
})();
const filesRun = run(process.execPath, [join(root, 'scripts', 'build-files.ts'), filesDir], toolEnv, stop.signal).then((files) => {
  if (files.status !== 0) stop.abort();
  return files;
});
const [{ astro, pagefind }, files] = await Promise.all([pagesAndIndex, filesRun]);
if (astro.status !== 0 || process.env.VERBOSE === '1') process.stdout.write(astro.output);
else for (const line of astro.output.split('\n')) if (/\[(?:WARN|ERROR)\]/.test(line)) console.error(line);
if (!files.stopped) process.stdout.write(files.output);
if (pagefind && !pagefind.stopped) process.stdout.write(pagefind.output);
// a step stopped because another failed is not the one that failed
step('astro build', astro.status === 0 || astro.stopped, astro.ms);
step('search index', pagefind?.status === 0 || pagefind?.stopped === true || astro.stopped, pagefind?.ms ?? 0);
step('fonts and link cards', files.status === 0 && joinFiles(filesDir, nextDir), files.ms);
// Astro's line for each page it kept ends with « (restored) » or « (cached) »
const kept = astro.output.match(/ (?:\x1b\[\d+m)?\((?:restored|cached)\)(?:\x1b\[\d+m)?$/gm)?.length ?? 0;
console.log(`pages: ${/(\d+) page\(s\) built in ([\d.]+\s*m?s)/.exec(astro.output)?.slice(1).join(' in ') ?? 'built'}${kept > 0 ? ` (${kept} unchanged since the last build, kept; PAGE_CACHE=off renders them all)` : ''}`);
pauseFor('site-built');

// 3. The new site takes the old one’s place, in one step.
replaceDir(nextDir, outDir);
lock.release();
if (process.env.BUILD_TIMINGS_FILE) writeFileSync(process.env.BUILD_TIMINGS_FILE, `${JSON.stringify({ steps: timings })}\n`);
console.log(`site built in ${outDir}`);

/**
 * A tool run to its end, its output kept (stdout and stderr, as they came), and its time.
 * `stop` ends it early (SIGTERM): `stopped` says so, and its failure is then not its own.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, stop: AbortSignal): Promise<{ status: number | null; output: string; ms: number; stopped: boolean }> {
  const started = performance.now();
  return new Promise((done) => {
    if (stop.aborted) return done({ status: null, output: '', ms: 0, stopped: true });
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], signal: stop, killSignal: 'SIGTERM' });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => {
      if (error.name !== 'AbortError') output += `${command}: ${error.message}\n`;
    });
    child.on('close', (status) => done({ status, output, ms: performance.now() - started, stopped: stop.aborted && status !== 0 }));
  });
}

/**
 * The folders made beside Astro (polices/, og/) moved into the new site. None may be there
 * already: a file of the site's own in one of them (from public/ or src/pages/) would be lost.
 */
function joinFiles(from: string, site: string): boolean {
  const folders = readdirSync(from);
  const taken = folders.filter((folder) => existsSync(join(site, folder)));
  if (taken.length > 0) {
    for (const folder of taken) console.error(`${folder}/: the site has its own ${folder}/ folder (from public/${folder}/ or a page under src/pages/${folder}/); the build writes its own files there, so nothing else may be: move it`);
    return false;
  }
  for (const folder of folders) renameSync(join(from, folder), join(site, folder));
  rmSync(from, { recursive: true, force: true });
  return true;
}

/**
 * For the fault-injection tests (tests/faults/): with BUILD_PAUSE_AT=<point>, the build
 * stops at that point, writes BUILD_PAUSE_FILE, and waits there to be killed.
 */
function pauseFor(point: string): void {
  if (process.env.BUILD_PAUSE_AT !== point) return;
  if (process.env.BUILD_PAUSE_FILE) writeFileSync(process.env.BUILD_PAUSE_FILE, `${process.pid}\n`);
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
}
