// `npm run content`: the build step alone (seeds/ + content/*.yaml → content/articles,
// content/generated). Prints one line per article and writes content/generated/report.json.
// `npm run content -- --explain seeds/x.txt`: how one text is read, line by line; writes nothing.
import { resolve } from 'node:path';
import { runPipeline } from '../src/pipeline/index.ts';
import { explain } from '../src/pipeline/explain.ts';

export async function buildContent({ root }: { root: string }): Promise<boolean> {
  const result = await runPipeline({ root });
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
  const ok = await buildContent({ root });
  process.exit(ok ? 0 : 1);
}
