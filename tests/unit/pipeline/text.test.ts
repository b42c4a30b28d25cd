import { describe, expect, it } from 'vitest';
import { normalizeForComparison, slugify, truncateAtWord, countWords } from '../../../src/lib/text.ts';

describe('slugify', () => {
  it('makes French titles into ASCII slugs', () => {
    expect(slugify('OVHcloud à la place de Microsoft ? Le cloud européen')).toBe('ovhcloud-a-la-place-de-microsoft-le-cloud-europeen');
    expect(slugify('L’Europe tremble : « Cœur » & Œuvre')).toBe('l-europe-tremble-coeur-oeuvre');
    // letters that are not a base letter plus an accent keep their place in the word
    expect(slugify('À Łódź, Øresund et Þórshöfn : Straße, Đakovo')).toBe('a-lodz-oresund-et-thorshofn-strasse-dakovo');
    expect(slugify('{process.exit()} <script>')).toBe('process-exit-script');
  });
  it('cuts long slugs at a hyphen, at most 80 characters', () => {
    const slug = slugify('Contre l’hégémonie américaine, Dassault et OVH vont plancher sur un projet de Cloud européen souverain');
    expect(slug.length).toBeLessThanOrEqual(80);
    // and never ends on a word like "de" that leaves the URL hanging
    expect(slug).toBe('contre-l-hegemonie-americaine-dassault-et-ovh-vont-plancher-sur-un-projet');
  });
});

describe('truncateAtWord', () => {
  it('keeps short text and cuts long text at a word, with an ellipsis only when it cut', () => {
    expect(truncateAtWord('Court.', 90)).toBe('Court.');
    expect(truncateAtWord('Dans un communiqué daté du début de semaine, le français OVHcloud a indiqué qu’il s’associait', 60)).toBe('Dans un communiqué daté du début de semaine, le français…');
  });
});

describe('normalizeForComparison', () => {
  it('compares apostrophes, quotes and white space loosely', () => {
    expect(normalizeForComparison('l’agenda «\u00a0America First\u00a0»  de')).toBe(normalizeForComparison('l\'agenda "America First" de'));
  });
});

describe('countWords', () => {
  it('counts words with elision and hyphens as one', () => {
    expect(countWords('L’objectif de Gaia-X, c’est 3 choses.')).toBe(6);
  });
});
