// Page weight from a built dist/: for one HTML page, the bytes a browser fetches for it
// (the HTML, its stylesheets, its scripts and everything they import, lazy imports apart),
// raw and gzipped, file by file as a server sends them. Fonts and images aside; the search
// library (pagefind/), which the search field loads only when used, aside too. What a page
// loads is read by scripts/lib/built-site.ts, as the checks of the built files read it.
//
//   dist/ + page file ─► PageWeight
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pageAssets, sumWeights, weightOf, type Weight } from '../scripts/lib/built-site.ts';

export interface PageWeight {
  /** the HTML file, relative to dist/ */
  file: string;
  html: Weight;
  /** external stylesheets */
  css: Weight;
  /** <style> inside the HTML (already counted in `html`) */
  cssInline: Weight;
  /** scripts + their static imports: what runs before the page is interactive */
  js: Weight;
  /** <script> code inside the HTML (already counted in `html`) */
  jsInline: Weight;
  /** modules imported dynamically (pagefind excluded) */
  jsLazy: Weight;
  /** html + css + js + lazy js, gzipped: what the page costs over the wire */
  totalGzip: number;
  cssFiles: string[];
  jsFiles: string[];
  lazyFiles: string[];
  /** URLs the page refers to that are not in dist/ */
  missing: string[];
}

const isSearchLibrary = (url: string): boolean => /(?:^|\/)pagefind\//.test(url);

export function pageWeight(dist: string, htmlFile: string, base = '/'): PageWeight {
  const assets = pageAssets({ dir: dist, base }, htmlFile, isSearchLibrary);
  const files = (list: readonly string[]) => sumWeights(list.map((f) => weightOf(readFileSync(join(dist, f)))));
  const html = weightOf(assets.html);
  const css = files(assets.stylesheets);
  const js = files(assets.scripts);
  const jsLazy = files(assets.lazy);
  return {
    file: htmlFile,
    html,
    css,
    cssInline: sumWeights(assets.inlineStyles.map((text) => weightOf(text))),
    js,
    jsInline: sumWeights(assets.inlineScripts.map((text) => weightOf(text))),
    jsLazy,
    totalGzip: html.gzip + css.gzip + js.gzip + jsLazy.gzip,
    cssFiles: assets.stylesheets,
    jsFiles: assets.scripts,
    lazyFiles: assets.lazy,
    missing: assets.missing,
  };
}

/** gzipped JS a page loads: its scripts, their lazy imports, inline scripts */
export const jsGzip = (w: PageWeight): number => w.js.gzip + w.jsLazy.gzip + w.jsInline.gzip;

/** The page types of the site; `actor` is the heaviest actor page, the others the first of their kind. */
export const PAGE_TYPES = [
  'home', 'article', 'glossary', 'term', 'actors', 'actor', 'network', 'timeline', 'story', 'search', 'about', '404',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];
export type PageWeights = Partial<Record<PageType, PageWeight>>;

/** The pages of `section/` (each `section/<x>/index.html`), sorted. */
function subpages(dist: string, section: string): string[] {
  const dir = join(dist, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'index.html')))
    .sort()
    .map((name) => posix.join(section, name, 'index.html'));
}

/** Where each page type is in dist/: one file each (the first of its kind). */
export function findPages(dist: string): Record<PageType, string | undefined> {
  const page = (path: string) => (existsSync(join(dist, path)) ? path : undefined);
  return {
    home: page('index.html'),
    article: subpages(dist, 'articles')[0],
    glossary: page('glossaire/index.html'),
    term: subpages(dist, 'glossaire')[0],
    actors: page('acteurs/index.html'),
    actor: subpages(dist, 'acteurs')[0],
    network: page('reseau/index.html'),
    timeline: page('chronologie/index.html'),
    story: subpages(dist, 'chronologie/recit')[0],
    search: page('recherche/index.html'),
    about: page('a-propos/index.html'),
    '404': page('404.html'),
  };
}

/**
 * The weight of every page type; the actor page is the heaviest of all actor pages (the
 * one an actor named in many articles gets), since a target holds for each of them.
 */
export function siteWeights(dist: string): PageWeights {
  const pages = findPages(dist);
  const out: PageWeights = {};
  for (const type of PAGE_TYPES) {
    if (type === 'actor') {
      const all = subpages(dist, 'acteurs').map((file) => pageWeight(dist, file));
      const heaviest = all.sort((a, b) => b.totalGzip - a.totalGzip)[0];
      if (heaviest) out.actor = heaviest;
      continue;
    }
    const file = pages[type];
    if (file) out[type] = pageWeight(dist, file);
  }
  return out;
}

/** The URL path of a page file (for Lighthouse): `articles/x/index.html` → `/articles/x/`. */
export function pageUrlPath(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}
