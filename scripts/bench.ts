// `npm run bench`: the performance budget, measured and printed. A report, not a gate:
// it exits 0 when targets are not met, non-zero only when the bench itself cannot measure.
//
//   npm run bench                  N = 10, 100, 1,000; Lighthouse median of 3
//   npm run bench -- --quick       N = 10, 100; Lighthouse once (a few minutes)
//   options: --sizes=10,100   --only=weights,lighthouse,corpus,conversion,network
//            --keep (keep the throw-away projects)   --cpu-prof (profile the conversion child)
//
// Every build runs in a throw-away copy of this repository (scripts/bench/project.ts), as a
// child process measured from outside (wall time, peak RSS of its process tree), and every
// ratio compares figures measured in this same run: never absolute times across machines.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureNetwork } from './bench/figures.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { profileReport } from './bench/profile.ts';
import { removeProject } from './bench/project.ts';
import {
  corpusTable, evaluateTargets, lighthouseTable, linearity, routeLine, targetLines, weightTable, type BenchResults,
} from './bench/report.ts';
import { conversionRun, corpusRun, networkSite, realSite, type BenchContext } from './bench/runs.ts';
import { startPreview } from './bench/server.ts';
import { PAGE_TYPES, findPages, pageUrlPath, pageWeight } from './bench/weight.ts';

const SECTIONS = ['weights', 'lighthouse', 'corpus', 'conversion', 'network'] as const;
type Section = (typeof SECTIONS)[number];

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    sizes: { type: 'string' },
    only: { type: 'string' },
  },
});
const quick = args.quick ?? false;
const sizes = (args.sizes ?? (quick ? '10,100' : '10,100,1000')).split(',').map(Number);
const only = new Set<Section>((args.only ? args.only.split(',') : SECTIONS) as Section[]);
const repo = resolve(import.meta.dirname, '..');
const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const profileDir = join(repo, 'bench-results', 'profiles');
const ctx: BenchContext = {
  repo,
  keep: args.keep ?? false,
  log,
  convertNodeFlags: args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
};

const results: BenchResults = {
  startedAt: new Date(started).toISOString(),
  mode: quick ? 'quick' : 'full',
  machine: { node: process.version, cpus: availableParallelism(), memoryBytes: totalmem(), loadAverage: loadavg() },
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

/** With --cpu-prof: where the conversion spent its time (the newest profile written). */
function printNewestProfile(): void {
  const newest = readdirSync(profileDir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(profileDir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (newest) console.log(profileReport(newest, 30));
}

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

// 1. The real site, built by its own `npm run build` script in a throw-away copy.
let real: Awaited<ReturnType<typeof realSite>> | undefined;
if (only.has('weights') || only.has('lighthouse')) {
  await section('real site build', async () => {
    real = await realSite(ctx);
    log(`  built in ${(real.build.wallMs / 1000).toFixed(1)} s`);
  });
}

// 2. Page weight of every page type in its dist/.
if (real && only.has('weights')) {
  await section('page weight', async () => {
    const pages = findPages(real!.dist);
    for (const type of PAGE_TYPES) {
      const file = pages[type];
      if (file) results.weights[type] = pageWeight(real!.dist, file);
      else log(`  no ${type} page in dist/`);
    }
  });
}

// 3. Lighthouse on six pages against `astro preview` of that dist/.
if (real && only.has('lighthouse')) {
  await section('lighthouse', async () => {
    const pages = findPages(real!.dist);
    const preview = await startPreview(real!.root);
    try {
      const targets: [string, string | undefined][] = [
        ['home', pages.home], ['article', pages.article], ['network', pages.network],
        ['timeline', pages.timeline], ['story', pages.story], ['glossary', pages.glossary],
      ];
      for (const [name, file] of targets) {
        if (!file) {
          log(`  lighthouse: no ${name} page`);
          continue;
        }
        const url = `${preview.origin}${pageUrlPath(file)}`;
        const result = await runLighthouse(url, quick ? 1 : 3);
        results.lighthouse[name] = result;
        log(`  ${name}: ${Object.values(result.scores).join(' / ')}`);
      }
    } finally {
      await preview.stop();
    }
  });
}
if (real && !ctx.keep) removeProject(real.root);

// 4. Corpora of N articles: the site's build steps against the bare Astro MDX floor.
if (only.has('corpus')) {
  for (const n of sizes) {
    await section(`corpus N=${n}`, async () => {
      const { weights, ...run } = await corpusRun(ctx, n);
      results.corpus.push(run);
      if (n === Math.max(...sizes)) results.corpusWeights = { n, weights };
    });
  }
}

// 5. Conversion throughput with 100+ terms and 100+ actors.
if (only.has('conversion')) {
  await section('conversion with 100+ terms and actors', async () => {
    const run = await conversionRun(ctx, Math.max(...sizes));
    const { root: _root, ...conversion } = run;
    results.conversion = conversion;
    log(`  ${conversion.conversionMBps.toFixed(2)} MB/s`);
    if (args['cpu-prof']) printNewestProfile();
  });
}

// 6. The network figure with 300 actors and 1,000 relations, in Chromium.
if (only.has('network')) {
  await section('network figure (300 actors, 1,000 relations)', async () => {
    const site = await networkSite(ctx, { n: 100, actors: 300, relations: 1000 });
    const preview = await startPreview(site.root);
    try {
      const figures = await measureNetwork(`${preview.origin}/reseau/`);
      results.network = { ...figures, actors: site.actors, relations: site.relations, buildMs: site.buildMs };
    } finally {
      await preview.stop();
      if (!ctx.keep) removeProject(site.root);
    }
  });
}

// 7. The report: tables, targets, JSON.
results.machine.loadAverageAtEnd = loadavg();
results.targets = evaluateTargets(results);
const lines: string[] = [''];
lines.push(`npm run bench (${results.mode}) · ${results.startedAt} · commit ${results.commit ?? '?'} · node ${results.machine.node} · ${results.machine.cpus} CPUs · load average ${results.machine.loadAverage.map((l) => l.toFixed(1)).join(' ')} at start, ${results.machine.loadAverageAtEnd.map((l) => l.toFixed(1)).join(' ')} at end`);
lines.push('(wall times judge the targets; CPU times in brackets are steadier when other work shares the machine)');
if (results.corpus.length) {
  lines.push('', 'Build (N = articles in seeds/: the 5 real seeds + N−5 synthetic; build = conversion + astro build; bare = Astro 7 + MDX, same texts, no annotations)');
  lines.push(corpusTable(results.corpus));
  lines.push(...linearity(results.corpus).lines);
  const largestRun = [...results.corpus].sort((a, b) => b.n - a.n)[0];
  if (largestRun?.routes) lines.push(`page generation at N=${largestRun.n} (Astro's log), site: ${routeLine(largestRun.routes)}`);
  if (largestRun?.bareRoutes) lines.push(`page generation at N=${largestRun.n}, bare: ${routeLine(largestRun.bareRoutes)}`);
}
if (results.conversion) {
  const c = results.conversion;
  lines.push('', `Conversion with ${c.terms} terms and ${c.actors} actors: ${c.n} articles, ${(c.seedBytes / 1e6).toFixed(2)} MB in ${(c.conversionMs / 1000).toFixed(2)} s = ${c.conversionMBps.toFixed(2)} MB/s (CPU ${(c.conversionCpuMs / 1000).toFixed(2)} s = ${c.conversionMBpsCpu.toFixed(2)} MB/s), peak ${(c.peakRssBytes / 1024 / 1024).toFixed(0)} MB`);
}
if (Object.keys(results.weights).length) {
  lines.push('', 'Page weight (KB; gzip level 6, file by file; fonts, images and the lazily loaded pagefind aside; total = HTML + CSS + JS + lazy JS)');
  lines.push(weightTable(results.weights));
}
if (results.corpusWeights && Object.keys(results.corpusWeights.weights).length) {
  lines.push('', `Page weight in the site of N=${results.corpusWeights.n} articles (pages that list articles, uses and mentions grow with N)`);
  lines.push(weightTable(results.corpusWeights.weights));
}
if (Object.keys(results.lighthouse).length) {
  lines.push('', `Lighthouse (mobile preset, ${quick ? '1 run' : 'median of 3'}; runs = performance per run)`);
  lines.push(lighthouseTable(results.lighthouse));
  for (const [page, r] of Object.entries(results.lighthouse)) {
    for (const f of r.failing) {
      lines.push(`  ${page} loses points on ${f.id} (${f.category}, score ${f.score})${f.details.length ? `: ${f.details.join(' | ')}` : ''}`);
    }
  }
}
if (results.network) {
  const n = results.network;
  lines.push('', `Network figure: ${n.actors} actors, ${n.relations} relations; ${n.nodes} nodes and ${n.edges} edges in the SVG`);
  lines.push(`  first render with JavaScript: ${n.readyMark ? `${n.readyMs?.toFixed(0)} ms (mark "${n.readyMark}")` : 'no ready mark set by the page'}; first contentful paint ${n.firstContentfulPaintMs?.toFixed(0) ?? '–'} ms`);
  for (const [kind, byRate] of [['hover', n.hover], ['focus', n.focus]] as const) {
    for (const [rate, h] of Object.entries(byRate)) {
      const cpu = h.median.cpuMs !== undefined ? `; main-thread CPU median ${h.median.cpuMs.toFixed(1)} ms, p90 ${h.p90.cpuMs?.toFixed(1)} ms` : '';
      lines.push(`  ${kind} highlight at ${rate}× CPU throttling (${h.samples} samples): frame cost median ${h.median.costMs.toFixed(1)} ms, p90 ${h.p90.costMs.toFixed(1)} ms, worst ${h.max.costMs.toFixed(1)} ms; until painted median ${h.median.latencyMs.toFixed(1)} ms${cpu}`);
      if (h.breakdown) lines.push(`    where the main thread went (ms per highlight): ${Object.entries(h.breakdown).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    }
  }
  const measures = Object.entries(n.measures).map(([k, v]) => `${k} ×${v.length} median ${[...v].sort((a, b) => a - b)[v.length >> 1]?.toFixed(1)} ms`).join(', ');
  if (measures) lines.push(`  the page's own measures: ${measures}`);
  const marks = Object.entries(n.marks).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  if (marks) lines.push(`  marks: ${marks}`);
}
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
