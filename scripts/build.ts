// `npm run build`: seeds → MDX + JSON → static site → search index, all or nothing.
// The new site is built beside the old one (.dist-next) and swapped in only when every
// step has succeeded, so a failed build leaves the previous dist/ exactly as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildContent } from './build-content.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR || 'dist');
const nextDir = `${outDir}.next-build`;
const oldDir = `${outDir}.previous`;

function step(name: string, ok: boolean): void {
  if (!ok) {
    rmSync(nextDir, { recursive: true, force: true });
    console.error(`\nbuild failed at "${name}": ${outDir} was left as it was.`);
    process.exit(1);
  }
}

// 1. Convert the seeds (decode → parse → clean → annotate → extract → emit).
step('content', await buildContent({ root }));

// 2. Astro renders every page into a fresh directory beside dist/. Its log goes to the
//    console only where an editor has something to act on: its warnings and errors, and
//    everything when it fails (VERBOSE=1 shows it all).
rmSync(nextDir, { recursive: true, force: true });
const astro = spawnSync('astro', ['build', '--outDir', nextDir], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const astroLog = `${astro.stdout ?? ''}${astro.stderr ?? ''}`;
if (astro.status !== 0 || process.env.VERBOSE === '1') process.stdout.write(astroLog);
else for (const line of astroLog.split('\n')) if (/\[(?:WARN|ERROR)\]/.test(line)) console.error(line);
step('astro build', astro.status === 0);
console.log(`pages: ${/(\d+) page\(s\) built in ([\d.]+\s*m?s)/.exec(astroLog)?.slice(1).join(' in ') ?? 'built'}`);

// 3. Pagefind indexes the built pages (French stemming comes from lang="fr").
const pagefind = spawnSync('pagefind', ['--site', nextDir, '--silent'], { cwd: root, stdio: 'inherit' });
step('search index', pagefind.status === 0);

// 4. Swap the new site in.
rmSync(oldDir, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(nextDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`site built in ${outDir}`);
