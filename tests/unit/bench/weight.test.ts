import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dynamicImports, findPages, pageUrlPath, pageWeight, resolveUrl, staticImports } from '../../../scripts/bench/weight.ts';

const site = resolve(import.meta.dirname, '../../fixtures/bench/site');
const gz = (...files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(site, f))).length, 0);
const raw = (...files: string[]) => files.reduce((sum, f) => sum + readFileSync(join(site, f)).length, 0);

describe('staticImports / dynamicImports', () => {
  it('reads minified import, side-effect import and re-export specifiers, not dynamic ones', () => {
    const code = 'import{a as t}from"./chunk.js";import"./side.js";export*from"./re.js";export{x}from"./x.js";const l=()=>import("./lazy.js");import.meta.url;';
    expect(staticImports(code).sort()).toEqual(['./chunk.js', './re.js', './side.js', './x.js']);
    expect(dynamicImports(code)).toEqual(['./lazy.js']);
  });

  it('reads a dynamic import in single quotes or in a template literal, as minifiers write them, and no computed one', () => {
    const code = "e(()=>t(async()=>{let{go:e}=await import(`./network.js`);return{go:e}}));import('./other.js');import(`./${name}.js`);";
    expect(dynamicImports(code).sort()).toEqual(['./network.js', './other.js']);
  });
});

describe('resolveUrl', () => {
  it('maps absolute, relative and base-prefixed URLs to files under dist/', () => {
    expect(resolveUrl('/d', '/', '/articles/x/index.html', '/_astro/a.js')).toBe('/d/_astro/a.js');
    expect(resolveUrl('/d', '/', '/_astro/page.js', './chunk.js?v=1')).toBe('/d/_astro/chunk.js');
    expect(resolveUrl('/d', '/cloud-souverain/', '/cloud-souverain/', '/cloud-souverain/_astro/a.css')).toBe('/d/_astro/a.css');
    expect(resolveUrl('/d', '/', '/', 'https://example.org/x.js')).toBeUndefined();
  });
});

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
