// The link cards of a build, drawn outside Astro: every page's card (subjects.ts) written
// as <outDir>/og/<page path>.png. This step runs beside `astro build`, in its own process,
// so that its drawing takes the machine's other core instead of adding to Astro's time and
// memory; a card already in the cache is copied, not drawn again.
//
//   content/generated/articles/*.mdx (frontmatter) + content/*.yaml ─► Card[] ─► PNG files
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
// the parser Astro reads the same frontmatter with, so a card says what its page says; ten
// times faster than `yaml` on a thousand frontmatters
import { load as parseYaml } from 'js-yaml';
import { articleFrontmatter } from '../model/generated.ts';
import { siteKnowledge } from '../knowledge/site.ts';
import { cardMaker, type CardMaker } from './card.ts';
import type { CardCache } from './card-cache.ts';
import { actorCards, articleCards, pageCards, termCards, type ArticleSubject, type Card } from './subjects.ts';

const ARTICLES = join('content', 'generated', 'articles');

/** The frontmatter of one generated page: the text between its first two `---` lines. */
export function frontmatterOf(text: string, file: string): ArticleSubject {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter between "---" lines; run the build step again (npm run content)`);
  const parsed = articleFrontmatter.safeParse(parseYaml(match[1]!));
  if (!parsed.success) throw new Error(`${file}: frontmatter does not match the schema of generated pages: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Every card the site has, for the project at `root` (its build step has run). */
export function siteCards(root: string): Card[] {
  const dir = join(root, ARTICLES);
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => frontmatterOf(readFileSync(join(dir, name), 'utf8'), join(ARTICLES, name)));
  const { actors, terms } = siteKnowledge(root);
  return [...pageCards, ...articleCards(articles), ...actorCards(actors), ...termCards(terms)];
}

export interface CardsWritten {
  cards: number;
  /** drawn in this run */
  drawn: number;
  /** taken from the cache */
  reused: number;
}

/**
 * Writes every card of `cards` as `<outDir>/og/<path>.png`. Up to `inFlight` cards are drawn
 * at once: text is set and glyphs drawn on this thread while earlier cards are deflated on libuv's threads.
 * Once all are written, the cache keeps only these cards.
 */
export async function writeCards(
  cards: readonly Card[],
  outDir: string,
  options: { cache: CardCache | null; maker?: CardMaker; inFlight?: number },
): Promise<CardsWritten> {
  const maker = options.maker ?? cardMaker(options.cache);
  const inFlight = Math.max(1, options.inFlight ?? availableParallelism() + 1);
  const paths = new Set<string>();
  for (const card of cards) {
    if (paths.has(card.path)) throw new Error(`two link cards for the same page: og/${card.path}.png`);
    paths.add(card.path);
  }
  const result: CardsWritten = { cards: cards.length, drawn: 0, reused: 0 };
  const keys = new Set<string>();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < cards.length) {
      const card = cards[next++]!;
      const { png, key, cached } = await maker.make(card);
      keys.add(key);
      const file = join(outDir, 'og', `${card.path}.png`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
      if (cached) result.reused++;
      else result.drawn++;
    }
  }
  await Promise.all(Array.from({ length: Math.min(inFlight, cards.length) }, worker));
  // every card written: the cache keeps these and lets go of the cards no page has now
  options.cache?.keepOnly(keys);
  return result;
}
