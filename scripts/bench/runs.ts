// The bench's measured builds, each in a throw-away project:
// - realSite: the repository as it is, built as `npm run build` builds it (for page weight, Lighthouse);
// - corpusRun: N articles (the 5 real seeds + N−5 synthetic), the site's steps one by one,
//   then the bare Astro MDX floor on the same texts;
// - conversionRun: the build step alone with 100+ terms and 100+ actors;
// - networkSite: 300 actors and 1,000 relations, for the network figure in the browser.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeBareArticles } from './bare.ts';
import { generateCorpus, sourcesFor, writeCorpus, corpusFileNames } from './corpus.ts';
import {
  corpusKnowledgeOf, readKnowledge, scaleKnowledge, syntheticNetwork, writeKnowledge, type KnowledgeFiles,
} from './knowledge.ts';
import { routeTimes, runMeasured, resultLine, type Measured } from './measure.ts';
import { copySiteProject, createBareProject, makeTempDir, removeProject } from './project.ts';
import type { ConversionRun, CorpusRun } from './report.ts';
import { PAGE_TYPES, findPages, pageWeight, type PageType, type PageWeight } from './weight.ts';

/** The synthetic corpus's seed: fixed, so every run of the bench measures the same texts. */
export const CORPUS_SEED = 20_131_025;

export interface BenchContext {
  repo: string;
  /** throw-away projects are removed after use unless kept (--keep) */
  keep: boolean;
  log: (line: string) => void;
  /** extra node flags for the conversion child (e.g. --cpu-prof) */
  convertNodeFlags: string[];
}

const astroBin = (root: string) => join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const pagefindBin = (root: string) => join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const env = (root: string): NodeJS.ProcessEnv => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
});

function check(step: string, root: string, run: Measured): Measured {
  if (run.status !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`${step} failed (exit ${run.status}) in ${root}; log in ${root}/bench-${step}.log\n${tail}`);
  }
  return run;
}

function countFiles(dir: string, suffix: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith(suffix)) count++;
  return count;
}

export function realSeedCount(repo: string): number {
  return readdirSync(join(repo, 'seeds')).filter((name) => name.endsWith('.txt')).length;
}

function copyRealSeeds(repo: string, root: string): number {
  const seeds = join(repo, 'seeds');
  let count = 0;
  for (const name of readdirSync(seeds)) {
    if (!name.endsWith('.txt')) continue;
    copyFileSync(join(seeds, name), join(root, 'seeds', name));
    count++;
  }
  return count;
}

async function convert(ctx: BenchContext, root: string): Promise<{ run: Measured; ms: number; cpuMs: number; seedBytes: number }> {
  const child = resolve(import.meta.dirname, 'convert-child.ts');
  const run = check('convert', root, await runMeasured(process.execPath, [...ctx.convertNodeFlags, child, root], {
    cwd: root, env: env(root), logFile: join(root, 'bench-convert.log'),
  }));
  const result = resultLine<{ ms: number; cpuMs: number; seedBytes: number; ok: boolean }>(run.stdout, 'BENCH_RESULT ');
  if (!result) throw new Error(`convert: no BENCH_RESULT line in ${root}/bench-convert.log`);
  return { run, ms: result.ms, cpuMs: result.cpuMs, seedBytes: result.seedBytes };
}

async function astroBuild(root: string, step = 'astro'): Promise<Measured> {
  return check(step, root, await runMeasured(process.execPath, [astroBin(root), 'build'], {
    cwd: root, env: env(root), logFile: join(root, `bench-${step}.log`),
  }));
}

/** The repository's own site, built by its own scripts/build.ts (what `npm run build` runs). */
export async function realSite(ctx: BenchContext): Promise<{ root: string; dist: string; build: Measured }> {
  const root = makeTempDir('real');
  copySiteProject(ctx.repo, root);
  copyRealSeeds(ctx.repo, root);
  ctx.log(`  real site in ${root}`);
  const build = check('build', root, await runMeasured(process.execPath, [join(root, 'scripts', 'build.ts')], {
    cwd: root, env: env(root), logFile: join(root, 'bench-build.log'),
  }));
  return { root, dist: join(root, 'dist'), build };
}

/** A site project with the real seeds + `n − 5` synthetic articles and the given knowledge. */
function corpusProject(ctx: BenchContext, label: string, n: number, knowledge: KnowledgeFiles, inject?: Map<number, string[]>): string {
  const root = makeTempDir(label);
  copySiteProject(ctx.repo, root);
  const real = copyRealSeeds(ctx.repo, root);
  const synthetic = generateCorpus({
    count: Math.max(0, n - real),
    seed: CORPUS_SEED,
    knowledge: corpusKnowledgeOf(knowledge),
    ...(inject ? { inject } : {}),
  });
  writeCorpus(join(root, 'seeds'), synthetic);
  // the 002-like layout has no date in its text: its date comes from content/sources.yaml, as for 002
  // (the undated layout has none either, and none there: the build estimates it and warns)
  writeKnowledge(root, { ...knowledge, sources: [...knowledge.sources, ...sourcesFor(synthetic)] });
  return root;
}

/** Add to the corpus project of `n` articles (corpusProject) the next synthetic article, the one a
 *  corpus of n + 1 would have, with its content/sources.yaml entry when it needs one. */
function addOneArticle(ctx: BenchContext, root: string, n: number, knowledge: KnowledgeFiles): void {
  const count = Math.max(0, n - realSeedCount(ctx.repo));
  const options = { seed: CORPUS_SEED, knowledge: corpusKnowledgeOf(knowledge) };
  const before = generateCorpus({ ...options, count });
  const after = generateCorpus({ ...options, count: count + 1 });
  // the bench must measure one added article, not a changed corpus
  if (after.slice(0, count).some((a, i) => a.file !== before[i]!.file || a.text !== before[i]!.text))
    throw new Error('bench: the corpus of n + 1 articles does not start with the corpus of n');
  writeCorpus(join(root, 'seeds'), after.slice(count));
  writeKnowledge(root, { ...knowledge, sources: [...knowledge.sources, ...sourcesFor(after)] });
}

export async function corpusRun(ctx: BenchContext, n: number): Promise<CorpusRun & { weights: Partial<Record<PageType, PageWeight>> }> {
  const knowledge = readKnowledge(ctx.repo);
  const root = corpusProject(ctx, `site-${n}`, n, knowledge);
  ctx.log(`  N=${n}: site project ${root}`);
  const conversion = await convert(ctx, root);
  ctx.log(`  N=${n}: conversion ${(conversion.ms / 1000).toFixed(1)} s`);
  const astro = await astroBuild(root);
  ctx.log(`  N=${n}: astro build ${(astro.wallMs / 1000).toFixed(1)} s`);
  const pagefind = check('pagefind', root, await runMeasured(process.execPath, [pagefindBin(root), '--site', 'dist', '--silent'], {
    cwd: root, env: env(root), logFile: join(root, 'bench-pagefind.log'),
  }));

  const bare = makeTempDir(`bare-${n}`);
  createBareProject(ctx.repo, bare);
  const articles = writeBareArticles(join(root, 'content', 'generated', 'articles'), join(bare, 'content', 'articles'));
  const bareBuild = await astroBuild(bare, 'bare');
  ctx.log(`  N=${n}: bare build ${(bareBuild.wallMs / 1000).toFixed(1)} s (${bare})`);

  // pages whose size grows with the corpus (home, glossary, term pages list articles and uses)
  const dist = join(root, 'dist');
  const pages = findPages(dist);
  const weights: Partial<Record<PageType, PageWeight>> = {};
  for (const type of PAGE_TYPES) {
    const file = pages[type];
    if (file) weights[type] = pageWeight(dist, file);
  }

  // The editor's loop: one more article dropped into the built site, and the site built again
  // (its caches, such as the link cards', as the first build left them).
  addOneArticle(ctx, root, n, knowledge);
  const again = await convert(ctx, root);
  const againAstro = await astroBuild(root);
  const oneMoreMs = again.ms + againAstro.wallMs;
  ctx.log(`  N=${n}: one more article, built again in ${(oneMoreMs / 1000).toFixed(1)} s`);

  const buildMs = conversion.ms + astro.wallMs;
  const run: CorpusRun & { weights: Partial<Record<PageType, PageWeight>> } = {
    weights,
    routes: routeTimes(astro.stdout),
    bareRoutes: routeTimes(bareBuild.stdout),
    n,
    articles,
    seedBytes: conversion.seedBytes,
    conversionMs: conversion.ms,
    conversionCpuMs: conversion.cpuMs,
    conversionMBps: conversion.seedBytes / 1e6 / (conversion.ms / 1000),
    astroMs: astro.wallMs,
    astroCpuMs: astro.cpuMs,
    pagefindMs: pagefind.wallMs,
    buildMs,
    msPerArticle: buildMs / n,
    peakRssBytes: Math.max(conversion.run.peakRssBytes, astro.peakRssBytes, pagefind.peakRssBytes),
    pages: countFiles(join(root, 'dist'), '.html'),
    bareMs: bareBuild.wallMs,
    bareCpuMs: bareBuild.cpuMs,
    barePeakRssBytes: bareBuild.peakRssBytes,
    barePages: countFiles(join(bare, 'dist'), '.html'),
    ratioAstro: astro.wallMs / bareBuild.wallMs,
    ratioBuild: buildMs / bareBuild.wallMs,
    ratioBuildCpu: (conversion.cpuMs + astro.cpuMs) / bareBuild.cpuMs,
    oneMoreMs,
    ratioOneMore: oneMoreMs / bareBuild.wallMs,
  };
  if (!ctx.keep) {
    removeProject(root);
    removeProject(bare);
  }
  return run;
}

/** The build step alone on `n` articles with the knowledge scaled to `terms` terms and `actors` actors. */
export async function conversionRun(ctx: BenchContext, n: number, terms = 120, actors = 120): Promise<ConversionRun & { root: string }> {
  const knowledge = scaleKnowledge(readKnowledge(ctx.repo), { terms, actors, seed: CORPUS_SEED });
  const root = corpusProject(ctx, `conversion-${n}`, n, knowledge);
  ctx.log(`  conversion with ${knowledge.glossary.length} terms, ${knowledge.actors.length} actors: ${root}`);
  const conversion = await convert(ctx, root);
  if (!ctx.keep) removeProject(root);
  return {
    root,
    terms: knowledge.glossary.length,
    actors: knowledge.actors.length,
    n,
    seedBytes: conversion.seedBytes,
    conversionMs: conversion.ms,
    conversionCpuMs: conversion.cpuMs,
    conversionMBps: conversion.seedBytes / 1e6 / (conversion.ms / 1000),
    conversionMBpsCpu: conversion.seedBytes / 1e6 / (conversion.cpuMs / 1000),
    peakRssBytes: conversion.run.peakRssBytes,
  };
}

/** A site with `actors` actors and `relations` relations whose evidence is in `n` articles. */
export async function networkSite(
  ctx: BenchContext,
  options: { n: number; actors: number; relations: number },
): Promise<{ root: string; actors: number; relations: number; buildMs: number }> {
  const knowledge = readKnowledge(ctx.repo);
  const syntheticCount = Math.max(1, options.n - realSeedCount(ctx.repo));
  const files = corpusFileNames(syntheticCount, CORPUS_SEED);
  const network = syntheticNetwork(knowledge, {
    actorCount: options.actors,
    relationCount: options.relations,
    seed: CORPUS_SEED,
    articleFiles: files,
  });
  const scaled: KnowledgeFiles = {
    ...knowledge,
    actors: [...knowledge.actors, ...(network.actors as unknown as Record<string, unknown>[])],
    relations: [...knowledge.relations, ...(network.relations as unknown as Record<string, unknown>[])],
  };
  const root = corpusProject(ctx, 'network', options.n, scaled, network.inject);
  ctx.log(`  network site (${scaled.actors.length} actors, ${scaled.relations.length} relations): ${root}`);
  const conversion = await convert(ctx, root);
  const astro = await astroBuild(root);
  return { root, actors: scaled.actors.length, relations: scaled.relations.length, buildMs: conversion.ms + astro.wallMs };
}
