import { describe, expect, it } from 'vitest';
import { extract, findDates } from '../../../src/pipeline/extract.ts';
import { annotate, compileMatcher } from '../../../src/pipeline/annotate.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import type { ArticleDate } from '../../../src/model/generated.ts';

const articleDate: ArticleDate = { value: '2020-09', precision: 'month', origin: 'header' };
const dates = (text: string, date: ArticleDate | undefined = articleDate) =>
  findDates(text, date).map((d) => [d.expression, d.value, d.precision, d.qualifier ?? null, d.yearFromArticle ?? false]);

describe('findDates', () => {
  const table: [string, unknown[][]][] = [
    ['Publié le 15 avril 2014.', [['le 15 avril 2014', '2014-04-15', 'day', null, false]]],
    ['Signé le 16 juillet 2020 à Paris.', [['le 16 juillet 2020', '2020-07-16', 'day', null, false]]],
    ['Dès le 1er mars 2021, tout change.', [['Dès le 1er mars 2021', '2021-03-01', 'day', 'dès', false]]],
    ['En juin 2013, Numergy se lance.', [['En juin 2013', '2013-06', 'month', null, false]]],
    ['Le RGPD, en vigueur depuis mai 2018.', [['depuis mai 2018', '2018-05', 'month', 'depuis', false]]],
    ['Les résultats pour décembre 2019.', [['décembre 2019', '2019-12', 'month', null, false]]],
    ['Missionnés en 2013 par le gouvernement.', [['en 2013', '2013', 'year', null, false]]],
    ['Le Cloud Act, adopté en 2018, inquiète.', [['en 2018', '2018', 'year', null, false]]],
    ['Arnaud Montebourg, fin 2013, dans son rapport.', [['fin 2013', '2013', 'year', 'fin', false]]],
    ['La plateforme verra le jour au début de l’année 2021.', [['début de l’année 2021', '2021', 'year', 'début', false]]],
    ["La plateforme verra le jour au début de l'année 2021.", [["début de l'année 2021", '2021', 'year', 'début', false]]],
    ['Un lancement prévu mi-2020.', [['mi-2020', '2020', 'year', 'mi', false]]],
    ['Le rapport (2018) est clair.', [['2018', '2018', 'year', null, false]]],
    ['Gaia-X fait parler de lui depuis juin.', [['depuis juin', '2020-06', 'month', 'depuis', true]]],
    ['lors de la conférence du 3 octobre avoir demandé', [['du 3 octobre', '2020-10-03', 'day', null, true]]],
    ['Il expliquait en février que rien ne bougeait.', [['en février', '2020-02', 'month', null, true]]],
  ];
  for (const [text, expected] of table) it(text, () => expect(dates(text)).toEqual(expected));

  it('avoids numbers that are not years', () => {
    expect(dates('OVHcloud est l’un des 22 membres fondateurs, entre les 28 Etats, publié à 09h07, 2020 serveurs, 1 500 clients, 3000 euros.')).toEqual([]);
  });

  it('skips a month without a year when the article date is only a year (it would be a guess)', () => {
    expect(dates('depuis juin', { value: '2025', precision: 'year', origin: 'sources' })).toEqual([]);
  });

  it('does not take a month name alone for a date', () => {
    expect(dates('Le mois de mai sera chaud. La planète mars.')).toEqual([]);
  });
});

describe('extract', () => {
  const actors = compileMatcher([
    { id: 'ovhcloud', forms: ['OVHcloud'] },
    { id: 't-systems', forms: ['T-Systems'] },
    { id: 'deutsche-telekom', forms: ['Deutsche Telekom'] },
  ]);
  const segments = annotate(
    segment([
      { kind: 'paragraph', line: 1, text: 'OVHcloud s’associe à T-Systems, filiale de Deutsche Telekom, en septembre 2020. Rien ici.' },
      { kind: 'paragraph', line: 3, text: 'OVHcloud seul, fin 2021.' },
    ]),
    { terms: compileMatcher([]), actors },
  );

  it('gives every date its sentence, and every pair of actors named together', () => {
    const { dates: found, coMentions } = extract('x', segments, articleDate);
    expect(found).toEqual([
      { article: 'x', sentence: 'p1-s1', index: 1, expression: 'en septembre 2020', value: '2020-09', precision: 'month' },
      { article: 'x', sentence: 'p2-s1', index: 1, expression: 'fin 2021', qualifier: 'fin', value: '2021', precision: 'year' },
    ]);
    expect(coMentions).toEqual([
      { article: 'x', sentence: 'p1-s1', actors: ['deutsche-telekom', 'ovhcloud'] },
      { article: 'x', sentence: 'p1-s1', actors: ['deutsche-telekom', 't-systems'] },
      { article: 'x', sentence: 'p1-s1', actors: ['ovhcloud', 't-systems'] },
    ]);
  });
});

describe('extract: dates for the page', () => {
  const segments = annotate(segment([{ kind: 'paragraph', line: 1, text: 'Signé le 16 juillet 2020, appliqué de 2021 à 2023, et rien en l’an 32 août 2014.' }]), { terms: compileMatcher([]), actors: compileMatcher([]) });

  it('numbers the dates of a sentence in text order and keeps where each stands, for <time> marks', () => {
    const { dates: found, datesBySentence } = extract('x', segments, articleDate);
    expect(found.map((d) => [d.index, d.expression, d.value, d.until ?? null])).toEqual([
      [1, 'le 16 juillet 2020', '2020-07-16', null],
      [2, 'de 2021 à 2023', '2021', '2023'],
    ]);
    const text = segments[0]!.kind === 'paragraph' ? segments[0]!.sentences[0]!.text : '';
    expect(datesBySentence.get('p1-s1')!.map((d) => text.slice(d.start, d.end))).toEqual(['le 16 juillet 2020', 'de 2021 à 2023']);
  });

  it('never takes an impossible day for a date', () => {
    expect(dates('Le 32 août 2014 et le 29 février 2014.')).toEqual([]);
  });

  it('reads a day or month with no year only when the article gives its year', () => {
    expect(dates('depuis juin', { origin: 'unknown' })).toEqual([]);
    // written in March, "depuis juin" is since the June before
    expect(dates('depuis juin', { value: '2021-03-04', precision: 'day', origin: 'byline' })).toEqual([['depuis juin', '2020-06', 'month', 'depuis', true]]);
    expect(dates('depuis juin', { value: '2021-09-04', precision: 'day', origin: 'byline' })).toEqual([['depuis juin', '2021-06', 'month', 'depuis', true]]);
  });

  it('places a day or month that looks back or ahead on the side of the article’s date it looks to', () => {
    const march = { value: '2021-03-20', precision: 'day', origin: 'byline' } as const;
    expect(dates('Il l’avait annoncé le 3 février dernier.', march)).toEqual([['le 3 février dernier', '2021-02-03', 'day', null, true]]);
    expect(dates('Il l’avait annoncé en décembre dernier.', march)).toEqual([['en décembre dernier', '2020-12', 'month', null, true]]);
    expect(dates('Le texte sera voté le 3 février prochain.', march)).toEqual([['le 3 février prochain', '2022-02-03', 'day', null, true]]);
    expect(dates('Le texte sera voté en juin prochain.', march)).toEqual([['en juin prochain', '2021-06', 'month', null, true]]);
    expect(dates('La migration doit aboutir d’ici février.', march)).toEqual([['d’ici février', '2022-02', 'month', 'd’ici', true]]);
    // the same month as the article's: "dernier" is the year before, "prochain" the year after
    expect(dates('En mars dernier, rien. En mars prochain, tout.', march)).toEqual([['En mars dernier', '2020-03', 'month', null, true], ['En mars prochain', '2022-03', 'month', null, true]]);
    // an article dated to the month only: a day in its own month cannot be placed before or after it
    expect(dates('Le 3 mars dernier.', { value: '2021-03', precision: 'month', origin: 'byline' })).toEqual([['Le 3 mars dernier', '2021-03-03', 'day', null, true]]);
    // no 29 February in 2025: the day stays in the article's year rather than become no date
    expect(dates('Le vote aura lieu le 29 février prochain.', { value: '2024-03-10', precision: 'day', origin: 'byline' })).toEqual([['le 29 février prochain', '2024-02-29', 'day', null, true]]);
    // with no such word, the article's year: a rule, not a reading of the verb's tense
    expect(dates('Il expliquait le 3 décembre que rien ne bougeait.', march)).toEqual([['le 3 décembre', '2021-12-03', 'day', null, true]]);
  });
});
