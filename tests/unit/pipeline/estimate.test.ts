// The estimate of a publication date, for a text that gives none.
import { describe, expect, it } from 'vitest';
import { annotate, compileMatcher } from '../../../src/pipeline/annotate.ts';
import { estimateDate, WEEKDAY_YEARS, yearOfWeekday } from '../../../src/pipeline/estimate.ts';
import { extract } from '../../../src/pipeline/extract.ts';
import { segment } from '../../../src/pipeline/segment.ts';

const noMatchers = { terms: compileMatcher([]), actors: compileMatcher([]) };

function estimate(...paragraphs: string[]) {
  const segments = annotate(segment(paragraphs.map((text, i) => ({ kind: 'paragraph' as const, line: i + 1, text }))), noMatchers);
  return estimateDate(segments, extract('x', segments).dates);
}

describe('estimateDate', () => {
  it('the latest date the text cites, not one it looks forward to', () => {
    expect(estimate('Le projet a été lancé en juin 2020.', 'Il a été revu en mars 2022.', 'La plateforme devrait ouvrir en 2027.')).toMatchObject({ origin: 'estimated', value: '2022-03', precision: 'month' });
  });

  it('a date counts unless a word that looks ahead stands in its clause', () => {
    // "doit entrer en application" looks ahead to September 2025, not back to February 2022
    expect(estimate('Le texte, proposé par la Commission en février 2022, doit entrer en application en septembre 2025.')).toMatchObject({ value: '2022-02', precision: 'month' });
    expect(estimate('Il sera présenté en 2025, après l’échec de 2019.')).toMatchObject({ value: '2019', precision: 'year' });
    // a date set at the head of the sentence belongs to the clause after it
    expect(estimate('Le plan date de 2019.', 'En 2027, la plateforme sera ouverte à tous.')).toMatchObject({ value: '2019' });
    // a qualifier that looks ahead is such a word too
    expect(estimate('Le projet date de 2019.', 'La migration doit aboutir d’ici 2030.', 'Elle se poursuivra jusqu’en 2032.')).toMatchObject({ value: '2019' });
  });

  it('no date at all: unknown', () => {
    expect(estimate('Le projet avance lentement.', 'Personne ne sait quand il aboutira.')).toEqual({ origin: 'unknown' });
  });

  it('a day named with its weekday is placed in the first year that fits, on or after the latest date cited', () => {
    // 14 October is a Monday in 2024 and a Tuesday in 2025
    expect(estimate('Bruxelles a annoncé, mardi 14 octobre, qu’elle migrerait d’ici à 2027.', 'Le contrôleur l’avait dit dès mars 2024.')).toMatchObject({ origin: 'estimated', value: '2025-10-14', precision: 'day', sentence: 'p1-s1' });
    // the same words in a text that cites 2013: 14 October 2014 is a Tuesday
    expect(estimate('Le ministre a parlé mardi 14 octobre devant les élus.', 'Le plan date de 2013.')).toMatchObject({ value: '2014-10-14', precision: 'day' });
  });

  it('a weekday that gives no year within the cycle, or no date to start from, leaves the estimate as it was', () => {
    // no year cited: the weekday alone could be any of many years
    expect(estimate('Le ministre a parlé mardi 14 octobre devant les élus.')).toEqual({ origin: 'unknown' });
    // a day without its weekday says nothing of the year
    expect(estimate('Le ministre a parlé le 14 octobre devant les élus.', 'Le plan date de 2013.')).toMatchObject({ value: '2013', precision: 'year' });
  });
});

describe('yearOfWeekday', () => {
  it('the first year on or after the bound where the day falls on that weekday', () => {
    expect(yearOfWeekday('10-14', 2, '2024-03')).toBe('2025-10-14');
    expect(yearOfWeekday('10-14', 1, '2024-03')).toBe('2024-10-14');
    // the bound is a day: the same day is fine, a day before it is not
    expect(yearOfWeekday('10-14', 1, '2024-10-14')).toBe('2024-10-14');
    expect(yearOfWeekday('10-14', 1, '2024-10-15')).toBe('2030-10-14');
  });

  it('29 February only in a leap year, and nothing beyond the years allowed', () => {
    expect(yearOfWeekday('02-29', 4, '2021')).toBe('2024-02-29');
    // the next Thursday 29 February after 2024 is in 2052
    expect(yearOfWeekday('02-29', 4, '2025')).toBeUndefined();
    expect(WEEKDAY_YEARS).toBeLessThan(11);
  });
});
