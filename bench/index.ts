// `npm run bench`: the performance budget, measured and printed. A report, not a gate:
// it exits 0 when targets are not met, non-zero only when the bench itself could not measure.
//
//   npm run bench                  N = 10, 100, 1,000, 10,000; Lighthouse median of 3
//   npm run bench -- --quick       N = 10, 100; Lighthouse once (a few minutes)
//   options: --sizes=10,100   --only=weights,lighthouse,corpus,conversion,network
//            --dense=1000 (sizes of the date-dense corpus; default: the largest size ≤ 1,000; none)
//            --time-limit=<minutes per build>   --memory-limit=<GB for a build's processes together>
//            --port=<port for astro preview>   --keep (keep the throw-away projects)
//            --cpu-prof (profile the conversion child)
//
// Every build is the project's own `node scripts/build.ts`, in a throw-away copy of this
// repository, run as a child process measured from outside (wall and CPU time, each
// process's own peak memory), and every ratio compares figures measured in this same run.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureNetwork } from './figures.ts';
import { runLighthouse } from './lighthouse.ts';
import { profileReport } from './profile.ts';
import {
  growthDetails, growthTable, lighthouseTable, linearity, networkLines, routeLine, sec, weightTable, type BenchResults,
} from './report.ts';
import { conversionRun, corpusRun, networkSite, realSite, type BenchContext } from './runs.ts';
import { startPreview } from './server.ts';
import { TARGET_N, evaluateTargets, targetLines } from './targets.ts';
import { findPages, pageUrlPath, siteWeights } from './weight.ts';
import { removeProject } from '../scripts/lib/throwaway-project.ts';

const SECTIONS = ['weights', 'lighthouse', 'corpus', 'conversion', 'network'] as const;
type Section = (typeof SECTIONS)[number];

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    sizes: { type: 'string' },
    dense: { type: 'string' },
    only: { type: 'string' },
    'time-limit': { type: 'string' },
    'memory-limit': { type: 'string' },
    port: { type: 'string' },
  },
});
const numbers = (list: string, option: string): number[] =>
  list.split(',').map((item) => {
    const n = Number(item.trim());
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${option}: "${item}" is not a positive whole number`);
    return n;
  });
const quick = args.quick ?? false;
const sizes = numbers(args.sizes ?? (quick ? '10,100' : '10,100,1000,10000'), 'sizes');
const denseSizes = args.dense === 'none' ? [] : args.dense ? numbers(args.dense, 'dense') : [Math.max(0, ...sizes.filter((n) => n <= TARGET_N))].filter((n) => n > 0);
const only = new Set<Section>((args.only ? args.only.split(',') : SECTIONS) as Section[]);
for (const name of only) if (!SECTIONS.includes(name)) throw new Error(`--only: unknown section "${name}" (${SECTIONS.join(', ')})`);
const limits = {
  timeMs: Number(args['time-limit'] ?? 60) * 60_000,
  // half the machine by default: it is shared, and a build past that would choke it
  memoryBytes: args['memory-limit'] ? Number(args['memory-limit']) * 1024 ** 3 : Math.round(totalmem() / 2),
};
const port = args.port === undefined ? undefined : Number(args.port);
const repo = resolve(import.meta.dirname, '..');
const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
const profileDir = join(repo, 'bench-results', 'profiles');
const ctx: BenchContext = {
  repo,
  keep: args.keep ?? false,
  log,
  convertNodeFlags: args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  limits,
};

const results: BenchResults = {
  startedAt: new Date(started).toISOString(),
  mode: quick ? 'quick' : 'full',
  machine: { node: process.version, cpus: availableParallelism(), memoryBytes: totalmem(), loadAverage: loadavg() },
  limits,
  corpus: [],
  weights: {},
  lighthouse: {},
  errors: [],
};
try {
  results.commit = execSync('git rev-parse --short HEAD', { cwd: repo, encoding: 'utf8' }).trim();
} catch {
  // not a git checkout: the JSON goes without it
}
log(`limits per build: ${limits.timeMs / 60_000} min, ${(limits.memoryBytes / 1024 ** 3).toFixed(1)} GB for its processes together`);

/** Run one section; a failure is recorded and reported, and the other sections still run. */
async function section(name: string, work: () => Promise<void>): Promise<void> {
  log(`── ${name}`);
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results.errors.push({ section: name, message });
    console.error(`[bench] ${name} FAILED:\n${message}`);
  }
}

// 1. The real site: page weight of every page type, Lighthouse on six pages.
if (only.has('weights') || only.has('lighthouse')) {
  await section('real site', async () => {
    const real = await realSite(ctx);
    results.realBuild = real.build;
    log(`  built in ${sec(real.build.wallMs)} s`);
    try {
      if (only.has('weights')) results.weights = siteWeights(real.dist);
      if (only.has('lighthouse')) {
        const pages = findPages(real.dist);
        const preview = await startPreview(real.root, port);
        try {
          for (const name of ['home', 'article', 'network', 'timeline', 'story', 'glossary'] as const) {
            const file = pages[name];
            if (!file) {
              log(`  lighthouse: no ${name} page`);
              continue;
            }
            const result = await runLighthouse(`${preview.origin}${pageUrlPath(file)}`, quick ? 1 : 3);
            results.lighthouse[name] = result;
            log(`  lighthouse ${name}: ${Object.values(result.scores).join(' / ')}`);
          }
        } finally {
          await preview.stop();
        }
      }
    } finally {
      if (!ctx.keep) removeProject(real.root);
    }
  });
}

// 2. Corpora of N articles: cold build, bare floor, one more article; the date-dense corpus.
if (only.has('corpus')) {
  const runs = [...sizes.map((n) => [n, 'default'] as const), ...denseSizes.map((n) => [n, 'dense'] as const)];
  for (const [n, kind] of runs) {
    await section(`corpus N=${n}${kind === 'dense' ? ' (date-dense)' : ''}`, async () => {
      results.corpus.push(await corpusRun(ctx, n, kind));
    });
  }
}

// 3. Conversion throughput with 120 terms and 120 actors.
if (only.has('conversion')) {
  await section('conversion with 120 terms and 120 actors', async () => {
    results.conversion = await conversionRun(ctx, Math.min(TARGET_N, Math.max(...sizes)));
    log(`  ${results.conversion.conversionMBps.toFixed(2)} MB/s`);
    if (args['cpu-prof']) {
      const newest = readdirSync(profileDir)
        .filter((name) => name.endsWith('.cpuprofile'))
        .map((name) => join(profileDir, name))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
      if (newest) console.log(profileReport(newest, 30));
    }
  });
}

// 4. The network figure with 300 actors and 1,000 relations, in Chromium.
if (only.has('network')) {
  await section('network figure (300 actors, 1,000 relations)', async () => {
    const site = await networkSite(ctx, { n: 100, actors: 300, relations: 1000 });
    try {
      const preview = await startPreview(site.root, port);
      try {
        const figures = await measureNetwork(`${preview.origin}/reseau/`);
        results.network = { ...figures, actors: site.actors, relations: site.relations, buildMs: site.build.wallMs };
      } finally {
        await preview.stop();
      }
    } finally {
      if (!ctx.keep) removeProject(site.root);
    }
  });
}

// 5. The report: tables, targets, JSON.
results.machine.loadAverageAtEnd = loadavg();
results.targets = evaluateTargets(results);
const lines: string[] = [''];
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
lines.push(`npm run bench (${results.mode}) · ${results.startedAt} · commit ${results.commit ?? '?'} · node ${results.machine.node} · ${results.machine.cpus} CPUs · ${(results.machine.memoryBytes / 1024 ** 3).toFixed(0)} GB · load average ${load(results.machine.loadAverage)} at start, ${load(results.machine.loadAverageAtEnd)} at end`);
lines.push(`(wall times judge the targets; CPU times in brackets are steadier when other work shares the machine; every build limited to ${limits.timeMs / 60_000} min and ${(limits.memoryBytes / 1024 ** 3).toFixed(1)} GB)`);
if (results.corpus.length) {
  lines.push('', 'How cost grows (N = articles in seeds/: the real seeds + synthetic ones; cold = the project\'s whole build from nothing; bare = Astro 7 + MDX on the same texts, no annotations; one more = the build again after one more article; memory: the largest peak of any one process, and all processes together)');
  lines.push(growthTable(results.corpus));
  lines.push(...growthDetails(results.corpus));
  lines.push(...linearity(results.corpus).lines);
  const largest = results.corpus.filter((r) => r.cold?.ok).sort((a, b) => b.n - a.n)[0];
  // the site renders several pages at once (astro.config.mjs, build.concurrency): each page's
  // time in Astro's log runs from its start to its end, over the others', and they do not add up
  if (largest?.cold) lines.push(`page generation at N=${largest.n} (Astro's log; the site renders several pages at once, so each page's time overlaps the others' and they do not add up to the step's), site: ${routeLine(largest.cold.routes)}`);
  if (largest?.bare?.ok) lines.push(`page generation at N=${largest.n}, bare: ${routeLine(largest.bare.routes)}`);
}
if (results.conversion) {
  const c = results.conversion;
  lines.push('', `Conversion with ${c.terms} terms and ${c.actors} actors: ${c.n} articles, ${(c.seedBytes / 1e6).toFixed(2)} MB in ${sec(c.conversionMs)} s = ${c.conversionMBps.toFixed(2)} MB/s (CPU ${sec(c.conversionCpuMs)} s = ${c.conversionMBpsCpu.toFixed(2)} MB/s), peak ${(c.peakBytes / 1024 ** 2).toFixed(0)} MB`);
}
if (Object.keys(results.weights).length) {
  lines.push('', 'Page weight of the real site (KB; gzip level 6, file by file; fonts, images and the lazily loaded pagefind aside; total = HTML + CSS + JS + lazy JS; actor = the heaviest actor page)');
  lines.push(weightTable(results.weights));
}
for (const run of results.corpus.filter((r) => r.n === Math.max(...results.corpus.filter((x) => x.weights).map((x) => x.n)) && r.weights)) {
  lines.push('', `Page weight in the site of N=${run.n} articles, ${run.corpus === 'dense' ? 'date-dense' : 'default'} corpus`);
  lines.push(weightTable(run.weights!));
}
if (Object.keys(results.lighthouse).length) {
  lines.push('', `Lighthouse (mobile preset, ${quick ? '1 run' : 'median of 3'}; runs = performance per run)`);
  lines.push(lighthouseTable(results.lighthouse));
  for (const [page, r] of Object.entries(results.lighthouse)) {
    for (const f of r.failing) lines.push(`  ${page} loses points on ${f.id} (${f.category}, score ${f.score})${f.details.length ? `: ${f.details.join(' | ')}` : ''}`);
  }
}
if (results.network) lines.push('', ...networkLines(results.network));
lines.push('', 'Targets');
lines.push(targetLines(results.targets));
if (results.errors.length) {
  lines.push('', `The bench could not measure everything: ${results.errors.map((e) => e.section).join(', ')} failed (see above).`);
}
console.log(lines.join('\n'));

const outDir = join(repo, 'bench-results');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: ${outFile}`);
process.exit(results.errors.length ? 1 : 0);
