import { describe, expect, it } from 'vitest';
import { formatDate, jsonForScript } from '../../../src/charts/format.ts';

describe('formatDate', () => {
  it('writes the date at its precision, in French', () => {
    expect(formatDate('2013')).toBe('2013');
    expect(formatDate('2013-06')).toBe('juin 2013');
    expect(formatDate('2014-04-15')).toBe('15 avril 2014');
    expect(formatDate('2020-07-01')).toBe('1er juillet 2020');
  });
  it('rejects a month that does not exist', () => {
    expect(() => formatDate('2020-13')).toThrow('not a partial date: 2020-13');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it sits in', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
