// Every page that lists the corpus is bounded by design: each list it carries is no longer than
// its constant (PAGE_SIZES) or than the curated knowledge, and what is left out is a link away,
// on numbered pages that link each other (rel="prev" / rel="next"). Checked on the built site,
// structurally: whatever the corpus's size, nothing here depends on it. BOUNDS_DIST=<dir> runs
// the same checks on another build (a corpus of 1,000 articles, say).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue, textContent } from 'domutils';
import type { Document, Element } from 'domhandler';
import { describe, expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { PAGE_SIZES } from '../../src/charts/paging.ts';
import { listFiles } from '../../scripts/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.BOUNDS_DIST ?? variants.root.outDir);
const generated = resolve(dist, '../content/generated');
const files = listFiles(dist);
const articles = JSON.parse(readFileSync(join(generated, 'articles.json'), 'utf8')) as Array<{ slug: string; file: string }>;
const knowledgeCount = (name: string) => (readFileSync(join(dist, '..', 'content', `${name}.yaml`), 'utf8').match(/^- id:/gm) ?? []).length;

const docs = new Map<string, Document>();
const page = (file: string): Document => {
  let doc = docs.get(file);
  if (!doc) {
    doc = parseDocument(readFileSync(join(dist, file), 'utf8'));
    docs.set(file, doc);
  }
  return doc;
};
const all = (doc: Document | Element, test: (el: Element) => boolean): Element[] => findAll(test, 'children' in doc ? doc.children : []) as Element[];
const hasClass = (cls: string) => (el: Element) => (getAttributeValue(el, 'class') ?? '').split(/\s+/).includes(cls);
const fileOf = (href: string) => `${href.replace(/#.*$/, '').replace(/^\//, '')}index.html`;
/** the list pages of a paged list, page 1 first: its first page's file and every `page/<n>/` under it */
const pagesOf = (first: string): string[] => {
  const dir = first.replace(/index\.html$/, '');
  const rest = files.filter((f) => new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}page/\\d+/index\\.html$`).test(f));
  return [first, ...rest.sort((a, b) => Number(/page\/(\d+)\//.exec(a)![1]) - Number(/page\/(\d+)\//.exec(b)![1]))];
};

/** A paged list's pages link each other in order, and its numbered navigation stays bounded. */
function expectLinkedPages(pages: string[]): void {
  pages.forEach((file, i) => {
    const doc = page(file);
    const rels = (rel: string) => [...new Set(all(doc, (el) => el.name === 'a' && getAttributeValue(el, 'rel') === rel).map((a) => fileOf(getAttributeValue(a, 'href')!)))];
    expect(rels('prev'), `${file}: rel="prev"`).toEqual(i === 0 ? [] : [pages[i - 1]!]);
    expect(rels('next'), `${file}: rel="next"`).toEqual(i === pages.length - 1 ? [] : [pages[i + 1]!]);
    for (const nav of all(doc, hasClass('pager'))) {
      expect(all(nav, (el) => el.name === 'li').length, `${file}: links of its navigation`).toBeLessThanOrEqual(11);
      const current = all(nav, (el) => el.name === 'a' && getAttributeValue(el, 'aria-current') === 'page');
      expect(current.map((a) => textContent(a).replace(/\s+/g, ' ').trim()), `${file}: the current page`).toEqual([`Page ${i + 1}`]);
    }
    if (pages.length > 1) expect(all(doc, hasClass('pager')).length, `${file}: a numbered navigation`).toBeGreaterThan(0);
  });
}

describe('the list of articles', () => {
  const pages = pagesOf('articles/index.html');

  test('the home page shows the latest articles, no more than its constant, and links to all of them', () => {
    const doc = page('index.html');
    const [list] = all(doc, hasClass('article-list'));
    const items = all(list!, (el) => el.name === 'li');
    expect(items.length).toBe(Math.min(articles.length, PAGE_SIZES.homeArticles));
    expect(all(doc, (el) => el.name === 'a' && getAttributeValue(el, 'href') === '/articles/').length).toBeGreaterThan(0);
  });

  test('each page of /articles/ holds at most its constant, and every article is on exactly one of them', () => {
    expect(pages.length).toBe(Math.max(1, Math.ceil(articles.length / PAGE_SIZES.articles)));
    const seen: string[] = [];
    for (const file of pages) {
      const [list] = all(page(file), hasClass('article-list'));
      const links = all(list!, (el) => el.name === 'a').map((a) => getAttributeValue(a, 'href')!);
      expect(links.length, file).toBeLessThanOrEqual(PAGE_SIZES.articles);
      seen.push(...links);
    }
    expect(seen.sort()).toEqual(articles.map((a) => `/articles/${a.slug}/`).sort());
  });

  test('its pages link the previous and the next one, and none other', () => expectLinkedPages(pages));
});

describe('the cited dates', () => {
  const datePages = files.filter((f) => /^chronologie\/dates\/\d{4}\/(?:page\/\d+\/)?index\.html$/.test(f));
  const listed = new Map<string, string>();
  for (const file of datePages) {
    for (const li of all(page(file), (el) => el.name === 'li' && /^date-/.test(getAttributeValue(el, 'id') ?? ''))) listed.set(getAttributeValue(li, 'id')!, file);
  }

  test('every figure draws one mark per group of dates, never one per date: at most 13 a year of the axis, in each view', () => {
    for (const file of ['index.html', 'chronologie/index.html', 'reseau/index.html', 'integrer/chronologie/index.html']) {
      for (const view of [...all(page(file), (el) => el.name === 'svg' && getAttributeValue(el, 'data-timeline-svg') !== undefined), ...all(page(file), hasClass('timeline-narrow'))]) {
        const groups = all(view, (el) => el.name === 'a' && getAttributeValue(el, 'data-band') === 'mention');
        expect(groups.length, file).toBeLessThanOrEqual(13 * 13);
        expect(new Set(groups.map((g) => getAttributeValue(g, 'data-mark'))).size, `${file}: one mark per group`).toBe(groups.length);
      }
    }
  });

  test('each group’s mark leads to its dates, whose count it says, and its data file holds a bounded sample', () => {
    const marks = all(page('chronologie/index.html'), (el) => el.name === 'a' && getAttributeValue(el, 'data-band') === 'mention' && getAttributeValue(el.parent as Element, 'class') === 'marks');
    for (const mark of marks) {
      const href = getAttributeValue(mark, 'href')!;
      const [path, anchor] = href.split('#');
      expect(files, href).toContain(fileOf(path!));
      expect(all(page(fileOf(path!)), (el) => getAttributeValue(el, 'id') === anchor).length, href).toBe(1);
      const count = Number(/: ([\d\u202f]+)\u00a0dates?,/.exec(getAttributeValue(mark, 'aria-label')!)![1]!.replace(/\u202f/g, ''));
      const data = JSON.parse(readFileSync(join(dist, getAttributeValue(mark, 'data-group')!.replace(/^\//, '')), 'utf8')) as { count: number; dates: unknown[]; href: string };
      expect(data.count).toBe(count);
      expect(data.dates.length).toBe(Math.min(count, PAGE_SIZES.groupPanel));
      expect(data.href).toBe(href);
    }
  });

  test('each date page lists at most its constant, each date a link to its sentence', () => {
    expect(datePages.length).toBeGreaterThan(0);
    for (const file of datePages) {
      const items = all(page(file), (el) => el.name === 'li' && /^date-/.test(getAttributeValue(el, 'id') ?? ''));
      expect(items.length, file).toBeLessThanOrEqual(PAGE_SIZES.dates);
      for (const li of items) expect(all(li, (el) => el.name === 'a').map((a) => getAttributeValue(a, 'href')), file).toEqual([expect.stringMatching(/^\/articles\/[^/]+\/#p\d+-s\d+$/)]);
    }
  });

  test('a date an article links to is listed where the link says', () => {
    for (const article of articles.slice(0, 50)) {
      const links = all(page(`articles/${article.slug}/index.html`), hasClass('date-link')).map((a) => getAttributeValue(a, 'href')!);
      for (const href of links) {
        const [path, id] = href.split('#');
        expect(listed.get(id!), href).toBe(fileOf(path!));
      }
    }
  });

  test('each year’s pages link each other', () => {
    const years = [...new Set(datePages.map((f) => f.slice(0, 'chronologie/dates/2019/'.length)))];
    for (const year of years) expectLinkedPages(pagesOf(`${year}index.html`));
  });
});

describe('actors and terms', () => {
  test.each([
    ['acteurs', knowledgeCount('actors'), PAGE_SIZES.actorArticles, 'article-mentions'],
    ['glossaire', knowledgeCount('glossary'), PAGE_SIZES.termArticles, 'term-uses'],
  ] as const)('each page of /%s/<id>/ lists at most its constant of articles, and its pages link each other', (dir, count, size, cls) => {
    const firsts = files.filter((f) => new RegExp(`^${dir}/[^/]+/index\\.html$`).test(f));
    expect(firsts.length).toBe(count);
    for (const first of firsts) {
      const pages = pagesOf(first);
      for (const file of pages) {
        const doc = page(file);
        const items = cls === 'article-mentions' ? all(doc, hasClass(cls)) : all(all(doc, hasClass(cls))[0] ?? doc, (el) => el.name === 'li' && el.parent !== null && hasClass(cls)(el.parent as Element));
        expect(items.length, file).toBeLessThanOrEqual(size);
      }
      expectLinkedPages(pages);
    }
  });
});

describe('the sources table', () => {
  test('each page holds at most its constant of rows, and every text is in it once', () => {
    const pages = pagesOf('a-propos/textes/index.html');
    const seen: string[] = [];
    for (const file of pages) {
      const rows = all(page(file), (el) => el.name === 'tbody').flatMap((body) => all(body, (el) => el.name === 'tr'));
      expect(rows.length, file).toBeLessThanOrEqual(PAGE_SIZES.texts);
      for (const row of rows) seen.push(getAttributeValue(all(row, (el) => el.name === 'a')[0]!, 'href')!);
    }
    expect(seen.sort()).toEqual(articles.map((a) => `/articles/${a.slug}/`).sort());
    expectLinkedPages(pages);
  });

  test('« À propos » itself lists no text', () => {
    expect(all(page('a-propos/index.html'), (el) => el.name === 'a' && /^\/articles\/[^/]+\/$/.test(getAttributeValue(el, 'href') ?? '')).length).toBe(0);
  });
});

describe('the feed', () => {
  test('it carries the newest articles, at most its constant, newest first', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname.replace(/^.*?\/articles\//, ''));
    expect(links.length).toBe(Math.min(articles.length, PAGE_SIZES.feed));
    const dated = JSON.parse(readFileSync(join(generated, 'articles.json'), 'utf8')) as Array<{ slug: string; date?: { value: string } }>;
    const newest = dated.map((a) => a.date?.value ?? '').sort().at(-1)!;
    const first = dated.find((a) => a.slug === links[0]!.replace(/\/$/, ''))!;
    expect(first.date?.value ?? '').toBe(newest);
  });
});

test('the built site is there', () => expect(existsSync(join(dist, 'index.html'))).toBe(true));
