import { describe, expect, it } from 'vitest';
import { groupDates, groupKey, groupLabel, yearsOfDates, type DatedItem } from '../../../src/charts/date-groups.ts';

let n = 0;
const item = (value: string, article = 'a', sentence = 'p1-s1', extra: Partial<DatedItem> = {}): DatedItem => {
  n++;
  const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return { id: `date-${article}-${sentence}-${n}`, article, sentence, index: 1, value, precision, expression: value, ...extra };
};

describe('groupKey and groupLabel', () => {
  it('puts a day and a month in their month, a date with only a year in its year', () => {
    expect(groupKey('2019-03-12', 'day')).toBe('2019-03');
    expect(groupKey('2019-03', 'month')).toBe('2019-03');
    expect(groupKey('2019', 'year')).toBe('2019');
  });
  it('names a group in French', () => {
    expect(groupLabel('2019-03')).toBe('mars 2019');
    expect(groupLabel('2019')).toBe('2019, sans mois précis');
  });
});

describe('groupDates', () => {
  it('gives no group for no date', () => {
    expect(groupDates([])).toEqual([]);
  });

  it('gives one date one group, with its count and its article', () => {
    const one = item('2016-06-02', 'x');
    expect(groupDates([one])).toEqual([{ key: '2016-06', year: 2016, month: 6, precision: 'month', items: [one], articles: 1 }]);
  });

  it('groups many dates per month and per year alone, in time order, the year before its months', () => {
    const dates = [
      item('2019-03-12', 'b'), item('2019', 'a'), item('2019-03', 'a'), item('2013-01-05', 'c'),
      item('2019-03-01', 'a', 'p2-s1'), item('2030', 'a'), item('2019', 'c', 'p3-s3', { qualifier: 'fin' }),
    ];
    const groups = groupDates(dates);
    expect(groups.map((g) => [g.key, g.items.length, g.articles])).toEqual([
      ['2013-01', 1, 1], ['2019', 2, 2], ['2019-03', 3, 2], ['2030', 1, 1],
    ]);
    // inside a group: by date, a month before its days ("en mars" before "le 1er mars")
    expect(groups[2]!.items.map((d) => d.value)).toEqual(['2019-03', '2019-03-01', '2019-03-12']);
    expect(groups.flatMap((g) => g.items)).toHaveLength(dates.length);
  });

  it('is independent of the input order', () => {
    const dates = [item('2015', 'a'), item('2015-02', 'b'), item('2015-02-03', 'a', 'p10-s1'), item('2015-02-03', 'a', 'p9-s1')];
    expect(groupDates([...dates].reverse())).toEqual(groupDates(dates));
    // p9 before p10: sentences in text order
    expect(groupDates(dates)[1]!.items.map((d) => d.sentence)).toEqual(['p1-s1', 'p9-s1', 'p10-s1']);
  });
});

describe('yearsOfDates', () => {
  it('gives each year with dates its pages, every date once, the groups in order', () => {
    const dates = [...Array.from({ length: 5 }, (_, i) => item(`2019-0${i + 1}`)), item('2019'), item('2020-01-01')];
    const years = yearsOfDates(groupDates(dates), 4);
    expect(years.map((y) => [y.year, y.count, y.pages.length])).toEqual([[2019, 6, 2], [2020, 1, 1]]);
    expect(years[0]!.pages.map((p) => p.items.map((e) => e.group))).toEqual([['2019', '2019-01', '2019-02', '2019-03'], ['2019-04', '2019-05']]);
    expect(years.flatMap((y) => y.pages.flatMap((p) => p.items.map((e) => e.item)))).toHaveLength(dates.length);
  });

  it('says where each group starts and where each date is, at the boundary of the page size', () => {
    const dates = Array.from({ length: 8 }, (_, i) => item(`2018-0${1 + Math.floor(i / 4)}-0${1 + (i % 4)}`));
    const [year] = yearsOfDates(groupDates(dates), 4);
    expect(year!.pages).toHaveLength(2);
    expect(year!.groupStart.get('2018-01')).toBe(1);
    expect(year!.groupStart.get('2018-02')).toBe(2);
    expect(dates.map((d) => year!.pageOf.get(d.id))).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('gives a group cut by a page break its place on both pages', () => {
    const dates = Array.from({ length: 6 }, (_, i) => item(`2017-05-0${i + 1}`));
    const [year] = yearsOfDates(groupDates(dates), 4);
    expect(year!.pages.map((p) => p.items.map((e) => e.continued))).toEqual([[false, false, false, false], [true, false]]);
  });
});

describe('counted', () => {
  it('writes French plurals and thousands', async () => {
    const { counted } = await import('../../../src/charts/format.ts');
    expect(counted(0, 'article')).toBe('0\u00a0article');
    expect(counted(1, 'article')).toBe('1\u00a0article');
    expect(counted(2, 'article')).toBe('2\u00a0articles');
    expect(counted(1234, 'date citée', 'dates citées')).toBe('1\u202f234\u00a0dates citées');
  });
});
