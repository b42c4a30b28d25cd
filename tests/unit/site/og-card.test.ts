// Open Graph cards: the right size, the same bytes for the same input (reproducible
// builds), different bytes for different titles; drawn each time (no cache: see og-card-cache.test.ts).
import { inflateSync } from 'node:zlib';
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

/** The card's pixels as RGB hex strings, row after row, from the PNG's palette and rows. */
function pixels(png: Uint8Array): string[][] {
  const bytes = Buffer.from(png);
  let at = 8;
  let palette = Buffer.alloc(0);
  const data: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'PLTE') palette = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  return Array.from({ length: 630 }, (_, y) =>
    Array.from({ length: 1200 }, (_, x) => palette.subarray(rows[y * 1201 + 1 + x]! * 3, rows[y * 1201 + 1 + x]! * 3 + 3).toString('hex')));
}

const background = '14213d';
const accent = 'f4c95d';

test('however long and wide the text, it stays inside the margins and above the footer\'s rule (a title too tall for its room is set smaller)', async () => {
  const cases = [
    { kind: 'Article', title: 'W'.repeat(110), detail: 'M'.repeat(140) },
    { kind: 'Acteur · organisation internationale', title: 'Mmmm '.repeat(30), detail: 'Wwww '.repeat(40) },
    { kind: 'Article', title: 'Gaia-X', detail: undefined },
  ];
  for (const content of cases) {
    const image = pixels(await renderCard(content));
    // the rule: the first row, from the bottom, that is accent across the card's middle
    const rule = image.findIndex((row) => row[600] === accent && row[100] === accent && row[1100] === accent);
    expect(rule, content.title).toBeGreaterThan(400);
    image.forEach((row, y) => {
      // a pixel or two of a glyph's side bearing may pass the margin; more would be text cut off
      for (const x of [0, 40, 60, 1140, 1160, 1199]) expect(row[x], `${content.title.slice(0, 10)}: pixel ${x},${y}`).toBe(background);
      if (y < 40 || y > 600) expect(row.every((p) => p === background), `${content.title.slice(0, 10)}: row ${y} is margin`).toBe(true);
    });
    // the two rows above the rule are empty: the title and its detail stop before it
    for (const y of [rule - 1, rule - 2]) expect(image[y]!.every((p) => p === background), `${content.title.slice(0, 10)}: row ${y}`).toBe(true);
  }
});


test('a title or detail with emoji is drawn as the same text without them, not with empty boxes', async () => {
  const withEmoji = await renderCard({ kind: 'Article', title: 'Thread 🧵 sur le cloud souverain 🇪🇺', detail: '14 février 2024 🎉' });
  const without = await renderCard({ kind: 'Article', title: 'Thread sur le cloud souverain', detail: '14 février 2024' });
  expect(Buffer.from(withEmoji).equals(Buffer.from(without))).toBe(true);
});
