// Long lists cut into pages of a fixed size, and the numbered navigation between them: what
// keeps a page that lists the corpus bounded whatever the corpus's size. Pure; the pages make
// the links (src/components/listing.ts).

export interface Page<T> {
  /** from 1 */
  number: number;
  total: number;
  /** index, in the whole list, of the page's first item */
  first: number;
  items: T[];
}

/** The list as pages of `size` items, in order; an empty list is one empty page (its address still answers). */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: the page size must be a whole number from 1, not ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, first: i * size, items: items.slice(i * size, (i + 1) * size) }));
}

/** The page (from 1) holding the item at `index` (from 0). */
export function pageOfIndex(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}

/**
 * The page numbers a navigation shows: the first, the last, and `radius` pages either side of
 * the current one, a gap where pages are left out; never more than 2 × radius + 5 entries,
 * whatever the number of pages. A gap never hides a single page: that page is shown instead.
 */
export function pageWindow(current: number, total: number, radius = 2): Array<number | 'gap'> {
  if (!Number.isInteger(current) || current < 1 || current > total) throw new Error(`pageWindow: no page ${current} of ${total}`);
  const shown = new Set<number>([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push('gap');
    out.push(n);
  }
  return out;
}

/**
 * The bounds of every list a page carries that would otherwise grow with the corpus (docs/site.md,
 * « Bounded pages »): the rest is on numbered pages, each as long at most.
 */
export const PAGE_SIZES = {
  /** the home page's latest articles; all of them are on /articles/ */
  homeArticles: 8,
  /** /articles/, /articles/page/<n>/ */
  articles: 50,
  /** /rss.xml: the newest articles (a feed says what is new; the archive is /articles/) */
  feed: 50,
  /** /a-propos/textes/…: the sources table, one row per text */
  texts: 50,
  /** /chronologie/dates/<année>/…: the dates the articles cite, each a link to its sentence */
  dates: 300,
  /** the dates of one group a figure's panel shows (/chronologie/dates/<groupe>.json) */
  groupPanel: 40,
  /** /acteurs/<id>/…: the articles that name an actor, a few sentences each */
  actorArticles: 60,
  /** /glossaire/<id>/…: the articles that use a term, a few passages each */
  termArticles: 80,
  /** the network figure (/reseau/, the home page, /integrer/reseau/): the most connected actors
   *  (src/charts/network-selection.ts). Measured on the synthetic 300-actor network: up to 60
   *  actors the wide frame shows its names at their size (≥ 11.9 px at 800 px wide) and the phone's
   *  frame is under two screens long (1.7 at 390 px); at 80 names fall to 10.4 px and the phone
   *  scrolls 2.3 screens, at 100 to 8 px and 3 screens. Every actor is on /reseau/tous/. */
  networkActors: 60,
  /** /reseau/tous/…: every relation of the network with its sources, a page of them */
  networkRelations: 200,
} as const;
