import { describe, expect, it } from 'vitest';
import { growthDetails, growthTable, linearity, table } from '../../../bench/report.ts';
import type { BuildFigures, CorpusRun } from '../../../bench/runs.ts';

const build = (wallMs: number): BuildFigures => ({
  ok: true, wallMs, cpuMs: wallMs, steps: [{ name: 'content', ms: 1000 }, { name: 'link cards', ms: 500 }], peakBytes: 900 * 1024 ** 2,
  largest: { pid: 1, command: 'node astro build', peakBytes: 900 * 1024 ** 2 }, processes: [{ pid: 1, command: 'node astro build', peakBytes: 900 * 1024 ** 2 }],
  treePeakBytes: 1200 * 1024 ** 2, routes: {},
});
const run = (n: number, coldMs: number, bareMs: number): CorpusRun => ({ n, corpus: 'default', seedBytes: n * 3000, cold: build(coldMs), bare: { ...build(bareMs), pages: n } });

describe('linearity', () => {
  it('compares marginal costs, so a fixed start-up cost does not count as growth', () => {
    expect(linearity([run(10, 10_500, 8_000), run(100, 15_000, 11_000), run(1000, 60_000, 40_000)]).linear).toBe(true);
    expect(linearity([run(10, 10_000, 8_000), run(100, 20_000, 11_000), run(1000, 400_000, 40_000)]).linear).toBe(false);
    expect(linearity([run(10, 1, 1), run(100, 2, 2)]).linear).toBeNull();
  });
});

describe('growth table', () => {
  it('prints every size, what stopped one, and whatever steps the build reported', () => {
    const stopped: CorpusRun = { n: 10_000, corpus: 'default', seedBytes: 3e7, cold: { ...build(3_600_000), ok: false, failure: 'stopped by the bench (time limit)' }, failure: 'the cold build of the site did not complete: stopped by the bench (time limit)' };
    const text = growthTable([stopped, run(10, 10_000, 5_000)]);
    const rows = text.split('\n');
    expect(rows[2]).toMatch(/^10\s+default\s+0\.0\s+–\s+10\.0 \(10\.0\)\s+5\.0 \(5\.0\)\s+2\.00×/);
    expect(rows[3]).toMatch(/^10000\s+default\s+30\.0\s+–\s+failed\s+–/);
    const details = growthDetails([stopped, run(10, 10_000, 5_000)]);
    expect(details).toEqual([
      'N=10 cold: content 1.0 s, link cards 0.5 s; largest processes: 900 MB node astro build',
      'N=10000 STOPPED: the cold build of the site did not complete: stopped by the bench (time limit)',
    ]);
  });

  it('says what the one-more build kept, and whether its site is the one a build from nothing makes', () => {
    const oneMore = (keptPages: CorpusRun['keptPages']): CorpusRun => ({ ...run(1000, 20_000, 6_000), oneMore: build(12_000), keptPages });
    const lines = (keptPages: CorpusRun['keptPages']) => growthDetails([oneMore(keptPages)]).filter((line) => line.includes('kept'));
    expect(lines({ kept: 996, checked: true, identical: true, differing: [] })).toEqual(['N=1000 one more: 996 pages kept, and the site is byte for byte the one a build from nothing makes']);
    expect(lines({ kept: 996, checked: true, identical: false, differing: ['articles/a/index.html'] })).toEqual(['N=1000 one more: 996 pages kept, and the site DIFFERS from the one a build from nothing makes: articles/a/index.html']);
    expect(lines({ kept: 9996, checked: false, identical: false, differing: [] })).toEqual(['N=1000 one more: 9996 pages kept (compared with a build from nothing up to 1,000 articles only)']);
    expect(lines({ kept: 996, checked: false, identical: false, differing: [], failure: 'exit code 1' })).toEqual(['N=1000 one more: 996 pages kept; NOT CHECKED, the build from nothing did not complete: exit code 1']);
  });

  it('aligns tables', () => {
    expect(table(['a', 'bb'], [['x', '1'], ['yy', '22']])).toBe('a   bb\n──  ──\nx    1\nyy  22');
  });
});
