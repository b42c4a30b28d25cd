import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findPages, pageUrlPath, pageWeight, siteWeights } from '../../../bench/weight.ts';

const site = resolve(import.meta.dirname, '../../fixtures/bench/site');
const gz = (...files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(site, f))).length, 0);
const raw = (...files: string[]) => files.reduce((sum, f) => sum + readFileSync(join(site, f)).length, 0);

describe('pageWeight on a fixture dist', () => {
  const article = pageWeight(site, 'articles/premier/index.html');

  it('follows module scripts through their static imports, inline module scripts included', () => {
    expect(article.jsFiles.sort()).toEqual(
      ['_astro/chunk.js', '_astro/page.js', '_astro/reexport.js', '_astro/side-effect.js', '_astro/term.js'].sort(),
    );
    const files = ['_astro/page.js', '_astro/chunk.js', '_astro/reexport.js', '_astro/side-effect.js', '_astro/term.js'];
    expect(article.js).toEqual({ raw: raw(...files), gzip: gz(...files) });
  });

  it('counts lazily imported modules apart, and leaves pagefind out', () => {
    expect(article.lazyFiles).toEqual(['_astro/lazy.js']);
    expect(article.jsLazy).toEqual({ raw: raw('_astro/lazy.js'), gzip: gz('_astro/lazy.js') });
    expect([...article.jsFiles, ...article.lazyFiles].some((f) => f.includes('pagefind'))).toBe(false);
  });

  it('counts the stylesheet, the inline style and the inline module script; JSON data is not code', () => {
    expect(article.cssFiles).toEqual(['_astro/style.css']);
    expect(article.css).toEqual({ raw: raw('_astro/style.css'), gzip: gz('_astro/style.css') });
    expect(article.cssInline.raw).toBe('.sentence:target{background:#ff0}'.length);
    expect(article.jsInline.raw).toBe('import "/_astro/term.js";'.length);
    expect(article.html).toEqual({ raw: raw('articles/premier/index.html'), gzip: gz('articles/premier/index.html') });
    expect(article.totalGzip).toBe(article.html.gzip + article.css.gzip + article.js.gzip + article.jsLazy.gzip);
    expect(article.missing).toEqual([]);
  });

  it('reports a referenced file that dist/ lacks', () => {
    const home = pageWeight(site, 'index.html');
    expect(home.missing).toEqual(['/_astro/manquant.js']);
    expect(home.cssFiles).toEqual(['_astro/style.css']);
    expect(home.js.raw).toBe(0);
  });
});

describe('findPages', () => {
  it('finds the first page of each type that exists', () => {
    const pages = findPages(site);
    expect(pages.home).toBe('index.html');
    expect(pages.article).toBe('articles/premier/index.html');
    expect(pages.network).toBe('reseau/index.html');
    expect(pages.glossary).toBeUndefined();
    expect(pageUrlPath(pages.article as string)).toBe('/articles/premier/');
  });
});

describe('siteWeights', () => {
  it('weighs each page type found, and no type that dist/ lacks', () => {
    const weights = siteWeights(site);
    expect(Object.keys(weights).sort()).toEqual(['actor', 'article', 'home', 'network']);
    expect(weights.article).toEqual(pageWeight(site, 'articles/premier/index.html'));
  });

  it('takes the heaviest actor page, where findPages gives the first', () => {
    expect(findPages(site).actor).toBe('acteurs/a/index.html');
    expect(siteWeights(site).actor!.file).toBe('acteurs/b/index.html');
  });
});
