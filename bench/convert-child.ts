// Child process of the bench: run the build step (runPipeline) of the project at argv[2]
// once, without its conversion cache (the figure is the conversion's own, not a cache's),
// and print how long it took, so that Node's start-up and module loading are not counted
// as conversion. Output: a line `BENCH_RESULT {"ms":…,"cpuMs":…,"seedBytes":…,"ok":…}`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
if (!root) {
  console.error('usage: node bench/convert-child.ts <project root>');
  process.exit(2);
}
const seeds = join(root, 'seeds');
const seedBytes = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .reduce((sum, name) => sum + statSync(join(seeds, name)).size, 0);

// the project's own copy of the pipeline, so the bench measures exactly what it builds
const { runPipeline } = (await import(pathToFileURL(join(root, 'src', 'pipeline', 'index.ts')).href)) as {
  runPipeline: (options: { root: string; cache?: boolean }) => Promise<{ ok: boolean }>;
};
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await runPipeline({ root, cache: false });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
// CPU time as well as wall time: on a machine others are loading, the conversion (one
// thread) waits for a core, and its CPU time is the better estimate of an idle run
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`BENCH_RESULT ${JSON.stringify({ ms, cpuMs, seedBytes, ok: result.ok })}`);
// exitCode, not exit(): stdout is a pipe, and process.exit() would drop what is still queued
process.exitCode = result.ok ? 0 : 1;
