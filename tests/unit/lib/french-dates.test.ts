import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, type FindDatesOptions, type FoundDate } from '../../../src/lib/french-dates.ts';
import { periodOf } from '../../../src/charts/period.ts';

interface Expected {
  expression: string;
  value: string;
  precision: FoundDate['precision'];
  qualifier?: string;
  until?: FoundDate['until'];
  time?: string;
  yearFromContext?: boolean;
}
interface Case {
  group: string;
  text: string;
  contextYear?: string;
  dates: Expected[];
  note?: string;
  /** what a careful reader finds and the finder does not: the test expects the finder to differ */
  knownLimit?: string;
}

const corpus = JSON.parse(readFileSync(new URL('../../fixtures/dates/absolute.json', import.meta.url), 'utf8')) as Case[];

/** the fields the corpus states, in a fixed order, without the offsets */
function shape(d: FoundDate | Expected): Expected {
  return {
    expression: d.expression,
    value: d.value,
    precision: d.precision,
    ...(d.qualifier !== undefined ? { qualifier: d.qualifier } : {}),
    ...(d.until !== undefined ? { until: d.until } : {}),
    ...(d.time !== undefined ? { time: d.time } : {}),
    ...(d.yearFromContext ? { yearFromContext: true } : {}),
  };
}

const find = (text: string, contextYear?: string): FoundDate[] =>
  findDates(text, contextYear ? { contextYear } : {});
const found = (text: string, options?: FindDatesOptions): Expected[] => findDates(text, options).map(shape);

describe('the corpus (tests/fixtures/dates/absolute.json)', () => {
  it('is large enough and holds enough negatives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((c) => c.dates.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  for (const c of corpus) {
    const name = `${c.group}: ${c.text}${c.contextYear ? ` [${c.contextYear}]` : ''}`;
    const run = () => {
      const dates = find(c.text, c.contextYear);
      expect(dates.map(shape)).toEqual(c.dates.map(shape));
      for (const d of dates) expect(c.text.slice(d.start, d.end)).toBe(d.expression);
    };
    if (c.knownLimit) it.fails(`${name} (known limit: ${c.knownLimit})`, run);
    else it(name, run);
  }
});

describe('findDates keeps what src/pipeline/extract.ts found', () => {
  // the cases of tests/unit/pipeline/extract.test.ts, with the article's year 2020 as context
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
    ['OVHcloud s’associe à T-Systems, filiale de Deutsche Telekom, en septembre 2020.', [['en septembre 2020', '2020-09', 'month', null, false]]],
    ['OVHcloud seul, fin 2021.', [['fin 2021', '2021', 'year', 'fin', false]]],
  ];
  const rows = (text: string, contextYear?: string) =>
    find(text, contextYear).map((d) => [d.expression, d.value, d.precision, d.qualifier ?? null, d.yearFromContext ?? false]);
  for (const [text, expected] of table) it(text, () => expect(rows(text, '2020')).toEqual(expected));

  it('avoids numbers that are not years', () => {
    expect(rows('OVHcloud est l’un des 22 membres fondateurs, entre les 28 Etats, publié à 09h07, 2020 serveurs, 1 500 clients, 3000 euros.', '2020')).toEqual([]);
  });
  it('skips a day or month without a year when there is no context year (it would be a guess)', () => {
    expect(find('depuis juin')).toEqual([]);
    expect(find('lors de la conférence du 3 octobre')).toEqual([]);
  });
  it('does not take a month name alone for a date', () => {
    expect(find('Le mois de mai sera chaud. La planète mars.', '2020')).toEqual([]);
  });
});

describe('findDates', () => {
  it('drops an impossible date whole, without falling back to its month or year', () => {
    for (const text of ['32 août 2014', 'le 29 février 2014', '31/04/2020', '13/13/2020', '2020-13-01', '2021-02-30', 'le 0 mai 2020', 'du 30 au 32 août 2014']) {
      expect(find(text, '2020'), text).toEqual([]);
    }
    expect(found('le 29 février 2016')).toEqual([{ expression: 'le 29 février 2016', value: '2016-02-29', precision: 'day' }]);
    expect(find('le 29 février', '2021')).toEqual([]);
  });

  it('lists, when asked, the days written as dates that no calendar has, and only those', () => {
    const listed = (text: string) => {
      const impossible: NonNullable<FindDatesOptions['impossible']> = [];
      const dates = findDates(text, { impossible });
      return { dates: dates.map((d) => d.value), impossible: impossible.map((d) => d.expression) };
    };
    expect(listed('Publié le 31 juin 2021 à 10h12')).toEqual({ dates: [], impossible: ['le 31 juin 2021'] });
    expect(listed('le 29/02/2021, puis le 3 mars 2021')).toEqual({ dates: ['2021-03-03'], impossible: ['le 29/02/2021'] });
    expect(listed('2021-02-30')).toEqual({ dates: [], impossible: ['2021-02-30'] });
    // a real day, a day past 31 or a year out of reach is no impossible date: the first is a date, the others no date at all
    expect(listed('le 29 février 2020')).toEqual({ dates: ['2020-02-29'], impossible: [] });
    expect(listed('le 32 mai 2021, en l’an 312')).toEqual({ dates: [], impossible: [] });
  });

  it('reads two-digit years 00–69 as 20xx and 70–99 as 19xx, only with slashes', () => {
    expect(found('le 1/2/69')[0]?.value).toBe('2069-02-01');
    expect(found('le 1/2/70')[0]?.value).toBe('1970-02-01');
    expect(found('le 1.2.21')).toEqual([]);
    expect(found('le 1-2-21')).toEqual([]);
  });

  it('reads month names in full or abbreviated, with or without accents and dots, in any case', () => {
    const months = [
      ['janv.', 1], ['janv', 1], ['févr.', 2], ['fevr', 2], ['fév', 2], ['fev.', 2], ['mars', 3], ['avr.', 4], ['mai', 5], ['juin', 6],
      ['juil.', 7], ['août', 8], ['aout', 8], ['AOÛT', 8], ['Août', 8], ['sept.', 9], ['sep', 9], ['oct.', 10], ['nov', 11], ['déc.', 12], ['dec', 12],
      ['DÉCEMBRE', 12], ['Fevrier', 2],
    ] as const;
    for (const [name, n] of months) {
      expect(found(`le 3 ${name} 2021`), name).toEqual([{ expression: `le 3 ${name} 2021`, value: `2021-${String(n).padStart(2, '0')}-03`, precision: 'day' }]);
    }
  });

  it('reads a weekday in front, full or abbreviated', () => {
    for (const wd of ['lundi', 'Lun.', 'mar.', 'mercredi', 'jeu', 'ven.', 'sam.', 'dimanche']) {
      expect(found(`${wd} 6 oct. 2021`)[0], wd).toEqual({ expression: `${wd} 6 oct. 2021`, value: '2021-10-06', precision: 'day' });
    }
  });

  it('writes times as HH:MM or HH:MM:SS', () => {
    const time = (text: string) => find(text)[0]?.time;
    expect(time('le 3 juin 2020 à 10h')).toBe('10:00');
    expect(time('le 3 juin 2020 à 9 h 05')).toBe('09:05');
    expect(time('le 3 juin 2020, 17:45')).toBe('17:45');
    expect(time('le 3 juin 2020 10:30:59')).toBe('10:30:59');
    expect(time('2020-06-03T07:08:09.123Z')).toBe('07:08:09');
    expect(time('le 3 juin 2020 à 24h')).toBeUndefined();
    // a time after a month or a year is not a time of that date
    expect(found('en juin 2020 à 10h')).toEqual([{ expression: 'en juin 2020', value: '2020-06', precision: 'month' }]);
  });

  it('completes the start of a range from its end, across a new year', () => {
    expect(found('du 28 décembre au 3 janvier 2013')[0]).toMatchObject({ value: '2012-12-28', until: { value: '2013-01-03', precision: 'day' } });
    expect(found('de novembre à février 2021')[0]).toMatchObject({ value: '2020-11', until: { value: '2021-02', precision: 'month' } });
    expect(found('du 3 au 5 juin', { contextYear: '2022' })[0]).toMatchObject({ value: '2022-06-03', yearFromContext: true });
  });

  it('reads a range that runs backwards as no range', () => {
    expect(find('entre 2015 et 2013').some((d) => d.until)).toBe(false);
    expect(find('2015-2013').some((d) => d.until)).toBe(false);
  });

  it('frames a lone year only where the text does', () => {
    expect(found('En 2013, il part.').map((d) => d.value)).toEqual(['2013']);
    expect(found('Un rapport (2013).').map((d) => d.value)).toEqual(['2013']);
    expect(found('Le rapport de 2013.').map((d) => d.value)).toEqual(['2013']);
    for (const text of ['2 000 serveurs', '2020 serveurs', 'les 28 Etats', '3000 euros', 'à 09h07', 'il en a 2000.', 'plus de 2000.', 'les années 2000,', 'ISO 27001:2013.', 'n° 2019.', 'en 2020 salariés']) {
      expect(find(text, '2020'), text).toEqual([]);
    }
  });

  it('takes a month name alone only after "en" or a qualifier, and only with a context year', () => {
    expect(found('en mai', { contextYear: '2021' })).toEqual([{ expression: 'en mai', value: '2021-05', precision: 'month', yearFromContext: true }]);
    expect(found('fin mai', { contextYear: '2021' })[0]?.qualifier).toBe('fin');
    expect(find('en mai')).toEqual([]);
    for (const text of ['mai sera chaud', 'le mois de mai', 'la planète mars', 'vers Mars', 'La mission Mars 2020', 'en sept', 'depuis oct.']) {
      expect(find(text, '2021'), text).toEqual([]);
    }
  });

  it('reads no relative date', () => {
    for (const text of ['hier', 'lundi dernier', 'il y a trois ans', 'l’an dernier', 'la semaine prochaine', 'cet été', 'demain matin', 'ce lundi']) {
      expect(find(text, '2021'), text).toEqual([]);
    }
  });

  it('gives UTF-16 offsets, also after astral characters and decomposed accents', () => {
    const text = '🚀 Lancé le 3 août 2020.';
    const [d] = find(text);
    expect(d).toMatchObject({ start: 9, end: 23, expression: 'le 3 août 2020' }); // the rocket is two UTF-16 units
    const nfd = 'Le 3 août 2020, puis en décembre 2021.'.normalize('NFD');
    expect(find(nfd).map((x) => [x.value, x.expression === nfd.slice(x.start, x.end)])).toEqual([['2020-08-03', true], ['2021-12', true]]);
  });

  it('ignores a context year that is not four digits', () => {
    expect(find('en mai', 'mai')).toEqual([]);
  });

  it('returns at once for a text with no digit (and no month name with a context year)', () => {
    const prose = 'Le gouvernement a présenté sa stratégie nationale pour le cloud, mais jamais il ne précise comment. '.repeat(2000);
    expect(find(prose)).toEqual([]);
    expect(find(prose, '2021')).toEqual([]);
  });

  it('finds dates in order, without overlaps, with qualifiers from one vocabulary that period.ts reads', () => {
    const vocabulary = new Set([
      'début', 'mi', 'fin', 'courant', 'depuis', 'dès', 'avant', 'après', 'vers', 'jusqu’à', 'jusqu’en', 'd’ici', 'à partir de',
      'printemps', 'été', 'automne', 'hiver', 'premier semestre', 'second semestre',
      'premier trimestre', 'deuxième trimestre', 'troisième trimestre', 'quatrième trimestre',
    ]);
    for (const c of corpus) {
      const dates = find(c.text, c.contextYear);
      for (let i = 1; i < dates.length; i++) expect(dates[i]!.start).toBeGreaterThanOrEqual(dates[i - 1]!.end);
      for (const d of dates) {
        if (d.qualifier !== undefined) expect(vocabulary, d.qualifier).toContain(d.qualifier);
        expect(() => periodOf(d.value, d.precision, d.qualifier)).not.toThrow();
        if (d.until) expect(periodOf(d.until.value, d.until.precision).start).toBeGreaterThan(periodOf(d.value, d.precision).start);
        expect(d.expression).toBe(d.expression.trim());
      }
    }
  });
});
