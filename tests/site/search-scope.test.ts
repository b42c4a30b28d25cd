// What the site's search covers: every page that is the home of something (an article, a term,
// an actor, a story step, a figure, a section, the first page of a list), and neither the
// pages not to index (404, search, embeds) nor the pages after the first of a paged list
// (…/page/<n>/: more articles of an actor or a term, more dates, relations or texts): the
// list is found by its first page, and what they list is held by the pages they link to.
// Checked in the HTML (the <main> Pagefind reads) and against Pagefind's own count of the pages
// it indexed. The five seeds make no second page of any list: SEARCH_DIST=<dir> runs the same
// checks on another build (a corpus of 1,000 articles, say).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { listFiles } from '../../scripts/lib/built-site.ts';

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

  test('Pagefind indexed exactly the pages in search', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(pages.filter((page) => page.inSearch).length);
  });
});
