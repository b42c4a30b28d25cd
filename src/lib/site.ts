// What the whole site says about itself: its name, and how a page path becomes the
// absolute URL a link card or a feed needs (site + base, always with a trailing slash).
import { url } from './paths.ts';

export { siteName, siteDescription } from './identity.ts';

/** `/articles/x/` (a path under the base) → `https://host/base/articles/x/` */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('absoluteUrl: `site` is not set in astro.config.mjs (SITE_URL)');
  return new URL(url(path), site).href;
}

/** A page's URL path as served, normalised so `/x` and `/x/` and `/x/index.html` are one page. */
export function canonicalPath(pathname: string): string {
  const withoutIndex = pathname.replace(/index\.html$/, '');
  if (/\.[a-z0-9]+$/i.test(withoutIndex)) return withoutIndex; // a file such as 404.html
  return withoutIndex.endsWith('/') ? withoutIndex : `${withoutIndex}/`;
}

/** Pages whose Open Graph card is not derived from a collection (src/og/subjects.ts). */
const fixedCards = new Set(['reseau', 'chronologie', 'glossaire', 'acteurs', 'a-propos']);

/** The Open Graph image of a page, from its path under the base:
 *  `/articles/x/` → `/og/articles/x.png`, `/reseau/` → `/og/reseau.png`, others → `/og/site.png`. */
export function ogImageFor(pagePath: string): string {
  const path = pagePath.replace(/^\/+|\/+$/g, '');
  if (fixedCards.has(path) || /^(articles|acteurs|glossaire)\/[a-z0-9-]+$/.test(path)) return `/og/${path}.png`;
  return '/og/site.png';
}

/** Astro.url.pathname (which includes the base) → the path under the base. */
export function pathUnderBase(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}

/** The kinds of search result (Pagefind meta and filter "kind"), for the search page's choice. */
export const searchKinds = [
  { value: '', label: 'Tout' },
  { value: 'Article', label: 'Articles' },
  { value: 'Terme du glossaire', label: 'Termes' },
  { value: 'Acteur', label: 'Acteurs' },
  { value: 'Page', label: 'Autres pages' },
] as const;

/** What a search result is, from the page's path under the base. */
export function searchKindFor(pagePath: string): string {
  if (/^\/articles\/[^/]+\/?$/.test(pagePath)) return 'Article';
  if (/^\/glossaire\/[^/]+\/?$/.test(pagePath)) return 'Terme du glossaire';
  if (/^\/acteurs\/[^/]+\/?$/.test(pagePath)) return 'Acteur';
  return 'Page';
}
