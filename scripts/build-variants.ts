// `npm run build:variants`: after `npm run build` (dist/), build the same sources twice
// more for the quality gates: once more at the root (reproducibility) and once under a
// sub-path (hosting anywhere). Each is the normal atomic build with OUT_DIR/BASE_PATH set.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { siteUrl, variants } from './site-variants.ts';

const root = resolve(import.meta.dirname, '..');
for (const variant of [variants.repro, variants.subpath]) {
  const started = performance.now();
  console.log(`\n— build: ${variant.name} (BASE_PATH=${variant.basePath}, OUT_DIR=${variant.outDir})`);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: siteUrl, BASE_PATH: variant.basePath, OUT_DIR: variant.outDir },
  });
  if (build.status !== 0) {
    console.error(`build of the ${variant.name} variant failed`);
    process.exit(1);
  }
  console.log(`— ${variant.outDir} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
