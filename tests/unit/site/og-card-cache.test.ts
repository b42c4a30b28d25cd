// The link cards' cache: a card drawn once is taken from the cache the next time without being
// laid out again, any change of what it shows or of the code that draws it makes another
// card, and an entry cut short (a killed build) is drawn again.
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cardCodeVersion, cardKey, cardMaker, renderCard } from '../../../src/og/card.ts';
import { folderCardCache, isWholePng, type CardCache } from '../../../src/og/card-cache.ts';

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
    keepOnly: (keys) => inner.keepOnly(keys),
  };
  return { cache, counts };
}

const content = { kind: 'Article', title: 'OVHcloud s’associe à T-Systems', detail: 'Clubic, 2021' };
const version = cardCodeVersion();

test('a card drawn once is read back from the cache, byte for byte what drawing gives', async () => {
  const { cache, counts } = counted(folderCardCache(dir));
  const maker = cardMaker(cache, version);
  const made = await maker.make(content);
  expect(made.cached).toBe(false);
  expect(counts).toEqual({ hits: 0, misses: 1, puts: 1 });
  const again = await maker.make(content);
  expect(again.cached).toBe(true);
  expect(counts).toEqual({ hits: 1, misses: 1, puts: 1 });
  expect(Buffer.from(again.png).equals(Buffer.from(made.png))).toBe(true);
  expect(Buffer.from(await renderCard(content)).equals(Buffer.from(made.png))).toBe(true);
  expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('any change of what the card shows makes another card, never the cached one', async () => {
  const { cache, counts } = counted(folderCardCache(dir));
  const maker = cardMaker(cache, version);
  const first = await maker.make(content);
  for (const changed of [{ ...content, title: `${content.title}.` }, { ...content, detail: 'Clubic, 2022' }, { ...content, kind: 'Acteur' }, { kind: content.kind, title: content.title }]) {
    const { png, cached } = await maker.make(changed);
    expect(cached).toBe(false);
    expect(Buffer.from(png).equals(Buffer.from(first.png))).toBe(false);
  }
  expect(counts.hits).toBe(0);
  expect(counts.puts).toBe(5);
});

test('the key changes with what is shown and with the code version, and fields cannot trade characters', () => {
  expect(cardKey(content, 'v1')).toBe(cardKey({ ...content }, 'v1'));
  expect(cardKey(content, 'v1')).not.toBe(cardKey(content, 'v2'));
  expect(cardKey({ kind: 'A', title: 'bc' }, 'v1')).not.toBe(cardKey({ kind: 'Ab', title: 'c' }, 'v1'));
  expect(cardKey({ kind: 'A', title: 'b', detail: '' }, 'v1')).not.toBe(cardKey({ kind: 'A', title: 'b' }, 'v1'));
});

test('a card drawn by other code (another version) is not taken from the cache', async () => {
  const { cache, counts } = counted(folderCardCache(dir));
  await cardMaker(cache, version).make(content);
  const other = await cardMaker(cache, `${version}-other`).make(content);
  expect(other.cached).toBe(false);
  expect(counts.puts).toBe(2);
});

test('an entry cut short, or not a PNG, is not used: the card is drawn again and replaces it', async () => {
  const { cache, counts } = counted(folderCardCache(dir));
  const maker = cardMaker(cache, version);
  const made = await maker.make(content);
  const [file] = readdirSync(dir);
  truncateSync(join(dir, file!), 100);
  expect(isWholePng(new Uint8Array(Buffer.alloc(0)))).toBe(false);
  const again = await maker.make(content);
  expect(again.cached).toBe(false);
  expect(counts).toEqual({ hits: 0, misses: 2, puts: 2 });
  expect(Buffer.from(again.png).equals(Buffer.from(made.png))).toBe(true);
  writeFileSync(join(dir, file!), 'not a png');
  expect((await maker.make(content)).png).toEqual(made.png);
  expect(isWholePng(made.png)).toBe(true);
});

test('a missing cache folder is made; one that cannot be made costs only time, not the card', async () => {
  const gone = folderCardCache(join(dir, 'absent', 'deeper'));
  expect(gone.get('0'.repeat(64))).toBeUndefined();
  expect(isWholePng((await cardMaker(gone, version).make(content)).png)).toBe(true);
  expect(readdirSync(join(dir, 'absent', 'deeper'))).toHaveLength(1);
  // a file where the folder should be: the card is still made
  writeFileSync(join(dir, 'a-file'), '');
  const warnings: string[] = [];
  const blocked = folderCardCache(join(dir, 'a-file', 'cartes'), (message) => warnings.push(message));
  const maker = cardMaker(blocked, version);
  expect(isWholePng((await maker.make({ ...content, title: 'Autre titre' })).png)).toBe(true);
  expect(isWholePng((await maker.make({ ...content, title: 'Un autre encore' })).png)).toBe(true);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('a-file');
});
