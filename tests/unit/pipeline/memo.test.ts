import { describe, expect, it } from 'vitest';
import { forgetTexts, memoizeText } from '../../../src/lib/memo.ts';
import { ruleText } from '../../../src/pipeline/layout/rules.ts';
import { measure, STOPWORDS } from '../../../src/pipeline/layout/features.ts';
import { isHeadingShaped } from '../../../src/pipeline/layout/classify.ts';

describe('memoizeText', () => {
  it('answers each text once, and every text its own answer', () => {
    const asked: string[] = [];
    const length = memoizeText((text) => {
      asked.push(text);
      return text.length;
    });
    expect([length('abc'), length('abc'), length('de'), length('abc')]).toEqual([3, 3, 2, 3]);
    expect(asked).toEqual(['abc', 'de']);
  });

  it('remembers answers that are undefined or false as well', () => {
    let calls = 0;
    const none = memoizeText(() => {
      calls++;
      return undefined;
    });
    const no = memoizeText(() => {
      calls++;
      return false;
    });
    none('x');
    none('x');
    no('x');
    no('x');
    expect(calls).toBe(2);
  });

  it('forgets everything when a new text is read', () => {
    let calls = 0;
    const upper = memoizeText((text) => {
      calls++;
      return text.toUpperCase();
    });
    upper('a');
    forgetTexts();
    expect(upper('a')).toBe('A');
    expect(calls).toBe(2);
  });

  it('shares an answer frozen: a caller that changed it would fail loudly', () => {
    const words = memoizeText((text) => ({ words: text.split(' ') }));
    const first = words('un deux');
    expect(() => {
      (first as { words: string[] }).words = [];
    }).toThrow(TypeError);
    expect(words('un deux').words).toEqual(['un', 'deux']);
  });

  it('stays right past its size limit (it starts afresh)', () => {
    const double = memoizeText((text) => `${text}${text}`);
    for (let i = 0; i < 45_000; i++) expect(double(String(i))).toBe(`${i}${i}`);
    expect(double('7')).toBe('77');
  });
});

/** ruleText as it was written before its shortcut: the reference. */
const reference = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

describe('ruleText', () => {
  it('gives what the two replacements gave, with or without anything to change', () => {
    for (const text of ['Lire aussi', 'l’Europe', 'l‘Europe', 'a  b', 'a\u00a0b', 'a\u202fb', ' a', 'a ', 'a\tb', 'a\nb', '\u2003', '', ' ', 'déjà  vu\u00a0: ‘oui’ ']) {
      expect(ruleText(text)).toBe(reference(text));
    }
  });
});

describe('measure', () => {
  it('counts an elided article as a function word of its own', () => {
    // « l’ » and « qu’ » are function words, « Europe » and « il » the words after them
    const f = measure('l’Europe qu’il aime');
    expect(f.words).toBe(3);
    expect(f.stopwordDensity).toBeCloseTo(3 / 5);
    // a word with an apostrophe that is no elision is one word, looked up whole
    expect(measure("aujourd'hui").words).toBe(1);
    expect(measure("aujourd'hui").stopwordDensity).toBe(STOPWORDS.has("aujourd'hui") ? 1 : 0);
    expect(measure('presqu’île').stopwordDensity).toBe(STOPWORDS.has('presqu’île') ? 1 : 0);
  });
  it('counts sentences when asked, and keeps the count', () => {
    const f = measure('Une phrase. Une autre phrase ici. Et une troisième !');
    expect(f.sentences).toBe(3);
    expect(f.sentences).toBe(3);
    expect(measure('Pas de point').sentences).toBe(1);
  });
});

describe('isHeadingShaped', () => {
  it('takes no line longer than 100 characters for a heading, quoted or not', () => {
    expect(isHeadingShaped('Le pari des offres hybrides')).toBe(true);
    expect(isHeadingShaped(`« ${'mot '.repeat(30)}»`)).toBe(false);
    expect(isHeadingShaped(`Le ${'a'.repeat(100)}`)).toBe(false);
  });
});
