// Where the site's paged lists live: page 1 at the list's own address, page n at
// `<address>page/<n>/` (French, with its trailing slash), and the groups of cited dates. Every
// link goes through routes/url (src/lib/paths.ts), so a site under a sub-path keeps working.
import { routes, url } from '../lib/paths.ts';

/** Page `n` of a list whose first page is at `first` (a path ending in "/", under the base). */
export function pagedUrl(first: string, n: number): string {
  return n === 1 ? first : `${first}page/${n}/`;
}

export const listing = {
  /** every article, newest first */
  articles: (n = 1) => pagedUrl(url('/articles/'), n),
  /** the sources table of « À propos » */
  texts: (n = 1) => pagedUrl(url('/a-propos/textes/'), n),
  /** the years of cited dates, with their counts */
  dates: () => url('/chronologie/dates/'),
  /** one year's cited dates */
  datesOfYear: (year: number, n = 1) => pagedUrl(url(`/chronologie/dates/${year}/`), n),
  /** a group's dates for a figure's script: a bounded static file */
  dateGroupData: (key: string) => url(`/chronologie/dates/${key}.json`),
  /** the articles that name an actor (page 1 is the actor's own page) */
  actorArticles: (id: string, n = 1) => pagedUrl(routes.actor(id), n),
  /** every actor of the network, and its relations a page of them, when the figure draws only the most connected */
  networkAll: (n = 1) => pagedUrl(url('/reseau/tous/'), n),
  /** the articles that use a term (page 1 is the term's own page) */
  termArticles: (id: string, n = 1) => pagedUrl(routes.termPage(id), n),
};

/** The id of a group's heading on its year's page: `mois-2019-03`, `annee-2019`. */
export function dateGroupAnchor(key: string): string {
  return key.length === 7 ? `mois-${key}` : `annee-${key}`;
}

interface Dated { slug: string; date: { origin: string; value?: string } }

/** Articles newest first, by their date as written (so, within 2019, "2019-03-12", then "2019-03", then "2019"),
 *  the articles of unknown date last, ties by address. */
export function newestFirst<T extends Dated>(articles: readonly T[]): T[] {
  const key = (a: T) => (a.date.origin === 'unknown' || !a.date.value ? undefined : a.date.value);
  return [...articles].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === undefined || y === undefined) return x === y ? cmp(a.slug, b.slug) : x === undefined ? 1 : -1;
    return cmp(y, x) || cmp(a.slug, b.slug);
  });
}

/** Articles in date order (the sources table), unknown dates last, ties by address. */
export function oldestFirst<T extends Dated>(articles: readonly T[]): T[] {
  const key = (a: T) => (a.date.origin === 'unknown' || !a.date.value ? '\uffff' : a.date.value);
  return [...articles].sort((a, b) => cmp(key(a), key(b)) || cmp(a.slug, b.slug));
}

/** Where each year starts in a list sorted newest first: year (or undefined for the unknown dates) → its first index. */
export function yearStarts<T extends Dated>(sorted: readonly T[]): Array<{ year: string | undefined; index: number; count: number }> {
  const out: Array<{ year: string | undefined; index: number; count: number }> = [];
  sorted.forEach((a, index) => {
    const year = a.date.origin === 'unknown' ? undefined : a.date.value?.slice(0, 4);
    const last = out.at(-1);
    if (last && last.year === year) last.count++;
    else out.push({ year, index, count: 1 });
  });
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
