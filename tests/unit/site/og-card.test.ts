// Open Graph cards: the right size, the same bytes for the same input (reproducible
// builds), different bytes for different titles; drawn each time (no cache: see og-card-cache.test.ts).
import { expect, test } from 'vitest';
import { renderCard } from '../../../src/og/card.ts';

const size = (png: Uint8Array) => {
  const buffer = Buffer.from(png);
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
};

test('a card is a 1200×630 PNG, byte-identical from one render to the next', async () => {
  const content = { kind: 'Terme du glossaire', title: 'Cloud Act', detail: 'Loi américaine de 2018 sur l’accès aux données.' };
  const first = await renderCard(content);
  const second = await renderCard(content);
  expect(size(first)).toEqual([1200, 630]);
  expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  const other = await renderCard({ ...content, title: 'RGPD' });
  expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
});

test('a very long title is shortened, still one 1200×630 card', async () => {
  const png = await renderCard({ kind: 'Article', title: 'Un titre très long '.repeat(20) });
  expect(size(png)).toEqual([1200, 630]);
});
