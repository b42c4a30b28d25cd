// What the site's search covers: every page that is the home of something (an article, a term,
// an actor, a story step, a figure, a section, the first page of a list), and neither the
// pages not to index (404, search, embeds) nor the pages after the first of a paged list
// (…/page/<n>/: more articles of an actor or a term, more dates, relations or texts): the
// list is found by its first page, and what they list is held by the pages they link to.
// Checked in the HTML (the <main> Pagefind reads) and against Pagefind's own count of the pages
// it indexed. The five seeds make no second page of any list: SEARCH_DIST=<dir> runs the same
// checks on another build (a corpus of 1,000 articles, say).
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { describe, expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { listFiles } from '../../scripts/lib/built-site.ts';
import { makeTempDir, removeProject } from '../../scripts/lib/throwaway-project.ts';

const root = resolve(import.meta.dirname, '../..');

/** The second page or later of a paged list, by its address (the site's addresses, not its code). */
const continuation = /(^|\/)page\/\d+\/index\.html$/;
/** The first pages of the site's lists, which the search finds by their names. */
const firstPages = ['articles/index.html', 'a-propos/textes/index.html'];

interface Page {
  file: string;
  /** the page has a <main> */
  main: boolean;
  /** its <main> is what Pagefind indexes */
  inSearch: boolean;
  noindex: boolean;
  embed: boolean;
}

/**
 * The controls inside what Pagefind indexes of a page: a form, a fieldset, a button, a select, and
 * what only JavaScript makes anything of (.js-only, or hidden until a script fills and shows it).
 * Their words (« Souligner les termes du glossaire », « Zoomer », « Fermer le panneau ») are the
 * site's, not the page's content, and indexed they would make every page that has them an answer
 * to a search for them. Pagefind leaves out what is inside data-pagefind-ignore.
 */
function isControl(element: Element): boolean {
  return ['form', 'fieldset', 'button', 'select'].includes(element.name) || getAttributeValue(element, 'hidden') !== undefined || (getAttributeValue(element, 'class') ?? '').split(/\s+/).includes('js-only');
}

function indexedControls(html: string): string[] {
  const document = parseDocument(html);
  const ignored = (element: Element): boolean => {
    for (let at: Element | null = element; at; at = at.parent && at.parent.type === 'tag' ? (at.parent as Element) : null) {
      if (getAttributeValue(at, 'data-pagefind-ignore') !== undefined) return true;
    }
    return false;
  };
  const bodies = findAll((element) => getAttributeValue(element, 'data-pagefind-body') !== undefined, document.children);
  // a body may hold another (an article's, inside <main>): each control once
  const controls = new Set(bodies.flatMap((body) => findAll((element) => isControl(element) && !ignored(element), body.children)));
  return [...controls].map((element) => `<${element.name}> « ${textContent(element).replace(/\s+/g, ' ').trim().slice(0, 60)} »`);
}

function pagesOf(dir: string): Page[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      const main = /<main\b[^>]*>/.exec(html)?.[0];
      return {
        file,
        main: main !== undefined,
        inSearch: main !== undefined && /\sdata-pagefind-body(?=[\s=>])/.test(main),
        noindex: /<meta name="robots" content="noindex"/.test(html),
        embed: file.startsWith('integrer/'),
      };
    });
}

const builds = process.env.SEARCH_DIST ? [{ name: 'given', outDir: process.env.SEARCH_DIST }] : [variants.root, variants.layouts];

describe.each(builds)('search scope of the $name build ($outDir)', (variant) => {
  const dir = resolve(root, variant.outDir);
  const pages = pagesOf(dir);

  test('the pages after the first of a list, and the pages not to index, are left out of the search', () => {
    expect(pages.filter((page) => continuation.test(page.file) && page.inSearch).map((page) => page.file)).toEqual([]);
    expect(pages.filter((page) => (page.noindex || page.embed) && page.inSearch).map((page) => page.file)).toEqual([]);
    // the pages not to index are there, and say so
    expect(pages.filter((page) => page.noindex).map((page) => page.file)).toEqual(expect.arrayContaining(['404.html', 'recherche/index.html']));
  });

  test('every other page with content is in the search, the first page of each list included', () => {
    const others = pages.filter((page) => page.main && !page.noindex && !page.embed && !continuation.test(page.file));
    for (const expected of ['index.html', 'a-propos/index.html', 'reseau/index.html', 'chronologie/index.html', 'glossaire/index.html', 'acteurs/index.html', ...firstPages]) {
      expect(others.map((page) => page.file)).toContain(expected);
    }
    expect(others.filter((page) => /^articles\/[^/]+\/index\.html$/.test(page.file)).length).toBeGreaterThan(1);
    // the dates of a year, first page
    expect(others.some((page) => /^chronologie\/dates\/\d{4}\/index\.html$/.test(page.file))).toBe(true);
    expect(others.filter((page) => !page.inSearch).map((page) => page.file)).toEqual([]);
  });

  test('no control of the site is indexed as the text of a page', () => {
    const found = pages.filter((page) => page.inSearch).flatMap((page) => indexedControls(readFileSync(join(dir, page.file), 'utf8')).map((control) => `${page.file}: ${control}`));
    expect(found).toEqual([]);
  });

  test('Pagefind indexed exactly the pages in search', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(pages.filter((page) => page.inSearch).length);
  });

  test('the index, made from the indexed pages alone, is byte for byte the one Pagefind makes of the whole site', () => {
    const copy = makeTempDir('search-whole-site');
    try {
      cpSync(dir, copy, { recursive: true, filter: (path) => !path.startsWith(join(dir, 'pagefind')) });
      const run = spawnSync(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', copy, '--silent'], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const files = (folder: string) => listFiles(folder).sort();
      expect(files(join(copy, 'pagefind'))).toEqual(files(join(dir, 'pagefind')));
      const differ = files(join(dir, 'pagefind')).filter((file) => !readFileSync(join(dir, 'pagefind', file)).equals(readFileSync(join(copy, 'pagefind', file))));
      expect(differ).toEqual([]);
    } finally {
      removeProject(copy);
    }
  });
});

