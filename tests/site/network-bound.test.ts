// The network figure stays legible whatever the number of actors: it draws at most
// PAGE_SIZES.networkActors, the most connected, says how many of how many, and links to every
// actor and relation (/reseau/tous/…, paged, each page bounded); each relation it draws keeps
// its quote. Checked on the built site; BOUNDS_DIST=<dir> runs the same checks on another build
// (the bench's site of 300 actors and 1,000 relations, say), where the bound applies.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue, textContent } from 'domutils';
import type { Document, Element } from 'domhandler';
import { describe, expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { PAGE_SIZES } from '../../src/charts/paging.ts';
import { frenchNumber } from '../../src/charts/format.ts';
import { listFiles } from '../../scripts/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.BOUNDS_DIST ?? variants.root.outDir);
const files = listFiles(dist);
const data = JSON.parse(readFileSync(join(dist, 'reseau/figure.json'), 'utf8')) as {
  actors: Array<{ id: string; name: string; href: string }>;
  relations: Array<{ id: string; source: string; target: string }>;
};
const bound = PAGE_SIZES.networkActors;
const partial = data.actors.length > bound;
const degree = new Map(data.actors.map((a) => [a.id, 0]));
for (const r of data.relations) for (const end of [r.source, r.target]) degree.set(end, degree.get(end)! + 1);

const page = (file: string): Document => parseDocument(readFileSync(join(dist, file), 'utf8'));
const all = (doc: Document | Element, test: (el: Element) => boolean): Element[] => findAll(test, 'children' in doc ? doc.children : []) as Element[];
const text = (el: Element | Document) => textContent(el).replace(/\s+/g, ' ').trim();
const attr = (name: string) => (el: Element) => getAttributeValue(el, name) !== undefined;
const fileOf = (href: string) => `${href.replace(/#.*$/, '').replace(/^\//, '')}index.html`;
const allPages = files.filter((f) => /^reseau\/tous\/(?:page\/\d+\/)?index\.html$/.test(f)).sort((a, b) => Number(/(\d+)\/index/.exec(a)?.[1] ?? 1) - Number(/(\d+)\/index/.exec(b)?.[1] ?? 1));

describe('the network figure, on every page that shows it', () => {
  for (const file of ['reseau/index.html', 'index.html', 'chronologie/index.html', 'integrer/reseau/index.html']) {
    test(`${file}: at most its bound of actors, the most connected, and only the relations between them`, () => {
      const doc = page(file);
      const frames = all(doc, attr('data-network-frame'));
      expect(frames.length, file).toBe(2);
      for (const frame of frames) {
        const drawn = all(frame, (el) => el.name === 'a' && attr('data-actor')(el)).map((a) => getAttributeValue(a, 'data-actor')!);
        expect(drawn.length, file).toBe(Math.min(bound, data.actors.length));
        const set = new Set(drawn);
        const omitted = data.actors.filter((a) => !set.has(a.id));
        // no actor left out has more relations than one drawn
        if (omitted.length) expect(Math.min(...drawn.map((id) => degree.get(id)!))).toBeGreaterThanOrEqual(Math.max(...omitted.map((a) => degree.get(a.id)!)));
        const edges = all(frame, (el) => el.name === 'path' && attr('data-relation')(el)).map((p) => getAttributeValue(p, 'data-relation')!);
        const expected = data.relations.filter((r) => set.has(r.source) && set.has(r.target)).map((r) => r.id);
        expect(edges.sort()).toEqual(expected.sort());
      }
      const count = all(doc, attr('data-network-count'));
      if (partial) {
        expect(count.length, file).toBe(1);
        expect(text(count[0]!)).toContain(`${bound} acteurs sur ${frenchNumber(data.actors.length)}, les plus reliés`);
        const links = all(count[0]!, (el) => el.name === 'a').map((a) => getAttributeValue(a, 'href'));
        expect(links).toEqual(['/reseau/tous/']);
        // the text alternative says what it draws of the whole
        for (const title of frames.flatMap((frame) => all(frame, (el) => el.name === 'title'))) expect(text(title)).toContain(`les ${bound} acteurs les plus reliés sur ${frenchNumber(data.actors.length)}`);
      } else expect(count.length, file).toBe(0);
    });
  }

  test('each relation drawn keeps its quote in the table under it', () => {
    const doc = page('reseau/index.html');
    const [frame] = all(doc, attr('data-network-frame'));
    const edges = all(frame!, (el) => el.name === 'path' && attr('data-relation')(el)).map((p) => getAttributeValue(p, 'data-relation')!);
    const [table] = all(doc, attr('data-relations-table'));
    const rows = all(table!, (el) => el.name === 'tr' && attr('data-relation')(el));
    expect(rows.map((r) => getAttributeValue(r, 'data-relation')).sort()).toEqual(edges.sort());
    for (const row of rows) expect(all(row, (el) => el.name === 'a' && /^« /.test(text(el))).length, getAttributeValue(row, 'data-relation')).toBeGreaterThan(0);
  });
});

describe('every actor and relation, /reseau/tous/', () => {
  test(partial ? 'lists every actor once, most connected first, each a link to its page, and says whether it is drawn' : 'is not built while the figure draws every actor', () => {
    if (!partial) return expect(allPages).toEqual([]);
    const doc = page('reseau/tous/index.html');
    const rows = all(doc, (el) => el.name === 'tr' && /^acteur-/.test(getAttributeValue(el, 'id') ?? ''));
    expect(rows.map((r) => getAttributeValue(r, 'id')!.slice('acteur-'.length)).sort()).toEqual(data.actors.map((a) => a.id).sort());
    const degrees = rows.map((r) => degree.get(getAttributeValue(r, 'id')!.slice('acteur-'.length))!);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    const drawn = new Set(all(page('reseau/index.html'), (el) => el.name === 'a' && attr('data-actor')(el)).map((a) => getAttributeValue(a, 'data-actor')!));
    for (const row of rows) {
      const id = getAttributeValue(row, 'id')!.slice('acteur-'.length);
      const [link] = all(row, (el) => el.name === 'a');
      expect(files, id).toContain(fileOf(getAttributeValue(link!, 'href')!));
      expect(text(row).endsWith(drawn.has(id) ? 'oui' : 'non'), id).toBe(true);
    }
  });

  test(partial ? 'lists every relation once with its quotes, a bounded number a page, the pages linked in order' : 'leaves the whole table under the figure', () => {
    if (!partial) return expect(all(page('reseau/index.html'), (el) => el.name === 'tr' && attr('data-relation')(el)).length).toBe(data.relations.length);
    expect(allPages.length).toBe(Math.ceil(data.relations.length / PAGE_SIZES.networkRelations));
    const seen: string[] = [];
    allPages.forEach((file, i) => {
      const doc = page(file);
      const rows = all(doc, (el) => el.name === 'tr' && attr('data-relation')(el));
      expect(rows.length, file).toBeLessThanOrEqual(PAGE_SIZES.networkRelations);
      for (const row of rows) expect(all(row, (el) => el.name === 'a' && /^« /.test(text(el))).length, getAttributeValue(row, 'data-relation')).toBeGreaterThan(0);
      seen.push(...rows.map((r) => getAttributeValue(r, 'data-relation')!));
      const next = all(doc, (el) => el.name === 'a' && getAttributeValue(el, 'rel') === 'next').map((a) => fileOf(getAttributeValue(a, 'href')!));
      expect([...new Set(next)], file).toEqual(i < allPages.length - 1 ? [allPages[i + 1]] : []);
      expect(gzipSync(readFileSync(join(dist, file))).length, `${file}, gzipped`).toBeLessThan(100_000);
    });
    expect(seen.sort()).toEqual(data.relations.map((r) => r.id).sort());
  });
});

test('the build this checks exists', () => expect(existsSync(join(dist, 'reseau/index.html'))).toBe(true));
