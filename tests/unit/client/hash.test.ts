import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../src/client/hash.ts';

describe('the figures’ URL hash', () => {
  it('reads "OVHcloud’s partners in 2020"', () => {
    expect(parseHash('#acteur=ovhcloud&type=partnership&jusqua=2020')).toEqual({
      actor: 'ovhcloud', event: null, types: ['partnership'], kinds: null, from: null, to: 2020,
    });
  });

  it('round-trips every field', () => {
    const hash = '#acteur=ovhcloud&evenement=rapport-secure-cloud&type=partnership,mission&genre=company,person&de=2014&jusqua=2019';
    expect(formatHash(parseHash(hash))).toBe(hash);
  });

  it('writes nothing for the plain view', () => {
    expect(formatHash(parseHash(''))).toBe('');
  });

  it('leaves plain anchors (#event-id) and mangled hashes alone', () => {
    expect(parseHash('#rapport-secure-cloud').actor).toBeNull();
    expect(parseHash('#acteur=%E0%A4%A').actor).toBeNull();
  });

  it('ignores a year that is not a year, and keeps an empty filter empty', () => {
    expect(parseHash('#jusqua=demain').to).toBeNull();
    expect(parseHash('#type=').types).toEqual([]);
  });
});
