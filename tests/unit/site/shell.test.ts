// The page shell's pure parts: canonical paths, which card and search kind a page gets,
// French dates on cards, favicons.
import { describe, expect, test } from 'vitest';
import { canonicalPath, ogImageFor, searchKindFor } from '../../../src/lib/site.ts';
import { articleCards } from '../../../src/og/subjects.ts';
import { faviconIco, faviconPng } from '../../../src/og/favicon.ts';

describe('canonicalPath', () => {
  test.each([
    ['/articles/x', '/articles/x/'],
    ['/articles/x/', '/articles/x/'],
    ['/articles/x/index.html', '/articles/x/'],
    ['/', '/'],
    ['/404.html', '/404.html'],
    ['/cloud-souverain', '/cloud-souverain/'],
  ])('%s → %s', (input, expected) => expect(canonicalPath(input)).toBe(expected));
});

describe('ogImageFor', () => {
  test.each([
    ['/', '/og/site.png'],
    ['/articles/ovh-et-t-systems/', '/og/articles/ovh-et-t-systems.png'],
    ['/acteurs/ovhcloud/', '/og/acteurs/ovhcloud.png'],
    ['/glossaire/cloud-act/', '/og/glossaire/cloud-act.png'],
    ['/reseau/', '/og/reseau.png'],
    ['/chronologie/', '/og/chronologie.png'],
    ['/recherche/', '/og/site.png'],
    ['/404.html', '/og/site.png'],
  ])('%s → %s', (input, expected) => expect(ogImageFor(input)).toBe(expected));
});

test('searchKindFor tells articles, terms, actors and other pages apart', () => {
  expect(searchKindFor('/articles/x/')).toBe('Article');
  expect(searchKindFor('/glossaire/cloud-act/')).toBe('Terme du glossaire');
  expect(searchKindFor('/acteurs/ovhcloud/')).toBe('Acteur');
  expect(searchKindFor('/glossaire/')).toBe('Page');
  expect(searchKindFor('/')).toBe('Page');
});

test('an article card says its date and outlet, and when the date is estimated or unknown', () => {
  const cards = articleCards([
    { slug: 'x', title: 'Titre', date: '2019-10-08', dateOrigin: 'byline', outlet: 'Clubic' },
    { slug: 'y', title: 'Titre', date: '2021', dateOrigin: 'estimated' },
    { slug: 'z', title: 'Titre', dateOrigin: 'unknown', outlet: 'Clubic' },
  ]);
  expect(cards.map((c) => c.detail)).toEqual(['8 octobre 2019 · Clubic', '2021 (date estimée)', 'date inconnue · Clubic']);
  expect(cards[0]).toEqual({ path: 'articles/x', kind: 'Article', title: 'Titre', detail: '8 octobre 2019 · Clubic' });
});

test('the favicon PNG has the asked size and the .ico wraps it', () => {
  const png = Buffer.from(faviconPng(32));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
  const ico = Buffer.from(faviconIco(32));
  expect([ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico.readUInt32LE(14), ico.readUInt32LE(18)]).toEqual([1, 1, 32, png.length, 22]);
  expect(ico.subarray(22).equals(png)).toBe(true);
});
