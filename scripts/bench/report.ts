// What the bench found, as data (BenchResults, written to bench-results/*.json) and as
// text (the tables and the targets, MET / NOT MET with the figure). Pure functions: the
// numbers in, the strings out.
import type { PageType, PageWeight } from './weight.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { NetworkFigures } from './figures.ts';
// (figures.ts imports percentile from here: keep this module free of runtime imports)

/** One corpus size: the site's build steps and the bare floor on the same texts. */
export interface CorpusRun {
  /** articles in seeds/ (the 5 real seeds + synthetic ones) */
  n: number;
  /** articles the build step wrote (content/generated/articles/*.mdx) */
  articles: number;
  seedBytes: number;
  conversionMs: number;
  /** CPU time of runPipeline (user + system) */
  conversionCpuMs: number;
  /** MB (10^6 bytes) of seed text per second of runPipeline */
  conversionMBps: number;
  astroMs: number;
  astroCpuMs: number;
  pagefindMs: number;
  /** conversion + astro build: the work the bare floor is compared to */
  buildMs: number;
  msPerArticle: number;
  /** largest peak of the site's steps (conversion, astro build, pagefind) */
  peakRssBytes: number;
  pages: number;
  bareMs: number;
  bareCpuMs: number;
  barePeakRssBytes: number;
  barePages: number;
  /** astro build of the site / bare build */
  ratioAstro: number;
  /** (conversion + astro build) / bare build */
  ratioBuild: number;
  /** the same ratio in CPU time: steadier than wall time when other work loads the machine */
  ratioBuildCpu: number;
  /** the editor's loop: conversion + astro build again after one article is added to the built site */
  oneMoreMs: number;
  /** that rebuild / the cold bare build of the same corpus */
  ratioOneMore: number;
  /** page generation time by kind of route, from Astro's log (site and bare) */
  routes?: Record<string, { ms: number; pages: number }>;
  bareRoutes?: Record<string, { ms: number; pages: number }>;
}

/** One line: where page generation went, biggest first. */
export function routeLine(routes: Record<string, { ms: number; pages: number }>, top = 8): string {
  return Object.entries(routes)
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([kind, r]) => `${kind} ${(r.ms / 1000).toFixed(1)} s/${r.pages} (${(r.ms / r.pages).toFixed(1)} ms each)`)
    .join(', ');
}

export interface ConversionRun {
  terms: number;
  actors: number;
  n: number;
  seedBytes: number;
  conversionMs: number;
  conversionCpuMs: number;
  conversionMBps: number;
  /** MB/s over CPU time: what an idle machine would give the one-threaded conversion */
  conversionMBpsCpu: number;
  peakRssBytes: number;
}

export interface BenchResults {
  startedAt: string;
  mode: 'quick' | 'full';
  machine: { node: string; cpus: number; memoryBytes: number; loadAverage: number[]; loadAverageAtEnd?: number[] };
  commit?: string;
  corpus: CorpusRun[];
  /** page weight in the largest corpus's site: pages that list articles grow with N */
  corpusWeights?: { n: number; weights: Partial<Record<PageType, PageWeight>> };
  conversion?: ConversionRun;
  weights: Partial<Record<PageType, PageWeight>>;
  lighthouse: Record<string, LighthouseResult>;
  network?: NetworkFigures & { actors: number; relations: number; buildMs: number };
  errors: { section: string; message: string }[];
  targets?: TargetResult[];
}

export interface TargetResult {
  target: string;
  met: boolean | null;
  figure: string;
}

// ── formatting ──────────────────────────────────────────────────────────────────────────

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)}`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)}`;
export const sec = (ms: number): string => `${(ms / 1000).toFixed(1)}`;

/** A plain-text table with right-aligned numbers. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function corpusTable(runs: readonly CorpusRun[]): string {
  const both = (wall: number, cpu: number) => `${sec(wall)} (${sec(cpu)})`;
  return table(
    ['N', 'seed MB', 'convert s (cpu)', 'MB/s (cpu)', 'astro s (cpu)', 'pagefind s', 'build s', 'ms/article', 'peak MB', 'bare s (cpu)', 'bare MB', 'astro/bare', 'build/bare (cpu)', 'one more s', 'one more/bare'],
    runs.map((r) => [
      String(r.n),
      (r.seedBytes / 1e6).toFixed(2),
      both(r.conversionMs, r.conversionCpuMs),
      `${r.conversionMBps.toFixed(2)} (${(r.seedBytes / 1e6 / (r.conversionCpuMs / 1000)).toFixed(2)})`,
      both(r.astroMs, r.astroCpuMs),
      sec(r.pagefindMs),
      sec(r.buildMs),
      r.msPerArticle.toFixed(0),
      mb(r.peakRssBytes),
      both(r.bareMs, r.bareCpuMs),
      mb(r.barePeakRssBytes),
      `${r.ratioAstro.toFixed(2)}×`,
      `${r.ratioBuild.toFixed(2)}× (${r.ratioBuildCpu.toFixed(2)}×)`,
      sec(r.oneMoreMs),
      `${r.ratioOneMore.toFixed(2)}×`,
    ]),
  );
}

/**
 * Does build cost grow linearly with N? The marginal cost per article between
 * consecutive sizes (fixed start-up cost cancels out) should not grow: the last step's
 * marginal cost over the first's, within `factor`.
 */
export function linearity(runs: readonly CorpusRun[], factor = 1.5): { lines: string[]; linear: boolean | null } {
  const sorted = [...runs].sort((a, b) => a.n - b.n);
  const lines: string[] = [];
  const marginals: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as CorpusRun;
    const b = sorted[i] as CorpusRun;
    const site = (b.buildMs - a.buildMs) / (b.n - a.n);
    const bare = (b.bareMs - a.bareMs) / (b.n - a.n);
    marginals.push(site);
    lines.push(`marginal cost ${a.n}→${b.n}: site ${site.toFixed(1)} ms/article, bare ${bare.toFixed(1)} ms/article`);
  }
  const big = sorted.at(-1);
  const mid = sorted.at(-2);
  if (big && mid) lines.push(`ms/article at ${big.n} vs ${mid.n}: ${(big.msPerArticle / mid.msPerArticle).toFixed(2)}×`);
  if (marginals.length < 2) {
    lines.push(`linear growth: needs three sizes to judge (quick mode has two)`);
    return { lines, linear: null };
  }
  const growth = (marginals.at(-1) as number) / (marginals[0] as number);
  const linear = growth <= factor;
  lines.push(`linear growth: ${linear ? 'yes' : 'NO'} (last marginal / first marginal = ${growth.toFixed(2)}, limit ${factor})`);
  return { lines, linear };
}

export function weightTable(weights: BenchResults['weights']): string {
  const shorten = (file: string) => (file.length > 40 ? `${file.slice(0, 39)}…` : file);
  const rows = Object.entries(weights).map(([page, w]) => [
    page,
    shorten(w.file),
    `${kb(w.html.raw)}/${kb(w.html.gzip)}`,
    `${kb(w.css.raw)}/${kb(w.css.gzip)}`,
    `${kb(w.js.raw)}/${kb(w.js.gzip)}`,
    `${kb(w.jsLazy.raw)}/${kb(w.jsLazy.gzip)}`,
    `${kb(w.jsInline.gzip)}`,
    kb(w.totalGzip),
  ]);
  return table(['page', 'file', 'HTML KB raw/gz', 'CSS KB raw/gz', 'JS interactive raw/gz', 'JS lazy raw/gz', 'inline JS gz', 'total gz KB'], rows);
}

export function lighthouseTable(results: BenchResults['lighthouse']): string {
  return table(
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'runs'],
    Object.entries(results).map(([page, r]) => [
      page,
      String(r.scores.performance ?? '–'),
      String(r.scores.accessibility ?? '–'),
      String(r.scores['best-practices'] ?? '–'),
      String(r.scores.seo ?? '–'),
      r.runs.map((s) => s.performance ?? '–').join('/'),
    ]),
  );
}

// ── targets ─────────────────────────────────────────────────────────────────────────────

export const LIMITS = {
  buildRatio: 1.25,
  conversionMBps: 20,
  peakBytes: 1.5 * 1024 ** 3,
  articleGzip: 20 * 1024,
  articleJsGzip: 6 * 1024,
  networkJsGzip: 35 * 1024,
  lighthouse: 100,
  hoverMs: 16,
} as const;

/** gzipped JS a page loads: interactive modules, their lazy imports, inline scripts */
export const jsGzip = (w: PageWeight): number => w.js.gzip + w.jsLazy.gzip + w.jsInline.gzip;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export function evaluateTargets(results: BenchResults): TargetResult[] {
  const out: TargetResult[] = [];
  const largest = [...results.corpus].sort((a, b) => b.n - a.n)[0];
  const atN = (run: CorpusRun) => (run.n >= 1000 ? `${run.n} articles` : `${run.n} articles (largest size run; the target is for 1,000)`);

  out.push(
    largest
      ? {
          target: `build of 1,000 articles ≤ ${LIMITS.buildRatio}× the bare Astro MDX build`,
          met: largest.n >= 1000 ? largest.ratioBuild <= LIMITS.buildRatio : null,
          figure: `${largest.ratioBuild.toFixed(2)}× at ${atN(largest)}: conversion ${sec(largest.conversionMs)} s + astro ${sec(largest.astroMs)} s vs bare ${sec(largest.bareMs)} s (astro alone ${largest.ratioAstro.toFixed(2)}×; in CPU time ${largest.ratioBuildCpu.toFixed(2)}×)`,
        }
      : { target: `build of 1,000 articles ≤ ${LIMITS.buildRatio}× bare`, met: null, figure: 'not measured' },
  );
  out.push(
    largest
      ? {
          target: `one more article in a 1,000-article site ≤ ${LIMITS.buildRatio}× a cold bare build`,
          met: largest.n >= 1000 ? largest.ratioOneMore <= LIMITS.buildRatio : null,
          figure: `${largest.ratioOneMore.toFixed(2)}× at ${atN(largest)}: ${sec(largest.oneMoreMs)} s vs bare ${sec(largest.bareMs)} s (cold: ${sec(largest.buildMs)} s)`,
        }
      : { target: `one more article in a 1,000-article site ≤ ${LIMITS.buildRatio}× bare`, met: null, figure: 'not measured' },
  );

  const c = results.conversion;
  out.push(
    c
      ? {
          target: `conversion ≥ ${LIMITS.conversionMBps} MB/s with 100+ terms and 100+ actors`,
          met: c.terms >= 100 && c.actors >= 100 ? c.conversionMBps >= LIMITS.conversionMBps : null,
          figure: `${c.conversionMBps.toFixed(2)} MB/s (${(c.seedBytes / 1e6).toFixed(2)} MB, ${c.n} articles, ${c.terms} terms, ${c.actors} actors, ${sec(c.conversionMs)} s; over CPU time ${c.conversionMBpsCpu.toFixed(2)} MB/s)`,
        }
      : { target: `conversion ≥ ${LIMITS.conversionMBps} MB/s`, met: null, figure: 'not measured' },
  );

  out.push(
    largest
      ? {
          target: 'peak memory of the 1,000-article build < 1.5 GB',
          met: largest.n >= 1000 ? largest.peakRssBytes < LIMITS.peakBytes : null,
          figure: `${mb(largest.peakRssBytes)} MB at ${atN(largest)}`,
        }
      : { target: 'peak memory < 1.5 GB', met: null, figure: 'not measured' },
  );

  const article = results.weights.article;
  out.push(
    article
      ? {
          target: 'article page ≤ 20 KB gzipped (HTML + CSS + JS)',
          met: article.totalGzip <= LIMITS.articleGzip,
          figure: `${kb(article.totalGzip)} KB (${article.file})`,
        }
      : { target: 'article page ≤ 20 KB gzipped', met: null, figure: 'no article page in dist/' },
  );
  out.push(
    article
      ? { target: 'article page JS ≤ 6 KB gzipped', met: jsGzip(article) <= LIMITS.articleJsGzip, figure: `${kb(jsGzip(article))} KB` }
      : { target: 'article page JS ≤ 6 KB gzipped', met: null, figure: 'no article page in dist/' },
  );
  const network = results.weights.network;
  out.push(
    network
      ? { target: 'network page JS ≤ 35 KB gzipped', met: jsGzip(network) <= LIMITS.networkJsGzip, figure: `${kb(jsGzip(network))} KB` }
      : { target: 'network page JS ≤ 35 KB gzipped', met: null, figure: 'no /reseau/ page in dist/' },
  );

  const lighthouse = Object.entries(results.lighthouse);
  const below = lighthouse.flatMap(([page, r]) =>
    Object.entries(r.scores)
      .filter(([, score]) => score !== LIMITS.lighthouse)
      .map(([category, score]) => `${page} ${category} ${score ?? '–'}`),
  );
  out.push({
    target: 'Lighthouse 100/100/100/100 on every page measured',
    met: lighthouse.length === 0 ? null : below.length === 0,
    figure: lighthouse.length === 0 ? 'not measured' : below.length === 0 ? `${lighthouse.length} pages, all 100` : below.join(', '),
  });

  const hover = results.network?.hover['1'];
  const focus = results.network?.focus['1'];
  if (hover && results.network) {
    // judged on main-thread CPU time when the trace gave it (what a frame costs, whatever
    // else loads the machine), on the frame-timed wall cost otherwise
    const cost = (h: NonNullable<typeof hover>) => h.p90.cpuMs ?? h.p90.costMs;
    const worst = Math.max(cost(hover), focus ? cost(focus) : 0);
    const describe = (name: string, h: NonNullable<typeof hover>) =>
      `${name} p90 ${h.p90.cpuMs !== undefined ? `${h.p90.cpuMs.toFixed(1)} ms main-thread CPU, ` : ''}${h.p90.costMs.toFixed(1)} ms frame cost (median ${h.median.costMs.toFixed(1)} ms)`;
    out.push({
      target: `hover highlight within one ${LIMITS.hoverMs} ms frame at 300 actors`,
      met: results.network.nodes >= 300 ? worst <= LIMITS.hoverMs : null,
      figure: `${describe('hover', hover)}${focus ? `; ${describe('focus', focus)}` : ''}; ${results.network.nodes} nodes, ${results.network.edges} edges` +
        (results.network.hover['4'] ? `; at 4× CPU throttling hover median ${results.network.hover['4'].median.costMs.toFixed(1)} ms` : ''),
    });
  } else {
    out.push({ target: `hover highlight within ${LIMITS.hoverMs} ms at 300 actors`, met: null, figure: 'not measured' });
  }
  return out;
}

export function targetLines(targets: readonly TargetResult[]): string {
  return targets
    .map((t) => `${t.met === null ? 'NOT MEASURED' : t.met ? 'MET    ' : 'NOT MET'}  ${t.target}: ${t.figure}`)
    .join('\n');
}
