import { describe, expect, it } from 'vitest';
import { parseCpuMs, parseMaxRss } from '../../../scripts/bench/measure.ts';
import { evaluateTargets, linearity, percentile, table, type BenchResults, type CorpusRun } from '../../../scripts/bench/report.ts';

const run = (n: number, buildMs: number, bareMs: number, peakMB = 500): CorpusRun => ({
  n, articles: n, seedBytes: n * 4000, conversionMs: buildMs * 0.1, conversionCpuMs: buildMs * 0.1, conversionMBps: (n * 4000) / 1e6 / (buildMs * 0.0001),
  astroMs: buildMs * 0.9, astroCpuMs: buildMs * 0.9, pagefindMs: 1000, buildMs, msPerArticle: buildMs / n, peakRssBytes: peakMB * 1024 * 1024,
  pages: n, bareMs, bareCpuMs: bareMs, barePeakRssBytes: 1, barePages: n, ratioAstro: (buildMs * 0.9) / bareMs, ratioBuild: buildMs / bareMs, ratioBuildCpu: buildMs / bareMs,
  oneMoreMs: buildMs * 0.5, ratioOneMore: (buildMs * 0.5) / bareMs,
});

describe('linearity', () => {
  it('compares marginal costs, so a fixed start-up cost does not count as growth', () => {
    const linear = linearity([run(10, 10_500, 8_000), run(100, 15_000, 11_000), run(1000, 60_000, 40_000)]);
    expect(linear.linear).toBe(true);
    const quadratic = linearity([run(10, 10_000, 8_000), run(100, 20_000, 11_000), run(1000, 400_000, 40_000)]);
    expect(quadratic.linear).toBe(false);
    expect(linearity([run(10, 1, 1), run(100, 2, 2)]).linear).toBeNull();
  });
});

describe('evaluateTargets', () => {
  const results: BenchResults = {
    startedAt: '', mode: 'full', machine: { node: '', cpus: 2, memoryBytes: 0, loadAverage: [] },
    corpus: [run(100, 20_000, 16_000), run(1000, 60_000, 50_000, 1600)],
    conversion: { terms: 120, actors: 120, n: 1000, seedBytes: 4e6, conversionMs: 400, conversionCpuMs: 400, conversionMBps: 10, conversionMBpsCpu: 10, peakRssBytes: 1 },
    weights: {}, lighthouse: {}, errors: [],
  };
  const targets = evaluateTargets(results);
  const byName = (start: string) => targets.find((t) => t.target.startsWith(start))!;
  it('judges each target on the figures of the largest run', () => {
    expect(byName('build of 1,000').met).toBe(true); // 1.2×
    expect(byName('one more article').met).toBe(true); // 0.6×
    expect(byName('conversion').met).toBe(false); // 10 MB/s
    expect(byName('peak memory').met).toBe(false); // 1600 MB
    expect(byName('article page ≤ 20').met).toBeNull(); // nothing measured
    expect(byName('Lighthouse').met).toBeNull();
  });
  it('does not call a target met on a run smaller than the target says', () => {
    const small = evaluateTargets({ ...results, corpus: [run(100, 10_000, 10_000)] });
    expect(small.find((t) => t.target.startsWith('build of 1,000'))!.met).toBeNull();
    expect(small.find((t) => t.target.startsWith('one more article'))!.met).toBeNull();
  });
});

describe('helpers', () => {
  it('reads GNU time -v output', () => {
    expect(parseMaxRss('\tMaximum resident set size (kbytes): 123456\n')).toBe(123456 * 1024);
    expect(parseMaxRss('nothing')).toBe(0);
    expect(parseCpuMs('\tUser time (seconds): 7.82\n\tSystem time (seconds): 1.65\n')).toBeCloseTo(9470);
  });
  it('takes percentiles and aligns tables', () => {
    expect(percentile([5, 1, 4, 2, 3, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(table(['a', 'bb'], [['x', '1'], ['yy', '22']])).toBe('a   bb\n──  ──\nx    1\nyy  22');
  });
});

describe('routeTimes', () => {
  it('totals Astro\'s per-page times by kind of route', async () => {
    const { routeTimes } = await import('../../../scripts/bench/measure.ts');
    const log = [
      '22:34:40   ├─ /og/articles/a.png (+27ms)',
      '22:34:40   ├─ /og/articles/b.png (+29ms)',
      '22:34:41   ├─ /articles/a/index.html (+5ms)',
      '22:34:41   └─ /articles/b/index.html (+7ms)',
      '22:34:41   ├─ /glossaire/index.html (+40ms)',
      '22:34:41   ├─ /index.html (+3ms)',
    ].join('\n');
    expect(routeTimes(log)).toEqual({
      'og/articles': { ms: 56, pages: 2 },
      'articles/*': { ms: 12, pages: 2 },
      '/glossaire': { ms: 40, pages: 1 },
      '/index.html': { ms: 3, pages: 1 },
    });
  });
});
