// formatDate is src/lib/dates.ts's, tested in tests/unit/site/story-and-dates.test.ts
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../../src/charts/format.ts';

describe('jsonForScript', () => {
  it('cannot close the script element it sits in', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
