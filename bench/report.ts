// What the bench found, as data (BenchResults, written to bench-results/*.json) and as
// text: the tables of how cost grows with N, page weights, Lighthouse, the network figure.
// Pure functions: the numbers in, the strings out. The targets are bench/targets.ts.
import type { NetworkFigures } from './figures.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { KEPT_CHECK_UP_TO, type BuildFigures, type ConversionRun, type CorpusRun } from './runs.ts';
import type { TargetResult } from './targets.ts';
import type { PageWeights } from './weight.ts';

export interface BenchResults {
  startedAt: string;
  mode: 'quick' | 'full';
  machine: { node: string; cpus: number; memoryBytes: number; loadAverage: number[]; loadAverageAtEnd?: number[] };
  /** the limits every build ran under */
  limits: { timeMs: number; memoryBytes: number };
  commit?: string;
  /** the real site's build */
  realBuild?: BuildFigures;
  corpus: CorpusRun[];
  conversion?: ConversionRun;
  /** the real site's pages */
  weights: PageWeights;
  lighthouse: Record<string, LighthouseResult>;
  network?: NetworkFigures & { actors: number; relations: number; buildMs: number };
  errors: { section: string; message: string }[];
  targets?: TargetResult[];
}

// ── formatting ──────────────────────────────────────────────────────────────────────────

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)}`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)}`;
export const sec = (ms: number): string => `${(ms / 1000).toFixed(1)}`;

/** A plain-text table with right-aligned numbers. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The pages whose weight grows with the corpus, as the growth table shows them. */
export const GROWING: readonly (keyof PageWeights)[] = ['home', 'network', 'timeline', 'glossary', 'actor'];

const wallCpu = (b: BuildFigures | undefined): string => (b?.ok ? `${sec(b.wallMs)} (${sec(b.cpuMs)})` : b ? 'failed' : '–');

/** How cost grows: one row per size and corpus. */
export function growthTable(runs: readonly CorpusRun[]): string {
  const sorted = [...runs].sort((a, b) => a.n - b.n || a.corpus.localeCompare(b.corpus));
  return table(
    ['N', 'corpus', 'seed MB', 'pages', 'cold s (cpu)', 'bare s (cpu)', 'cold/bare', 'one more s', 'one more/bare', 'largest process MB', 'all processes MB', ...GROWING.map((p) => `${p} KB gz`)],
    sorted.map((r) => [
      String(r.n),
      r.corpus === 'dense' ? 'date-dense' : 'default',
      (r.seedBytes / 1e6).toFixed(1),
      r.pages === undefined ? '–' : String(r.pages),
      wallCpu(r.cold),
      wallCpu(r.bare),
      r.cold?.ok && r.bare?.ok ? `${(r.cold.wallMs / r.bare.wallMs).toFixed(2)}×` : '–',
      r.oneMore?.ok ? sec(r.oneMore.wallMs) : r.oneMore ? 'failed' : '–',
      r.oneMore?.ok && r.bare?.ok ? `${(r.oneMore.wallMs / r.bare.wallMs).toFixed(2)}×` : '–',
      r.cold ? mb(r.cold.peakBytes) : '–',
      r.cold ? mb(r.cold.treePeakBytes) : '–',
      ...GROWING.map((p) => (r.weights?.[p] ? kb(r.weights[p]!.totalGzip) : '–')),
    ]),
  );
}

/** Per size: the build's steps as it reported them, the largest processes, what stopped a size. */
export function growthDetails(runs: readonly CorpusRun[]): string[] {
  const lines: string[] = [];
  for (const r of [...runs].sort((a, b) => a.n - b.n || a.corpus.localeCompare(b.corpus))) {
    const tag = `N=${r.n}${r.corpus === 'dense' ? ' date-dense' : ''}`;
    for (const [name, b] of [['cold', r.cold], ['one more', r.oneMore]] as const) {
      if (!b?.ok) continue;
      const steps = b.steps.map((st) => `${st.name} ${sec(st.ms)} s`).join(', ') || 'no steps reported';
      const processes = b.processes.slice(0, 3).map((p) => `${mb(p.peakBytes)} MB ${p.command}`).join('; ');
      lines.push(`${tag} ${name}: ${steps}; largest processes: ${processes || '–'}`);
    }
    const check = r.keptPages;
    if (check) {
      lines.push(check.failure
        ? `${tag} one more: ${check.kept} pages kept; NOT CHECKED, the build from nothing did not complete: ${check.failure}`
        : !check.checked
          ? `${tag} one more: ${check.kept} pages kept (compared with a build from nothing up to ${KEPT_CHECK_UP_TO.toLocaleString('en')} articles only)`
          : check.identical
          ? `${tag} one more: ${check.kept} pages kept, and the site is byte for byte the one a build from nothing makes`
          : `${tag} one more: ${check.kept} pages kept, and the site DIFFERS from the one a build from nothing makes: ${check.differing.join(', ')}`);
    }
    if (r.failure) lines.push(`${tag} STOPPED: ${r.failure}`);
  }
  return lines;
}

/**
 * Does build cost grow linearly with N? The marginal cost per article between consecutive
 * sizes (fixed start-up cost cancels out) should not grow: the last step's marginal cost
 * over the first's, within `factor`.
 */
export function linearity(runs: readonly CorpusRun[], factor = 1.5): { lines: string[]; linear: boolean | null } {
  const sorted = runs.filter((r) => r.corpus === 'default' && r.cold?.ok).sort((a, b) => a.n - b.n);
  const lines: string[] = [];
  const marginals: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as CorpusRun;
    const b = sorted[i] as CorpusRun;
    const site = (b.cold!.wallMs - a.cold!.wallMs) / (b.n - a.n);
    marginals.push(site);
    const bare = a.bare?.ok && b.bare?.ok ? `, bare ${((b.bare.wallMs - a.bare.wallMs) / (b.n - a.n)).toFixed(1)} ms/article` : '';
    lines.push(`marginal cost ${a.n}→${b.n}: site ${site.toFixed(1)} ms/article${bare}`);
  }
  if (marginals.length < 2) {
    lines.push('linear growth: needs three sizes that built to judge');
    return { lines, linear: null };
  }
  const growth = (marginals.at(-1) as number) / (marginals[0] as number);
  const linear = growth <= factor;
  lines.push(`linear growth: ${linear ? 'yes' : 'NO'} (last marginal / first marginal = ${growth.toFixed(2)}, limit ${factor})`);
  return { lines, linear };
}

/** One line: where page generation went, biggest first. */
export function routeLine(routes: Record<string, { ms: number; pages: number }>, top = 8): string {
  return Object.entries(routes)
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([kind, r]) => `${kind} ${(r.ms / 1000).toFixed(1)} s/${r.pages} (${(r.ms / r.pages).toFixed(1)} ms each)`)
    .join(', ');
}

export function weightTable(weights: PageWeights): string {
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
  return table(['page', 'file', 'HTML KB raw/gz', 'CSS KB raw/gz', 'JS raw/gz', 'JS lazy raw/gz', 'inline JS gz', 'total gz KB'], rows);
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
      r.runs.map((x) => x.performance ?? '–').join('/'),
    ]),
  );
}

export function networkLines(n: NonNullable<BenchResults['network']>): string[] {
  const lines = [`Network figure: ${n.actors} actors, ${n.relations} relations; ${n.nodes} nodes and ${n.edges} edges in the SVG`];
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
  return lines;
}
