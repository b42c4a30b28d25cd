// `npm run content`: the build step alone (seeds/ + content/*.yaml → content/generated: the
// pages in articles/, the data in *.json). Prints one line per article and writes report.json.
// `npm run content -- --explain seeds/x.txt`: how one text is read, line by line; writes nothing.
// `CONTENT_CACHE=off npm run content`: every seed converted again (the cache is neither read nor written).
import { join, resolve } from 'node:path';
import { recoverDir } from '../src/lib/replace-dir.ts';
import { runPipeline } from '../src/pipeline/index.ts';
import { URLS_FILE } from '../src/pipeline/urls.ts';
import { GENERATED } from '../src/pipeline/write.ts';
import { explain } from '../src/pipeline/explain.ts';
import { acquireBuildLock } from './build-lock.ts';

/**
 * What a killed build left in content/ (a half-written content/generated.next-…, an old copy
 * on its way out, a half-written urls.yaml), put back or removed. Only under the build lock.
 * Returns what it did, in the project's own paths, for the build to print.
 */
export function recoverContent(root: string): string[] {
  return [GENERATED, URLS_FILE].flatMap((path) => recoverDir(join(root, path))).map((note) => note.replaceAll(`${root}/`, ''));
}

/**
 * The build step. Each seed's conversion is kept between builds (node_modules/.cache/
 * cloud-souverain/conversion/, see src/pipeline/conversion-cache.ts); `CONTENT_CACHE=off`
 * in the environment converts every seed again, without reading or writing that cache.
 */
export async function buildContent({ root }: { root: string }): Promise<boolean> {
  const result = await runPipeline({ root, cache: process.env.CONTENT_CACHE !== 'off' });
  return result.ok;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  const at = process.argv.indexOf('--explain');
  if (at >= 0) {
    const path = process.argv[at + 1];
    if (!path) {
      console.error('usage: npm run content -- --explain seeds/<file>.txt');
      process.exit(2);
    }
    const { ok, lines } = explain(root, path);
    for (const line of lines) (ok ? console.log : console.error)(line);
    process.exit(ok ? 0 : 1);
  }
  // content/generated is the build's output too: one writer at a time
  const lock = await acquireBuildLock(root);
  for (const note of recoverContent(root)) console.log(note);
  const ok = await buildContent({ root });
  lock.release();
  process.exit(ok ? 0 : 1);
}
