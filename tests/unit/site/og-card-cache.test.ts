// The link cards' cache: a card made once is taken from the cache the next time, any change
// of input makes another card, and an entry cut short (a killed build) is made again.
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { renderCard } from '../../../src/og/card.ts';
import { cardKey, folderCardCache, isWholePng, type CardCache } from '../../../src/og/card-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cartes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** the folder cache, counting what it is asked */
function counted(inner: CardCache) {
  const counts = { hits: 0, misses: 0, puts: 0 };
  const cache: CardCache = {
    get(key) {
      const found = inner.get(key);
      if (found) counts.hits++;
      else counts.misses++;
      return found;
    },
    put(key, png) {
      counts.puts++;
      inner.put(key, png);
    },
  };
  return { cache, counts };
}

const content = { kind: 'Article', title: 'OVHcloud s’associe à T-Systems', detail: 'Clubic, 2021' };

test('a card made once is read back from the cache, byte for byte what rendering gives', async () => {
  const { cache, counts } = counted(folderCardCache(dir));
  const made = await renderCard(content, cache);
  expect(counts).toEqual({ hits: 0, misses: 1, puts: 1 });
  const again = await renderCard(content, cache);
  expect(counts).toEqual({ hits: 1, misses: 1, puts: 1 });
  expect(Buffer.from(again).equals(Buffer.from(made))).toBe(true);
  expect(Buffer.from(await renderCard(content, null)).equals(Buffer.from(made))).toBe(true);
  expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(1);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('any change of what the card shows makes another card, never the cached one', async () => {
  const { cache, counts } = counted(folderCardCache(dir));
  const first = await renderCard(content, cache);
  for (const changed of [{ ...content, title: `${content.title}.` }, { ...content, detail: 'Clubic, 2022' }, { ...content, kind: 'Acteur' }, { kind: content.kind, title: content.title }]) {
    const png = await renderCard(changed, cache);
    expect(Buffer.from(png).equals(Buffer.from(first))).toBe(false);
  }
  expect(counts.hits).toBe(0);
  expect(counts.puts).toBe(5);
});

test('the key changes with the SVG and with the rasteriser', () => {
  expect(cardKey('<svg/>', 'resvg 1')).toBe(cardKey('<svg/>', 'resvg 1'));
  expect(cardKey('<svg/>', 'resvg 1')).not.toBe(cardKey('<svg />', 'resvg 1'));
  expect(cardKey('<svg/>', 'resvg 1')).not.toBe(cardKey('<svg/>', 'resvg 2'));
  // no way to make one key from two different pairs by moving a character across
  expect(cardKey('b<svg/>', 'resvg 1a')).not.toBe(cardKey('<svg/>', 'resvg 1ab'));
});

test('an entry cut short, or not a PNG, is not used: the card is made again and replaces it', async () => {
  const { cache, counts } = counted(folderCardCache(dir));
  const made = await renderCard(content, cache);
  const [file] = readdirSync(dir);
  truncateSync(join(dir, file!), 100);
  expect(isWholePng(new Uint8Array(Buffer.alloc(0)))).toBe(false);
  const again = await renderCard(content, cache);
  expect(counts).toEqual({ hits: 0, misses: 2, puts: 2 });
  expect(Buffer.from(again).equals(Buffer.from(made))).toBe(true);
  writeFileSync(join(dir, file!), 'not a png');
  expect(await renderCard(content, cache)).toEqual(made);
  expect(isWholePng(made)).toBe(true);
});

test('a missing cache folder is made; one that cannot be made costs only time, not the card', async () => {
  const gone = folderCardCache(join(dir, 'absent', 'deeper'));
  expect(gone.get('0'.repeat(64))).toBeUndefined();
  expect(isWholePng(await renderCard(content, gone))).toBe(true);
  expect(readdirSync(join(dir, 'absent', 'deeper'))).toHaveLength(1);
  // a file where the folder should be: the card is still made
  writeFileSync(join(dir, 'a-file'), '');
  const blocked = folderCardCache(join(dir, 'a-file', 'cartes'));
  const png = await renderCard({ ...content, title: 'Autre titre' }, blocked);
  expect(isWholePng(png)).toBe(true);
});
