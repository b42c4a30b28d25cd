// `npm run build:variants`: after `npm run build` (dist/), build the same sources three
// times more for the quality gates: once more at the root without the caches (reproducibility), once under a
// sub-path (hosting anywhere), and once with texts of the layout corpus added to the seeds,
// in a throw-away copy of the project (so that they never reach the real site). Each is the
// normal atomic build with OUT_DIR/BASE_PATH set.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { layoutSeeds, siteUrl, variants, type SiteVariant } from './site-variants.ts';
import { copySiteProject, makeTempDir, removeProject } from './lib/throwaway-project.ts';

const root = resolve(import.meta.dirname, '..');

function build(variant: SiteVariant, projectRoot: string, extraEnv: Record<string, string> = {}): void {
  const started = performance.now();
  console.log(`\n— build: ${variant.name} (BASE_PATH=${variant.basePath}, OUT_DIR=${variant.outDir})`);
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: siteUrl, BASE_PATH: variant.basePath, OUT_DIR: resolve(root, variant.outDir), ...extraEnv },
  });
  if (run.status !== 0) {
    console.error(`build of the ${variant.name} variant failed`);
    process.exit(1);
  }
  console.log(`— ${variant.outDir} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// the second build renders, converts and draws everything again, with none of the caches the
// first one left (pages, conversions, link cards): the gate compares two renderings, not a
// rendering and its copy
build(variants.repro, root, { PAGE_CACHE: 'off', CONTENT_CACHE: 'off', CARD_CACHE: 'off' });
build(variants.subpath, root);

const project = makeTempDir('layouts');
try {
  copySiteProject(root, project);
  for (const seed of readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'))) copyFileSync(join(root, 'seeds', seed), join(project, 'seeds', seed));
  for (const name of layoutSeeds) copyFileSync(join(root, 'tests/fixtures/layouts', name, 'input.txt'), join(project, 'seeds', `${name}.txt`));
  build(variants.layouts, project);
} finally {
  removeProject(project);
}
