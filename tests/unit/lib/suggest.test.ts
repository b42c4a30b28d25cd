import { describe, expect, it } from 'vitest';
import { editDistance, nearest, suggestion } from '../../../src/lib/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('ovhcloud', 'ovhcloud')).toBe(0);
    expect(editDistance('ovh-cloud', 'ovhcloud')).toBe(1);
    expect(editDistance('gaiax', 'gaia-x')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops past its limit', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('nearest and suggestion', () => {
  const ids = ['ovhcloud', 'orange', 'gaia-x', 'cloud-act', 'secnumcloud'];

  it('the close names, nearest first; nothing for a name close to none', () => {
    expect(nearest('ovh-cloud', ids)).toEqual(['ovhcloud']);
    expect(nearest('cloudact', ids)).toEqual(['cloud-act']);
    expect(nearest('thales', ids)).toEqual([]);
  });

  it('all the names when they are few, the nearest when they are many', () => {
    expect(suggestion('x', ['a', 'b'])).toBe(' (a, b)');
    const many = Array.from({ length: 500 }, (_, i) => `seed-${i}`);
    expect(suggestion('seed-12a', many)).toBe('; did you mean "seed-12" or "seed-120" or "seed-121"?');
    expect(suggestion('zzzzzzzzzzzz', many)).toBe('');
  });
});
