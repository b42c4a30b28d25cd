// `npm run content`: the build step alone (seeds/ + content/*.yaml → content/articles,
// content/generated). Prints one line per article and writes content/generated/report.json.
import { resolve } from 'node:path';
import { runPipeline } from '../src/pipeline/index.ts';

export async function buildContent({ root }: { root: string }): Promise<boolean> {
  const result = await runPipeline({ root });
  return result.ok;
}

if (import.meta.main) {
  const ok = await buildContent({ root: resolve(import.meta.dirname, '..') });
  process.exit(ok ? 0 : 1);
}
