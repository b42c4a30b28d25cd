import { describe, expect, it } from 'vitest';
import { markedMentions, parseTermMode } from '../../../src/client/term-mode.ts';

describe('which glossary mentions an article marks', () => {
  const ids = ['cloud-act', 'rgpd', 'cloud-act', 'gaia-x', 'rgpd'];
  it('every mention, the first of each term, or none', () => {
    expect(markedMentions(ids, 'all')).toEqual([true, true, true, true, true]);
    expect(markedMentions(ids, 'first')).toEqual([true, true, false, true, false]);
    expect(markedMentions(ids, 'off')).toEqual([false, false, false, false, false]);
  });
  it('reads a stored choice, and anything else as every mention', () => {
    expect(parseTermMode('first')).toBe('first');
    expect(parseTermMode('off')).toBe('off');
    expect(parseTermMode(null)).toBe('all');
    expect(parseTermMode('<script>')).toBe('all');
  });
});
