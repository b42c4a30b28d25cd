// One URL per page type, found in the built site (dist/), for the site-wide gates.
// Articles, terms and actors come from whatever the build produced, so the gates follow
// the content instead of naming a slug.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

function firstSubpage(dir: string, section: string): string {
  const folder = join(root, dir, section);
  const entry = existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(folder, e.name, 'index.html')))
        .map((e) => e.name)
        .sort()[0]
    : undefined;
  if (!entry) throw new Error(`${dir}/${section}/: no page built; run npm run build`);
  return `/${section}/${entry}/`;
}

/** The fullest page of a section (its largest file): an actor with relations, not an empty one. */
function largestSubpage(dir: string, section: string): string {
  const folder = join(root, dir, section);
  const entries = existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(folder, e.name, 'index.html'))) : [];
  const size = (name: string) => statSync(join(folder, name, 'index.html')).size;
  const entry = entries.map((e) => e.name).sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0];
  if (!entry) throw new Error(`${dir}/${section}/: no page built; run npm run build`);
  return `/${section}/${entry}/`;
}

export interface PageType {
  name: string;
  /** path under the base */
  path: string;
}

export function pageTypes(dir = 'dist'): PageType[] {
  return [
    { name: 'home', path: '/' },
    { name: 'article', path: firstSubpage(dir, 'articles') },
    { name: 'glossary', path: '/glossaire/' },
    { name: 'term', path: firstSubpage(dir, 'glossaire') },
    { name: 'actors', path: '/acteurs/' },
    { name: 'actor', path: firstSubpage(dir, 'acteurs') },
    { name: 'network', path: '/reseau/' },
    // built only when the network figure leaves actors out (a site with more actors than it draws)
    ...(existsSync(join(root, dir, 'reseau/tous/index.html')) ? [{ name: 'every actor of the network', path: '/reseau/tous/' }] : []),
    { name: 'timeline', path: '/chronologie/' },
    { name: 'story', path: firstSubpage(dir, 'chronologie/recit') },
    { name: 'search', path: '/recherche/?q=cloud' },
    { name: 'about', path: '/a-propos/' },
    { name: 'texts', path: '/a-propos/textes/' },
    { name: 'articles', path: '/articles/' },
    { name: 'dates', path: '/chronologie/dates/' },
    { name: 'dates of a year', path: firstSubpage(dir, 'chronologie/dates') },
    { name: 'data', path: '/donnees/' },
    { name: 'embed network', path: '/integrer/reseau/' },
    { name: 'embed timeline', path: '/integrer/chronologie/' },
    { name: 'embed event', path: firstSubpage(dir, 'integrer/chronologie') },
    { name: 'embed actor', path: largestSubpage(dir, 'integrer/acteurs') },
    { name: '404', path: '/cette-page-n-existe-pas/' },
  ];
}

/** The path of one page type, without requiring the others to be built. */
export function pathOf(type: 'article' | 'term' | 'actor', dir = 'dist'): string {
  return firstSubpage(dir, { article: 'articles', term: 'glossaire', actor: 'acteurs' }[type]);
}

export const subpath = {
  base: '/cloud-souverain/',
  origin: `http://127.0.0.1:${Number(process.env.E2E_PORT || 4322) + 1000}`,
  built: existsSync(join(root, 'dist-subpath/index.html')),
};
