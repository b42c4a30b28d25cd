// The project's performance targets, in one table. Each target writes its limit once: the
// printed label and the check are both derived from it. A target is judged on the figures
// of this run only; one this run did not measure says NOT MEASURED and why.
import type { BenchResults } from './report.ts';
import type { BuildFigures, CorpusRun } from './runs.ts';
import { jsGzip, type PageType, type PageWeight } from './weight.ts';

export type Status = 'MET' | 'NOT MET' | 'NOT MEASURED';

/** What a target measured: its value in the target's unit, and the figure to print; or why it could not. */
export type Measure = { value: number; figure: string } | { missing: string };

export interface Target {
  /** what the target says, given its bound written out (`≤ 2×`) and its limit */
  what: (bound: string, limit: number) => string;
  limit: number;
  /** how the measured value must compare to the limit */
  compare: '<=' | '<' | '>=';
  /** the limit as written in the label, e.g. (2) → `2×` */
  unit: (limit: number) => string;
  measure: (results: BenchResults) => Measure | Measure[];
}

export interface TargetResult {
  target: string;
  status: Status;
  figure: string;
}

const SYMBOL = { '<=': '≤', '<': '<', '>=': '≥' } as const;
const passes = (compare: Target['compare'], value: number, limit: number): boolean =>
  compare === '<=' ? value <= limit : compare === '<' ? value < limit : value >= limit;

// ── reading the results ────────────────────────────────────────────────────────────────

/** The size the corpus targets speak of. */
export const TARGET_N = 1000;

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;

/** The run of `kind` at the target size, or why there is none to judge on. */
function corpusAt(results: BenchResults, kind: CorpusRun['corpus'], n = TARGET_N): CorpusRun | { missing: string } {
  const run = results.corpus.find((r) => r.n === n && r.corpus === kind);
  const name = kind === 'dense' ? 'date-dense corpus' : 'corpus';
  if (run) return run;
  const sizes = results.corpus.filter((r) => r.corpus === kind).map((r) => r.n);
  return { missing: `no ${n.toLocaleString('en')}-article run of the ${name} (${sizes.length ? `sizes run: ${sizes.join(', ')}` : 'none run'})` };
}

/** A build of that run that completed, or why there is none. */
function completed(build: BuildFigures | undefined, what: string, run: CorpusRun): BuildFigures | { missing: string } {
  if (build?.ok) return build;
  if (build) return { missing: `${what} at ${run.n} articles did not complete: ${build.failure}` };
  return { missing: `${what} at ${run.n} articles was not run${run.failure ? ` (${run.failure})` : ''}` };
}

const stepsLine = (b: BuildFigures) => (b.steps.length ? ` (${b.steps.map((st) => `${st.name} ${s(st.ms)}`).join(', ')})` : '');

/** build / bare at the target size: `which` is the cold build or the one after one more article. */
function buildRatio(which: 'cold' | 'oneMore'): (r: BenchResults) => Measure {
  return (results) => {
    const run = corpusAt(results, 'default');
    if ('missing' in run) return run;
    const build = completed(run[which], which === 'cold' ? 'the cold build' : 'the build after one more article', run);
    if ('missing' in build) return build;
    const bare = completed(run.bare, 'the bare build', run);
    if ('missing' in bare) return bare;
    const cpu = bare.cpuMs > 0 && build.cpuMs > 0 ? `; in CPU time ${times(build.cpuMs / bare.cpuMs)}` : '';
    const cold = which === 'oneMore' && run.cold ? `; cold ${s(run.cold.wallMs)}` : '';
    return {
      value: build.wallMs / bare.wallMs,
      figure: `${times(build.wallMs / bare.wallMs)}: ${s(build.wallMs)}${stepsLine(build)} vs bare ${s(bare.wallMs)}${cold}${cpu}`,
    };
  };
}

function peakMemory(results: BenchResults): Measure {
  const run = corpusAt(results, 'default');
  if ('missing' in run) return run;
  const build = completed(run.cold, 'the cold build', run);
  if ('missing' in build) return build;
  // GNU time's figure, when it is the larger, belongs to a process the samples did not catch at its peak
  const who = build.largest && build.largest.peakBytes >= build.peakBytes ? ` (${build.largest.command || 'a process whose command line could not be read'})` : ' (the largest process as the kernel counts it)';
  return { value: build.peakBytes / 1024 ** 3, figure: `${gb(build.peakBytes)}${who}; all its processes together ${gb(build.treePeakBytes)}` };
}

/** The page of `page` type in both corpora at the target size: each measured weight, or why not. */
function corpusPageWeight(page: PageType): (r: BenchResults) => Measure[] {
  return (results) =>
    (['default', 'dense'] as const).map((kind) => {
      const name = kind === 'dense' ? 'date-dense corpus' : 'default corpus';
      const run = corpusAt(results, kind);
      if ('missing' in run) return run;
      const w = run.weights?.[page];
      if (!w) return { missing: run.weights ? `no ${page} page in the ${name}'s dist/` : `the ${name} at ${run.n} articles was not built (${run.failure ?? 'not run'})` };
      return { value: w.totalGzip / 1024, figure: `${name} ${kb(w.totalGzip)} KB (${w.file})` };
    });
}

function realPage(results: BenchResults, page: PageType, value: (w: PageWeight) => number): Measure {
  const w = results.weights[page];
  if (!w) return { missing: Object.keys(results.weights).length ? `no ${page} page in the real site's dist/` : 'the real site was not weighed in this run' };
  return { value: value(w) / 1024, figure: `${kb(value(w))} KB (${w.file})` };
}

function conversion(results: BenchResults, minimum: number): Measure {
  const c = results.conversion;
  if (!c) return { missing: 'the conversion was not run' };
  if (c.terms < minimum || c.actors < minimum) return { missing: `run with ${c.terms} terms and ${c.actors} actors, fewer than ${minimum}` };
  return {
    value: c.conversionMBps,
    figure: `${c.conversionMBps.toFixed(2)} MB/s (${(c.seedBytes / 1e6).toFixed(2)} MB, ${c.n} articles, ${c.terms} terms, ${c.actors} actors, ${s(c.conversionMs)}; over CPU time ${c.conversionMBpsCpu.toFixed(2)} MB/s)`,
  };
}

function lighthouse(results: BenchResults): Measure {
  const pages = Object.entries(results.lighthouse);
  if (pages.length === 0) return { missing: 'Lighthouse was not run' };
  const scores = pages.flatMap(([page, r]) => Object.entries(r.scores).map(([category, score]) => ({ page, category, score: score ?? 0 })));
  const lowest = Math.min(...scores.map((x) => x.score));
  const below = scores.filter((x) => x.score < 100).map((x) => `${x.page} ${x.category} ${x.score}`);
  return { value: lowest, figure: below.length ? below.join(', ') : `${pages.length} pages (${pages.map(([p]) => p).join(', ')}), all 100` };
}

function hover(results: BenchResults, actors: number): Measure {
  const n = results.network;
  const h = n?.hover['1'];
  if (!n || !h) return { missing: 'the network figure was not measured' };
  // the site's actors: how many the figure draws of them is the figure's business (it draws the most connected)
  if (n.actors < actors) return { missing: `the site had ${n.actors} actors, fewer than ${actors}` };
  // main-thread CPU time when the trace gave it (what a frame costs, whatever else loads the
  // machine), the frame-timed wall cost otherwise; the worse of hover and keyboard focus
  const cost = (x: typeof h) => x.p90.cpuMs ?? x.p90.costMs;
  const f = n.focus['1'];
  const describe = (name: string, x: typeof h) =>
    `${name} p90 ${x.p90.cpuMs !== undefined ? `${x.p90.cpuMs.toFixed(1)} ms main-thread CPU, ` : ''}${x.p90.costMs.toFixed(1)} ms frame cost`;
  return {
    value: Math.max(cost(h), f ? cost(f) : 0),
    figure: `${describe('hover', h)}${f ? `; ${describe('focus', f)}` : ''}; ${n.actors} actors, of which the figure draws ${n.nodes} nodes and ${n.edges} edges`,
  };
}

// ── the table ───────────────────────────────────────────────────────────────────────────

const ratio = (l: number) => `${l}×`;
const kbGz = (l: number) => `${l} KB gzipped`;
/** the weight limit of the pages that grow with the corpus */
const GROWING_PAGE_KB = 100;
const GROWING_PAGES: readonly [PageType, string][] = [
  ['home', 'home page'], ['network', 'network page (/reseau/)'], ['timeline', 'timeline page (/chronologie/)'],
  ['glossary', 'glossary page (/glossaire/)'], ['actor', 'heaviest actor page (/acteurs/<x>/)'],
];
const CONVERSION_KNOWLEDGE = 120;
const HOVER_ACTORS = 300;

export const TARGETS: readonly Target[] = [
  { what: (b) => `cold build of 1,000 articles ${b} the bare Astro MDX build`, limit: 2, compare: '<=', unit: ratio, measure: buildRatio('cold') },
  { what: (b) => `cold build of 1,000 articles ${b} the bare Astro MDX build (stricter)`, limit: 1.25, compare: '<=', unit: ratio, measure: buildRatio('cold') },
  { what: (b) => `one more article added to a 1,000-article site: complete dist/ in ${b} a cold bare build`, limit: 1.25, compare: '<=', unit: ratio, measure: buildRatio('oneMore') },
  { what: (b) => `peak memory of the 1,000-article build ${b} in any one process`, limit: 1.2, compare: '<', unit: (l) => `${l} GB`, measure: peakMemory },
  ...GROWING_PAGES.map(([page, name]): Target => ({
    what: (b) => `${name} at 1,000 articles ${b} (HTML + CSS + JS; the worse of the default and the date-dense corpus)`,
    limit: GROWING_PAGE_KB, compare: '<=', unit: kbGz, measure: corpusPageWeight(page),
  })),
  { what: (b) => `article page ${b} (HTML + CSS + JS)`, limit: 20, compare: '<=', unit: kbGz, measure: (r) => realPage(r, 'article', (w) => w.totalGzip) },
  { what: (b) => `article page JS ${b}`, limit: 6, compare: '<=', unit: kbGz, measure: (r) => realPage(r, 'article', jsGzip) },
  { what: (b) => `network page JS ${b}`, limit: 35, compare: '<=', unit: kbGz, measure: (r) => realPage(r, 'network', jsGzip) },
  {
    what: (b) => `conversion ${b} with ${CONVERSION_KNOWLEDGE} terms and ${CONVERSION_KNOWLEDGE} actors`,
    limit: 20, compare: '>=', unit: (l) => `${l} MB/s`, measure: (r) => conversion(r, CONVERSION_KNOWLEDGE),
  },
  { what: (_b, l) => `Lighthouse ${l}/${l}/${l}/${l} on every page measured`, limit: 100, compare: '>=', unit: String, measure: lighthouse },
  {
    what: (b) => `hover highlight ${b} at ${HOVER_ACTORS} actors`, limit: 16, compare: '<=', unit: (l) => `${l} ms`,
    measure: (r) => hover(r, HOVER_ACTORS),
  },
];

/** Judge each target: MET / NOT MET with the figure, NOT MEASURED with why. A target measured
 *  several ways (a page in two corpora) is judged on the worst: NOT MET as soon as one fails,
 *  MET only when every one was measured and passes. */
export function evaluateTargets(results: BenchResults, targets: readonly Target[] = TARGETS): TargetResult[] {
  return targets.map((t) => {
    const target = t.what(`${SYMBOL[t.compare]} ${t.unit(t.limit)}`, t.limit);
    const measures = [t.measure(results)].flat();
    const known = measures.filter((m): m is Extract<Measure, { value: number }> => 'value' in m);
    const missing = measures.filter((m): m is Extract<Measure, { missing: string }> => 'missing' in m);
    const figure = [...known.map((m) => m.figure), ...missing.map((m) => `not measured: ${m.missing}`)].join('; ');
    const failed = known.some((m) => !passes(t.compare, m.value, t.limit));
    const status: Status = failed ? 'NOT MET' : missing.length > 0 ? 'NOT MEASURED' : 'MET';
    return { target, status, figure: missing.length && !known.length ? missing.map((m) => m.missing).join('; ') : figure };
  });
}

export function targetLines(results: readonly TargetResult[]): string {
  return results.map((r) => `${r.status.padEnd(12)}  ${r.target}: ${r.figure}`).join('\n');
}
