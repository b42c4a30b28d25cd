// `npm run build`: seeds → MDX + JSON → static site → search index, all or nothing.
//   - one build at a time per project (scripts/build-lock.ts): a second one waits;
//   - what a killed build left (temporary folders, an old site moved aside) is cleaned up or
//     put back first, under the lock;
//   - the new site is built beside the old one and put in its place in one step
//     (src/lib/replace-dir.ts), so that dist/ is always the old site or the new one, whole,
//     even if this process is killed at any point; a failed build leaves dist/ as it was.
// With BUILD_TIMINGS_FILE=<path>, a successful build also writes the wall time of each of
// its steps there, as JSON {"steps":[{"name":"content","ms":2900},…]}: the bench reads it.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { buildContent, recoverContent } from './build-content.ts';
import { acquireBuildLock } from './build-lock.ts';
import { recoverDir, replaceDir, tempPath } from '../src/lib/replace-dir.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR || 'dist');
const shown = relative(root, outDir) || outDir;

const lock = await acquireBuildLock(root);
for (const note of [...recoverDir(outDir).map((note) => note.replaceAll(`${root}/`, '')), ...recoverContent(root)]) console.log(note);
const nextDir = tempPath(outDir, 'next');
// The tools run on the Node that runs this build, from this project's packages, whether or
// not the build was started through npm.
const toolEnv = { ...process.env, PATH: [dirname(process.execPath), join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter) };

const timings: { name: string; ms: number }[] = [];
let stepStarted = performance.now();

function step(name: string, ok: boolean): void {
  const now = performance.now();
  timings.push({ name, ms: Math.round(now - stepStarted) });
  stepStarted = now;
  if (!ok) {
    rmSync(nextDir, { recursive: true, force: true });
    console.error(`\nbuild failed at "${name}": ${shown}/ was left as it was.`);
    lock.release();
    process.exit(1);
  }
}

// 1. Convert the seeds (decode → parse → segment → annotate → extract → emit).
step('content', await buildContent({ root }));
pauseFor('content-written');

// 2. Astro renders every page into a fresh directory beside dist/. Its log goes to the
//    console only where an editor has something to act on: its warnings and errors, and
//    everything when it fails (VERBOSE=1 shows it all).
const astro = spawnSync('astro', ['build', '--outDir', nextDir], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  env: { ...toolEnv, ASTRO_TELEMETRY_DISABLED: '1' },
});
const astroLog = `${astro.stdout ?? ''}${astro.stderr ?? ''}`;
if (astro.status !== 0 || process.env.VERBOSE === '1') process.stdout.write(astroLog);
else for (const line of astroLog.split('\n')) if (/\[(?:WARN|ERROR)\]/.test(line)) console.error(line);
step('astro build', astro.status === 0);
console.log(`pages: ${/(\d+) page\(s\) built in ([\d.]+\s*m?s)/.exec(astroLog)?.slice(1).join(' in ') ?? 'built'}`);

// 3. Pagefind indexes the built pages (French stemming comes from lang="fr").
const pagefind = spawnSync('pagefind', ['--site', nextDir, '--silent'], { cwd: root, stdio: 'inherit', env: toolEnv });
step('search index', pagefind.status === 0);
pauseFor('site-built');

// 4. The new site takes the old one's place, in one step.
replaceDir(nextDir, outDir);
lock.release();
if (process.env.BUILD_TIMINGS_FILE) writeFileSync(process.env.BUILD_TIMINGS_FILE, `${JSON.stringify({ steps: timings })}\n`);
console.log(`site built in ${outDir}`);

/**
 * For the fault-injection tests (tests/faults/): with BUILD_PAUSE_AT=<point>, the build
 * stops at that point, writes BUILD_PAUSE_FILE, and waits there to be killed.
 */
function pauseFor(point: string): void {
  if (process.env.BUILD_PAUSE_AT !== point) return;
  if (process.env.BUILD_PAUSE_FILE) writeFileSync(process.env.BUILD_PAUSE_FILE, `${process.pid}\n`);
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
}
