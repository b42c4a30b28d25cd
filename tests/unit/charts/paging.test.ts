import { describe, expect, it } from 'vitest';
import { pageOfIndex, pageWindow, paginate } from '../../../src/charts/paging.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('gives an empty list one empty page, so its page still exists', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, first: 0, items: [] }]);
  });

  it('gives one item one page', () => {
    expect(paginate(['a'], 10)).toEqual([{ number: 1, total: 1, first: 0, items: ['a'] }]);
  });

  it('fills pages up to the size, the last one with the rest, every item once and in order', () => {
    const pages = paginate(items(23), 10);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages.map((p) => [p.number, p.total, p.first])).toEqual([[1, 3, 0], [2, 3, 10], [3, 3, 20]]);
    expect(pages.flatMap((p) => p.items)).toEqual(items(23));
  });

  it('at the boundary of the page size: exactly full, then one more', () => {
    expect(paginate(items(10), 10).map((p) => p.items.length)).toEqual([10]);
    expect(paginate(items(11), 10).map((p) => p.items.length)).toEqual([10, 1]);
    expect(paginate(items(20), 10).map((p) => p.items.length)).toEqual([10, 10]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate(items(3), 0)).toThrow(/page size/);
    expect(() => paginate(items(3), 2.5)).toThrow(/page size/);
  });
});

describe('pageOfIndex', () => {
  it('says on which page (from 1) an item stands', () => {
    expect(pageOfIndex(0, 10)).toBe(1);
    expect(pageOfIndex(9, 10)).toBe(1);
    expect(pageOfIndex(10, 10)).toBe(2);
    expect(pageOfIndex(25, 10)).toBe(3);
  });
});

describe('pageWindow', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and the pages around the current one, with gaps between: a bounded navigation', () => {
    expect(pageWindow(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pageWindow(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });

  it('never writes a gap for one missing page: it shows the page instead', () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 20]);
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stays within a constant whatever the number of pages', () => {
    for (const total of [1, 7, 50, 1_000, 100_000]) {
      for (const current of [1, 2, Math.ceil(total / 2), total - 1, total].filter((n) => n >= 1 && n <= total)) {
        const window = pageWindow(current, total);
        expect(window.length).toBeLessThanOrEqual(9);
        expect(window).toContain(current);
        expect(window[0]).toBe(1);
        expect(window.at(-1)).toBe(total);
      }
    }
  });

  it('refuses a current page outside 1…total', () => {
    expect(() => pageWindow(0, 3)).toThrow(/page 0 of 3/);
    expect(() => pageWindow(4, 3)).toThrow(/page 4 of 3/);
  });
});
