// The link-card step: one card per page that has one (every article, actor and term, and the
// fixed pages), written under og/ at the page's path, read from the generated pages'
// frontmatter; a second run takes every card from the cache.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { frontmatterOf, siteCards, writeCards } from '../../../src/og/build-cards.ts';
import { folderCardCache, isWholePng } from '../../../src/og/card-cache.ts';
import type { CardMaker } from '../../../src/og/card.ts';
import { pageCards } from '../../../src/og/subjects.ts';
import { siteKnowledge } from '../../../src/knowledge/site.ts';
import { convertedCopy, type ConvertedCopy } from '../real-project.ts';

let copy: ConvertedCopy;
let out: string;
beforeAll(async () => {
  copy = await convertedCopy();
  out = mkdtempSync(join(tmpdir(), 'cards-out-'));
}, 60_000);
afterAll(() => {
  copy?.remove();
  rmSync(out, { recursive: true, force: true });
});

/** a maker that draws nothing: the card's text as its "PNG", and a count of the calls */
function fakeMaker() {
  const made: string[] = [];
  const maker: CardMaker = {
    async make(content) {
      made.push(content.title);
      return { png: new TextEncoder().encode(JSON.stringify(content)), key: '0'.repeat(64), cached: false };
    },
  };
  return { maker, made };
}

test('every article, actor and term has a card, and so has every fixed page, each once', () => {
  const cards = siteCards(copy.root);
  const { actors, terms } = siteKnowledge(copy.root);
  const articles = readdirSync(join(copy.root, 'content/generated/articles')).filter((f) => f.endsWith('.mdx'));
  expect(articles.length).toBeGreaterThan(0);
  expect(cards).toHaveLength(pageCards.length + articles.length + actors.length + terms.length);
  expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
  for (const name of articles) expect(cards.map((c) => c.path)).toContain(`articles/${name.replace(/\.mdx$/, '')}`);
  const article = cards.find((c) => c.path.startsWith('articles/'))!;
  expect(article.kind).toBe('Article');
  expect(article.title.length).toBeGreaterThan(0);
});

test('cards are written at their page\'s path under og/, and a card is drawn by the real code as a PNG', async () => {
  const cards = siteCards(copy.root).slice(0, 8);
  const cache = mkdtempSync(join(tmpdir(), 'cards-cache-'));
  try {
    const first = await writeCards(cards, out, { cache: folderCardCache(cache), inFlight: 3 });
    expect(first).toEqual({ cards: 8, drawn: 8, reused: 0 });
    for (const card of cards) expect(isWholePng(new Uint8Array(readFileSync(join(out, 'og', `${card.path}.png`))))).toBe(true);
    const second = await writeCards(cards, out, { cache: folderCardCache(cache) });
    expect(second).toEqual({ cards: 8, drawn: 0, reused: 8 });
    // a page gone (here, the last two): its card leaves the cache once a step has succeeded without it
    expect(readdirSync(cache)).toHaveLength(8);
    await writeCards(cards.slice(0, 6), out, { cache: folderCardCache(cache) });
    expect(readdirSync(cache)).toHaveLength(6);
    expect(await writeCards(cards.slice(0, 6), out, { cache: folderCardCache(cache) })).toEqual({ cards: 6, drawn: 0, reused: 6 });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}, 60_000);

test('all cards are made whatever the number drawn at once, and two cards for one page are refused', async () => {
  const cards = siteCards(copy.root);
  for (const inFlight of [1, 4, 1000]) {
    const target = mkdtempSync(join(tmpdir(), 'cards-n-'));
    const { maker, made } = fakeMaker();
    const written = await writeCards(cards, target, { cache: null, maker, inFlight });
    expect(written.drawn).toBe(cards.length);
    expect(made.sort()).toEqual(cards.map((c) => c.title).sort());
    expect(existsSync(join(target, 'og', `${cards.at(-1)!.path}.png`))).toBe(true);
    rmSync(target, { recursive: true, force: true });
  }
  await expect(writeCards([cards[0]!, { ...cards[1]!, path: cards[0]!.path }], out, { cache: null, maker: fakeMaker().maker })).rejects.toThrow(`og/${cards[0]!.path}.png`);
});

test('a generated page without frontmatter, or with one the schema refuses, is an error naming it', () => {
  expect(() => frontmatterOf('pas de frontmatter\n', 'content/generated/articles/x.mdx')).toThrow(/x\.mdx: no frontmatter/);
  expect(() => frontmatterOf('---\ntitle: 3\n---\n', 'content/generated/articles/y.mdx')).toThrow(/y\.mdx: frontmatter does not match/);
  const dir = join(copy.root, 'content/generated/articles');
  const [name] = readdirSync(dir);
  writeFileSync(join(dir, name!), '---\nslug: sans-titre\n---\n');
  expect(() => siteCards(copy.root)).toThrow(name);
});
