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

// 2. Astro renders every page into a fresh directory beside dist/.
rmSync(nextDir, { recursive: true, force: true });
const astro = spawnSync('astro', ['build', '--outDir', nextDir], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
step('astro build', astro.status === 0);

// 3. Pagefind indexes the built pages (French stemming comes from lang="fr").
const pagefind = spawnSync('pagefind', ['--site', nextDir, '--silent'], { cwd: root, stdio: 'inherit' });
step('search index', pagefind.status === 0);

// 4. Swap the new site in.
rmSync(oldDir, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(nextDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`site built in ${outDir}`);
