import { describe, expect, it } from 'vitest';
import type { BenchResults } from '../../../bench/report.ts';
import type { BuildFigures, CorpusRun } from '../../../bench/runs.ts';
import { TARGETS, evaluateTargets, targetLines, type Target } from '../../../bench/targets.ts';
import type { PageWeight, PageWeights } from '../../../bench/weight.ts';

const MB = 1024 ** 2;
const build = (wallMs: number, extra: Partial<BuildFigures> = {}): BuildFigures => ({
  ok: true, wallMs, cpuMs: wallMs, steps: [{ name: 'content', ms: wallMs * 0.1 }, { name: 'astro build', ms: wallMs * 0.8 }],
  peakBytes: 1000 * MB, largest: { pid: 7, command: 'node astro.mjs build', peakBytes: 1000 * MB }, processes: [], treePeakBytes: 1500 * MB, routes: {},
  ...extra,
});
const weight = (file: string, totalKB: number, jsKB = 1): PageWeight => {
  const zero = { raw: 0, gzip: 0 };
  return { file, html: zero, css: zero, cssInline: zero, js: { raw: 0, gzip: jsKB * 1024 }, jsInline: zero, jsLazy: zero, totalGzip: totalKB * 1024, cssFiles: [], jsFiles: [], lazyFiles: [], missing: [] };
};
const growing = (kbs: [number, number, number, number, number]): PageWeights => ({
  home: weight('index.html', kbs[0]), network: weight('reseau/index.html', kbs[1]), timeline: weight('chronologie/index.html', kbs[2]),
  glossary: weight('glossaire/index.html', kbs[3]), actor: weight('acteurs/ovhcloud/index.html', kbs[4]),
});
const corpus = (n: number, kind: CorpusRun['corpus'], run: Partial<CorpusRun>): CorpusRun => ({ n, corpus: kind, seedBytes: n * 3000, ...run });

const results: BenchResults = {
  startedAt: '', mode: 'full', machine: { node: '', cpus: 2, memoryBytes: 0, loadAverage: [] }, limits: { timeMs: 0, memoryBytes: 0 },
  corpus: [
    corpus(100, 'default', { cold: build(10_000), bare: { ...build(5_000), pages: 100 }, oneMore: build(6_000), weights: growing([10, 10, 10, 10, 10]) }),
    corpus(1000, 'default', { cold: build(30_000), bare: { ...build(20_000), pages: 1000 }, oneMore: build(26_000), weights: growing([90, 60, 99, 40, 30]) }),
    corpus(1000, 'dense', { cold: build(31_000), weights: growing([95, 62, 140, 40, 30]) }),
  ],
  conversion: { terms: 120, actors: 120, n: 1000, seedBytes: 3e6, conversionMs: 100, conversionCpuMs: 100, conversionMBps: 30, conversionMBpsCpu: 30, peakBytes: 1 },
  weights: { article: weight('articles/x/index.html', 21, 5), network: weight('reseau/index.html', 50, 30) },
  lighthouse: {
    home: { url: '', scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, runs: [], failing: [] },
    article: { url: '', scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 }, runs: [], failing: [] },
  },
  errors: [],
};

describe('the target table', () => {
  it('gives MET / NOT MET with the figure and NOT MEASURED with why, each label written from its limit', () => {
    expect(targetLines(evaluateTargets(results)).split('\n')).toEqual([
      'MET           cold build of 1,000 articles ≤ 2× the bare Astro MDX build: 1.50×: 30.0 s (content 3.0 s, astro build 24.0 s) vs bare 20.0 s; in CPU time 1.50×',
      'NOT MET       cold build of 1,000 articles ≤ 1.25× the bare Astro MDX build (stricter): 1.50×: 30.0 s (content 3.0 s, astro build 24.0 s) vs bare 20.0 s; in CPU time 1.50×',
      'NOT MET       one more article added to a 1,000-article site: complete dist/ in ≤ 1.25× a cold bare build: 1.30×: 26.0 s (content 2.6 s, astro build 20.8 s) vs bare 20.0 s; cold 30.0 s; in CPU time 1.30×',
      'MET           peak memory of the 1,000-article build < 1.2 GB in any one process: 0.98 GB (node astro.mjs build); all its processes together 1.46 GB',
      'MET           home page at 1,000 articles ≤ 100 KB gzipped (HTML + CSS + JS; the worse of the default and the date-dense corpus): default corpus 90.0 KB (index.html); date-dense corpus 95.0 KB (index.html)',
      'MET           network page (/reseau/) at 1,000 articles ≤ 100 KB gzipped (HTML + CSS + JS; the worse of the default and the date-dense corpus): default corpus 60.0 KB (reseau/index.html); date-dense corpus 62.0 KB (reseau/index.html)',
      'NOT MET       timeline page (/chronologie/) at 1,000 articles ≤ 100 KB gzipped (HTML + CSS + JS; the worse of the default and the date-dense corpus): default corpus 99.0 KB (chronologie/index.html); date-dense corpus 140.0 KB (chronologie/index.html)',
      'MET           glossary page (/glossaire/) at 1,000 articles ≤ 100 KB gzipped (HTML + CSS + JS; the worse of the default and the date-dense corpus): default corpus 40.0 KB (glossaire/index.html); date-dense corpus 40.0 KB (glossaire/index.html)',
      'MET           heaviest actor page (/acteurs/<x>/) at 1,000 articles ≤ 100 KB gzipped (HTML + CSS + JS; the worse of the default and the date-dense corpus): default corpus 30.0 KB (acteurs/ovhcloud/index.html); date-dense corpus 30.0 KB (acteurs/ovhcloud/index.html)',
      'NOT MET       article page ≤ 20 KB gzipped (HTML + CSS + JS): 21.0 KB (articles/x/index.html)',
      'MET           article page JS ≤ 6 KB gzipped: 5.0 KB (articles/x/index.html)',
      'MET           network page JS ≤ 35 KB gzipped: 30.0 KB (reseau/index.html)',
      'MET           conversion ≥ 20 MB/s with 120 terms and 120 actors: 30.00 MB/s (3.00 MB, 1000 articles, 120 terms, 120 actors, 0.1 s; over CPU time 30.00 MB/s)',
      'NOT MET       Lighthouse 100/100/100/100 on every page measured: article performance 98',
      'NOT MEASURED  hover highlight ≤ 16 ms at 300 actors: the network figure was not measured',
    ]);
  });

  it('says NOT MEASURED, and why, for a size not run, a build that did not complete, a corpus missing', () => {
    const small = evaluateTargets({ ...results, corpus: [results.corpus[0]!] });
    expect(small[0]).toEqual({
      target: 'cold build of 1,000 articles ≤ 2× the bare Astro MDX build',
      status: 'NOT MEASURED',
      figure: 'no 1,000-article run of the corpus (sizes run: 100)',
    });
    const failed = corpus(1000, 'default', { cold: { ...build(0), ok: false, failure: 'at the step "astro build", out of memory' }, failure: 'the cold build…' });
    const stopped = evaluateTargets({ ...results, corpus: [failed] });
    expect(stopped[0]!.status).toBe('NOT MEASURED');
    expect(stopped[0]!.figure).toBe('the cold build at 1000 articles did not complete: at the step "astro build", out of memory');
    expect(stopped[3]!.figure).toBe('the cold build at 1000 articles did not complete: at the step "astro build", out of memory');
    // the home page passes in the default corpus, and the date-dense one was not built: nothing to judge on
    const noDense = evaluateTargets({ ...results, corpus: [results.corpus[1]!] });
    expect(noDense[4]).toMatchObject({ status: 'NOT MEASURED', figure: 'default corpus 90.0 KB (index.html); not measured: no 1,000-article run of the date-dense corpus (none run)' });
    // … but a page over its limit in one corpus is NOT MET whatever the other says
    const overDefault = evaluateTargets({ ...results, corpus: [corpus(1000, 'default', { ...results.corpus[1]!, weights: growing([150, 1, 1, 1, 1]) })] });
    expect(overDefault[4]!.status).toBe('NOT MET');
    expect(evaluateTargets({ ...results, conversion: { ...results.conversion!, terms: 50 } })[12]).toMatchObject({ status: 'NOT MEASURED', figure: 'run with 50 terms and 120 actors, fewer than 120' });
  });

  it('derives the label and the check from the one limit', () => {
    const target: Target = { what: (b) => `x ${b}`, limit: 3, compare: '<', unit: (l) => `${l} s`, measure: () => ({ value: 3, figure: '3 s' }) };
    expect(evaluateTargets(results, [target])).toEqual([{ target: 'x < 3 s', status: 'NOT MET', figure: '3 s' }]);
    expect(evaluateTargets(results, [{ ...target, limit: 4 }])).toEqual([{ target: 'x < 4 s', status: 'MET', figure: '3 s' }]);
    // every target of the project's table has a label that shows its limit
    for (const t of TARGETS) expect(t.what('≤ LIMIT', t.limit)).toMatch(/LIMIT|100\/100/);
  });
});
