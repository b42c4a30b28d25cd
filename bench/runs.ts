// The bench's measured builds, each in a throw-away copy of the project, each built by the
// project's own `node scripts/build.ts` (so that any step the build gains is measured) with
// BUILD_TIMINGS_FILE (the time of each step it reports) and VERBOSE=1 (Astro's per-page log):
// - realSite: the repository as it is (page weight, Lighthouse);
// - corpusRun: N articles (the real seeds + synthetic ones): cold build, the bare Astro MDX
//   floor on the same texts, then one more article and the build again;
// - conversionRun: the build step alone, in a child of its own, with 120 terms and 120 actors;
// - networkSite: 300 actors and 1,000 relations, for the network figure in the browser.
// A build that fails or is stopped by a limit is reported with what stopped it; it does not
// stop the bench.
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBareProject, writeBareArticles } from './bare.ts';
import { corpusFileNames, generateCorpus, sourcesFor, writeCorpus, type CorpusOptions } from './corpus.ts';
import {
  corpusKnowledgeOf, readKnowledge, scaleKnowledge, syntheticNetwork, writeKnowledge, type KnowledgeFiles,
} from './knowledge.ts';
import { failureReason, largestPeakBytes, resultLine, routeTimes, runMeasured, type Limits, type Measured, type ProcessPeak } from './measure.ts';
import { siteWeights, type PageWeights } from './weight.ts';
import { copySiteProject, makeTempDir, removeProject } from '../scripts/lib/throwaway-project.ts';
import { differingFiles, fileHashes } from '../scripts/lib/built-site.ts';

/** The synthetic corpus's seed: fixed, so every run of the bench measures the same texts. */
export const CORPUS_SEED = 20_131_025;
/** The date-dense corpus: this many dated mentions per article. */
export const DENSE_DATES: readonly [number, number] = [20, 40];

export type CorpusKind = 'default' | 'dense';

export interface BenchContext {
  repo: string;
  /** throw-away projects are removed after use unless kept (--keep) */
  keep: boolean;
  log: (line: string) => void;
  /** extra node flags for the conversion child (e.g. --cpu-prof) */
  convertNodeFlags: string[];
  /** every build runs under these limits */
  limits: Required<Limits>;
}

/** One build, measured: the whole of it and the steps it reports. */
export interface BuildFigures {
  ok: boolean;
  /** what stopped it, when it did not complete */
  failure?: string;
  wallMs: number;
  cpuMs: number;
  /** the steps the build reported (BUILD_TIMINGS_FILE), in order */
  steps: { name: string; ms: number }[];
  /** the largest peak of any one process (VmHWM sampled, or GNU time's figure when larger) */
  peakBytes: number;
  /** the process of that peak, as sampled */
  largest?: ProcessPeak;
  /** the largest processes, for the report */
  processes: ProcessPeak[];
  /** peak of the summed RSS of the process tree (information) */
  treePeakBytes: number;
  /** page generation time by kind of route, from Astro's log */
  routes: Record<string, { ms: number; pages: number }>;
}

const env = (root: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
  ...extra,
});

function figures(run: Measured, steps: BuildFigures['steps']): BuildFigures {
  const ok = run.status === 0 && run.stopped === undefined;
  return {
    ok,
    ...(ok ? {} : { failure: failureReason(run) }),
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    steps,
    peakBytes: largestPeakBytes(run),
    ...(run.largest ? { largest: run.largest } : {}),
    processes: run.processes.slice(0, 5),
    treePeakBytes: run.treePeakBytes,
    routes: routeTimes(run.stdout),
  };
}

/** `node scripts/build.ts` in the project at `root`, as `npm run build` runs it. */
export async function buildSite(ctx: BenchContext, root: string, label: string): Promise<BuildFigures> {
  const timings = join(root, `bench-${label}-timings.json`);
  rmSync(timings, { force: true });
  const run = await runMeasured(process.execPath, [join(root, 'scripts', 'build.ts')], {
    cwd: root,
    env: env(root, { VERBOSE: '1', BUILD_TIMINGS_FILE: timings }),
    logFile: join(root, `bench-${label}.log`),
    limits: ctx.limits,
  });
  const steps = existsSync(timings) ? (JSON.parse(readFileSync(timings, 'utf8')) as { steps: BuildFigures['steps'] }).steps : [];
  return figures(run, steps);
}

/** The bare floor: `astro build` of the minimal Astro + MDX project at `root`. */
async function buildBare(ctx: BenchContext, root: string): Promise<BuildFigures> {
  const run = await runMeasured(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: root, env: env(root), logFile: join(root, 'bench-bare.log'), limits: ctx.limits,
  });
  return figures(run, []);
}

function must(what: string, root: string, build: BuildFigures): BuildFigures {
  if (!build.ok) throw new Error(`${what} did not complete (${build.failure}); its log is in ${root}`);
  return build;
}

function countFiles(dir: string, suffix: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith(suffix)) count++;
  return count;
}

function copyRealSeeds(repo: string, root: string): number {
  const seeds = readdirSync(join(repo, 'seeds')).filter((name) => name.endsWith('.txt'));
  for (const name of seeds) copyFileSync(join(repo, 'seeds', name), join(root, 'seeds', name));
  return seeds.length;
}

const realSeedCount = (repo: string): number => readdirSync(join(repo, 'seeds')).filter((name) => name.endsWith('.txt')).length;

/** The repository's own site. */
export async function realSite(ctx: BenchContext): Promise<{ root: string; dist: string; build: BuildFigures }> {
  const root = makeTempDir('bench-real');
  copySiteProject(ctx.repo, root);
  copyRealSeeds(ctx.repo, root);
  ctx.log(`  real site in ${root}`);
  const build = must('the build of the real site', root, await buildSite(ctx, root, 'build'));
  return { root, dist: join(root, 'dist'), build };
}

type SyntheticOptions = Pick<CorpusOptions, 'datedMentions' | 'inject'>;

/** A site project with the real seeds + `n − real` synthetic articles and the given knowledge. */
function corpusProject(ctx: BenchContext, label: string, n: number, knowledge: KnowledgeFiles, options: SyntheticOptions = {}): { root: string; seedBytes: number } {
  const root = makeTempDir(`bench-${label}`);
  copySiteProject(ctx.repo, root);
  const real = copyRealSeeds(ctx.repo, root);
  const synthetic = generateCorpus({ count: Math.max(0, n - real), seed: CORPUS_SEED, knowledge: corpusKnowledgeOf(knowledge), ...options });
  writeCorpus(join(root, 'seeds'), synthetic);
  // the layout without a date in its text takes it from content/sources.yaml, as seed 002 does
  writeKnowledge(root, { ...knowledge, sources: [...knowledge.sources, ...sourcesFor(synthetic)] });
  const seeds = join(root, 'seeds');
  const seedBytes = readdirSync(seeds).reduce((sum, name) => sum + readFileSync(join(seeds, name)).length, 0);
  return { root, seedBytes };
}

/** Add to the corpus project of `n` articles the next synthetic article, the one a corpus of
 *  n + 1 would have, with its content/sources.yaml entry when it needs one. */
function addOneArticle(ctx: BenchContext, root: string, n: number, knowledge: KnowledgeFiles, options: SyntheticOptions): void {
  const count = Math.max(0, n - realSeedCount(ctx.repo));
  const generate = (c: number) => generateCorpus({ count: c, seed: CORPUS_SEED, knowledge: corpusKnowledgeOf(knowledge), ...options });
  const before = generate(count);
  const after = generate(count + 1);
  // the bench must measure one added article, not a changed corpus
  if (after.slice(0, count).some((a, i) => a.file !== before[i]!.file || a.text !== before[i]!.text))
    throw new Error('bench: the corpus of n + 1 articles does not start with the corpus of n');
  writeCorpus(join(root, 'seeds'), after.slice(count));
  writeKnowledge(root, { ...knowledge, sources: [...knowledge.sources, ...sourcesFor(after)] });
}

/** The kept pages are checked against a full build up to this size (one more build; at 10,000 articles it would take minutes). */
export const KEPT_CHECK_UP_TO = 1_000;

/** What the build after one more article kept, and whether its site is the one a build from nothing makes. */
export interface KeptPagesCheck {
  /** pages the build kept from the last one, as it printed */
  kept: number;
  /** the site was compared with a build from nothing (up to KEPT_CHECK_UP_TO articles) */
  checked: boolean;
  /** the site is byte for byte the site built with PAGE_CACHE=off */
  identical: boolean;
  /** the files that differ (or are in one site only), the first few */
  differing: string[];
  /** the full build did not complete: why */
  failure?: string;
}

/**
 * The pages kept between builds (src/knowledge/page-keys.ts) at the corpus's scale, where the
 * dates of a year fill several pages and one article added moves other articles' dates: the
 * site after one more article is compared, file by file, with the same sources built from
 * nothing into another folder.
 */
async function keptPagesCheck(ctx: BenchContext, root: string): Promise<KeptPagesCheck> {
  const kept = keptCount(root);
  const fullDir = 'dist-from-nothing';
  const run = await runMeasured(process.execPath, [join(root, 'scripts', 'build.ts')], {
    cwd: root, env: env(root, { PAGE_CACHE: 'off', OUT_DIR: fullDir }), logFile: join(root, 'bench-from-nothing.log'), limits: ctx.limits,
  });
  if (run.status !== 0 || run.stopped !== undefined) return { kept, checked: false, identical: false, differing: [], failure: failureReason(run) };
  const differing = differingFiles(fileHashes(join(root, 'dist')), fileHashes(join(root, fullDir)));
  rmSync(join(root, fullDir), { recursive: true, force: true });
  return { kept, checked: true, identical: differing.length === 0, differing: differing.slice(0, 5) };
}

/** The pages the build after one more article kept, as it printed. */
function keptCount(root: string): number {
  const log = readFileSync(join(root, 'bench-one-more.log'), 'utf8');
  return Number(/\((\d+) unchanged since the last build, kept/.exec(log)?.[1] ?? 0);
}

/** One corpus size: what was measured, and what stopped the rest when something did. */
export interface CorpusRun {
  n: number;
  corpus: CorpusKind;
  seedBytes: number;
  /** the cold build of the site */
  cold?: BuildFigures;
  /** HTML pages in its dist/ */
  pages?: number;
  weights?: PageWeights;
  /** the bare Astro MDX build of the same texts (default corpus only) */
  bare?: BuildFigures & { pages: number };
  /** the build again after one more article (default corpus only) */
  oneMore?: BuildFigures;
  /** its kept pages checked against a build from nothing (up to KEPT_CHECK_UP_TO articles) */
  keptPages?: KeptPagesCheck;
  /** what stopped this size short, when something did */
  failure?: string;
}

/**
 * N articles: the cold build of the site; for the default corpus, the bare floor on the
 * same texts and the editor's loop (one more article dropped into the built site, the site
 * built again with its caches as the first build left them). Stops at the first build that
 * does not complete, saying which and why.
 */
export async function corpusRun(ctx: BenchContext, n: number, kind: CorpusKind): Promise<CorpusRun> {
  const knowledge = readKnowledge(ctx.repo);
  const options: SyntheticOptions = kind === 'dense' ? { datedMentions: DENSE_DATES } : {};
  const { root, seedBytes } = corpusProject(ctx, `${kind}-${n}`, n, knowledge, options);
  const run: CorpusRun = { n, corpus: kind, seedBytes };
  const tag = `N=${n}${kind === 'dense' ? ' date-dense' : ''}`;
  ctx.log(`  ${tag}: ${(seedBytes / 1e6).toFixed(1)} MB of seeds in ${root}`);
  const bareRoot = makeTempDir(`bench-bare-${n}`);
  try {
    run.cold = await buildSite(ctx, root, 'cold');
    ctx.log(`  ${tag}: cold build ${(run.cold.wallMs / 1000).toFixed(1)} s${run.cold.ok ? '' : ` — did not complete: ${run.cold.failure}`}`);
    if (!run.cold.ok) {
      run.failure = `the cold build of the site did not complete: ${run.cold.failure} (log: ${root}/bench-cold.log)`;
      return run;
    }
    const dist = join(root, 'dist');
    run.pages = countFiles(dist, '.html');
    run.weights = siteWeights(dist);
    if (kind === 'dense') return run;

    createBareProject(ctx.repo, bareRoot);
    const articles = writeBareArticles(join(root, 'content', 'generated', 'articles'), join(bareRoot, 'content', 'articles'));
    const bare = await buildBare(ctx, bareRoot);
    run.bare = { ...bare, pages: countFiles(join(bareRoot, 'dist'), '.html') };
    ctx.log(`  ${tag}: bare build of ${articles} articles ${(bare.wallMs / 1000).toFixed(1)} s${bare.ok ? '' : ` — did not complete: ${bare.failure}`}`);
    if (!bare.ok) run.failure = `the bare build did not complete: ${bare.failure} (log: ${bareRoot}/bench-bare.log)`;

    addOneArticle(ctx, root, n, knowledge, options);
    run.oneMore = await buildSite(ctx, root, 'one-more');
    ctx.log(`  ${tag}: one more article, built again in ${(run.oneMore.wallMs / 1000).toFixed(1)} s${run.oneMore.ok ? '' : ` — did not complete: ${run.oneMore.failure}`}`);
    if (!run.oneMore.ok) run.failure = `the build after one more article did not complete: ${run.oneMore.failure} (log: ${root}/bench-one-more.log)`;
    else run.keptPages = n <= KEPT_CHECK_UP_TO ? await keptPagesCheck(ctx, root) : { kept: keptCount(root), checked: false, identical: false, differing: [] };
    return run;
  } finally {
    if (!ctx.keep) {
      removeProject(root);
      removeProject(bareRoot);
    }
  }
}

export interface ConversionRun {
  terms: number;
  actors: number;
  n: number;
  seedBytes: number;
  conversionMs: number;
  conversionCpuMs: number;
  /** MB (10^6 bytes) of seed text per second of runPipeline */
  conversionMBps: number;
  /** the same over CPU time: what an idle machine would give the one-threaded conversion */
  conversionMBpsCpu: number;
  peakBytes: number;
}

/** The build step alone on `n` articles with the knowledge scaled to `terms` terms and `actors` actors. */
export async function conversionRun(ctx: BenchContext, n: number, terms = 120, actors = 120): Promise<ConversionRun> {
  const knowledge = scaleKnowledge(readKnowledge(ctx.repo), { terms, actors, seed: CORPUS_SEED });
  const { root } = corpusProject(ctx, `conversion-${n}`, n, knowledge);
  ctx.log(`  conversion with ${knowledge.glossary.length} terms, ${knowledge.actors.length} actors: ${root}`);
  try {
    const child = resolve(import.meta.dirname, 'convert-child.ts');
    const run = await runMeasured(process.execPath, [...ctx.convertNodeFlags, child, root], {
      cwd: root, env: env(root), logFile: join(root, 'bench-convert.log'), limits: ctx.limits,
    });
    const result = resultLine<{ ms: number; cpuMs: number; seedBytes: number; ok: boolean }>(run.stdout, 'BENCH_RESULT ');
    if (run.status !== 0 || run.stopped || !result) throw new Error(`the conversion did not complete (${failureReason(run)}); log in ${root}/bench-convert.log`);
    return {
      terms: knowledge.glossary.length,
      actors: knowledge.actors.length,
      n,
      seedBytes: result.seedBytes,
      conversionMs: result.ms,
      conversionCpuMs: result.cpuMs,
      conversionMBps: result.seedBytes / 1e6 / (result.ms / 1000),
      conversionMBpsCpu: result.seedBytes / 1e6 / (result.cpuMs / 1000),
      peakBytes: largestPeakBytes(run),
    };
  } finally {
    if (!ctx.keep) removeProject(root);
  }
}

/** A site with `actors` actors and `relations` relations whose evidence is in `n` articles. */
export async function networkSite(
  ctx: BenchContext,
  options: { n: number; actors: number; relations: number },
): Promise<{ root: string; actors: number; relations: number; build: BuildFigures }> {
  const knowledge = readKnowledge(ctx.repo);
  const files = corpusFileNames(Math.max(1, options.n - realSeedCount(ctx.repo)), CORPUS_SEED);
  const network = syntheticNetwork(knowledge, { actorCount: options.actors, relationCount: options.relations, seed: CORPUS_SEED, articleFiles: files });
  const scaled: KnowledgeFiles = {
    ...knowledge,
    actors: [...knowledge.actors, ...(network.actors as unknown as Record<string, unknown>[])],
    relations: [...knowledge.relations, ...(network.relations as unknown as Record<string, unknown>[])],
  };
  const { root } = corpusProject(ctx, 'network', options.n, scaled, { inject: network.inject });
  ctx.log(`  network site (${scaled.actors.length} actors, ${scaled.relations.length} relations): ${root}`);
  const build = must('the build of the network site', root, await buildSite(ctx, root, 'build'));
  return { root, actors: scaled.actors.length, relations: scaled.relations.length, build };
}
