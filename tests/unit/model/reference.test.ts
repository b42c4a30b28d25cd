import { describe, expect, it } from 'vitest';
import { reference } from '../../../src/model/knowledge.ts';

describe('reference', () => {
  const page = { title: 'Le Data Act entre en vigueur', url: 'https://www.example.org/data-act', consulted: '2026-12-03' };

  it('a page of the public record says who published it and when it was read', () => {
    expect(reference.safeParse({ ...page, publisher: 'ChannelNews' }).success).toBe(true);
    expect(reference.safeParse(page).success).toBe(false);
    expect(reference.safeParse({ ...page, publisher: 'ChannelNews', consulted: undefined }).success).toBe(false);
  });

  it('a publisher is a name, not a stray quotation mark', () => {
    const parsed = reference.safeParse({ ...page, publisher: '«' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/a publisher is a name/);
  });
});
