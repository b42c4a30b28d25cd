import { describe, expect, it } from 'vitest';
import { periodOf, yearOf } from '../../../src/charts/period.ts';

const days = (p: { start: number; end: number }) => (p.end - p.start) / 86_400_000;

describe('periodOf', () => {
  it('draws a year as a year, a month as a month and a day as a day', () => {
    expect(days(periodOf('2013', 'year'))).toBe(365);
    expect(days(periodOf('2016', 'year'))).toBe(366);
    expect(days(periodOf('2013-06', 'month'))).toBe(30);
    expect(days(periodOf('2014-04-15', 'day'))).toBe(1);
    expect(new Date(periodOf('2014-04-15', 'day').start).toISOString()).toBe('2014-04-15T00:00:00.000Z');
  });

  it('narrows "fin" and "début" to a third of the span', () => {
    const fin = periodOf('2013', 'year', 'fin');
    expect(new Date(fin.start).toISOString().slice(0, 7)).toBe('2013-09');
    expect(new Date(fin.end).toISOString().slice(0, 10)).toBe('2014-01-01');
    const debut = periodOf('2021', 'year', 'début');
    expect(new Date(debut.start).toISOString().slice(0, 10)).toBe('2021-01-01');
    expect(new Date(debut.end).toISOString().slice(0, 7)).toBe('2021-05');
    expect(days(periodOf('2020-06', 'month', 'fin juin'))).toBe(10);
  });

  it('keeps "depuis" at its date but marks it open', () => {
    const since = periodOf('2018-05', 'month', 'depuis');
    expect(since.open).toBe(true);
    expect(days(since)).toBe(31);
    expect(periodOf('2018-05', 'month').open).toBe(false);
  });

  it('does not narrow a day', () => {
    expect(days(periodOf('2020-07-16', 'day', 'fin'))).toBe(1);
  });

  it('rejects what is not a partial date', () => {
    expect(() => periodOf('juin 2013', 'month')).toThrow('not a partial date: juin 2013');
  });
});

describe('yearOf', () => {
  it('gives fractional years', () => {
    expect(yearOf(Date.UTC(2014, 0, 1))).toBe(2014);
    expect(yearOf(Date.UTC(2014, 6, 2, 12))).toBeCloseTo(2014.5, 2);
  });
});
