// Gate (b): no broken internal link or fragment, at the root and under a sub-path, and
// no link that leaves the base path; external links are rel="noopener noreferrer";
// nothing is loaded from another host.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { baseOf, siteUrl, variants } from '../../scripts/site-variants.ts';
import { crawl } from './crawl.ts';
import { listFiles } from '../../scripts/lib/built-site.ts';
import { FONT_FILES } from '../../src/styles/fonts.ts';
import { isWholeWoff2 } from '../../src/styles/font-files.ts';

const root = resolve(import.meta.dirname, '../..');

describe.each([variants.root, variants.subpath, variants.layouts])('links of the $name build ($outDir)', (variant) => {
  const site = { dir: resolve(root, variant.outDir), base: baseOf(variant), site: siteUrl };

  test('every page type was built', () => {
    const files = new Set(listFiles(site.dir));
    const has = (pattern: RegExp) => [...files].some((file) => pattern.test(file));
    const expected: [string, RegExp][] = [
      ['home', /^index\.html$/],
      ['article', /^articles\/[^/]+\/index\.html$/],
      ['glossary', /^glossaire\/index\.html$/],
      ['term page', /^glossaire\/[^/]+\/index\.html$/],
      ['actors', /^acteurs\/index\.html$/],
      ['actor page', /^acteurs\/[^/]+\/index\.html$/],
      ['network', /^reseau\/index\.html$/],
      ['timeline', /^chronologie\/index\.html$/],
      ['search', /^recherche\/index\.html$/],
      ['about', /^a-propos\/index\.html$/],
      ['open data', /^donnees\/index\.html$/],
      ['data file', /^donnees\/[a-z]+\.csv$/],
      ['embed', /^integrer\/(reseau|chronologie)\/index\.html$/],
      ['embed page', /^integrer\/(chronologie|acteurs)\/[^/]+\/index\.html$/],
      ['404', /^404\.html$/],
      ['rss', /^rss\.xml$/],
      ['sitemap', /^sitemap-index\.xml$/],
      ['robots.txt', /^robots\.txt$/],
      ['favicon', /^favicon\.svg$/],
      ['search index', /^pagefind\/pagefind\.js$/],
      ['site card', /^og\/site\.png$/],
    ];
    expect(expected.filter(([, pattern]) => !has(pattern)).map(([name]) => name)).toEqual([]);
  });

  test('no broken link, fragment, or link out of the base path', () => {
    const { pages, links, problems } = crawl(site);
    const report = problems.map((p) => `${variant.outDir}/${p.page}: ${p.link}: ${p.problem}`);
    expect(report).toEqual([]);
    expect(pages).toBeGreaterThan(10);
    expect(links).toBeGreaterThan(pages * 10);
  });

  test('every face of the stylesheet is served: a whole WOFF2 file under polices/', () => {
    for (const font of FONT_FILES) {
      const path = join(site.dir, 'polices', font.file);
      expect(existsSync(path), `polices/${font.file}`).toBe(true);
      expect(isWholeWoff2(readFileSync(path)), `polices/${font.file}`).toBe(true);
    }
  });
});
