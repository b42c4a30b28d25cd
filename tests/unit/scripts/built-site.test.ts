import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFor, moduleImports, pageAssets, parsePage, resolveUrl, urlPathOf, weightOf } from '../../../scripts/lib/built-site.ts';

const site = { dir: resolve(import.meta.dirname, '../../fixtures/bench/site'), base: '/' };

describe('moduleImports', () => {
  it('reads minified import, side-effect import and re-export specifiers apart from dynamic ones', () => {
    const code = 'import{a as t}from"./chunk.js";import"./side.js";export*from"./re.js";export{x}from"./x.js";const l=()=>import("./lazy.js");import.meta.url;';
    expect(moduleImports(code)).toEqual({ static: ['./chunk.js', './side.js', './re.js', './x.js'], dynamic: ['./lazy.js'] });
  });

  it('reads a dynamic import in single quotes or a template literal, and no computed one nor an import written in a string', () => {
    const code = "e(()=>t(async()=>{let{go:e}=await import(`./network.js`);return{go:e}}));import('./other.js');import(`./${name}.js`);const s=\"import x from './fake.js'\";";
    expect(moduleImports(code)).toEqual({ static: [], dynamic: ['./network.js', './other.js'] });
  });
});

describe('resolveUrl, urlPathOf, fileFor', () => {
  it('maps absolute, relative and base-prefixed URLs to files of the site, and leaves other hosts out', () => {
    expect(resolveUrl({ dir: '/d', base: '/' }, '/articles/x/', '/_astro/a.js')).toBe('_astro/a.js');
    expect(resolveUrl({ dir: '/d', base: '/' }, '/_astro/page.js', './chunk.js?v=1')).toBe('_astro/chunk.js');
    expect(resolveUrl({ dir: '/d', base: '/cloud-souverain/' }, '/cloud-souverain/', '/cloud-souverain/_astro/a.css')).toBe('_astro/a.css');
    expect(resolveUrl({ dir: '/d', base: '/' }, '/', 'https://example.org/x.js')).toBeUndefined();
    expect(resolveUrl({ dir: '/d', base: '/' }, '/', '//cdn.example.org/x.js')).toBeUndefined();
  });

  it('serves index.html at its folder, and says why a URL has no file', () => {
    expect(urlPathOf('articles/premier/index.html', '/base/')).toBe('/base/articles/premier/');
    expect(fileFor(site, '/articles/premier/')).toEqual({ file: 'articles/premier/index.html' });
    expect(fileFor(site, '/articles/premier')).toMatchObject({ problem: expect.stringMatching(/^page link without its trailing slash/) });
    expect(fileFor(site, '/nulle-part/')).toEqual({ problem: 'no such page' });
  });
});

describe('parsePage', () => {
  it('gives ids, references, scripts (runs or data, in the head or not) and styles', () => {
    const page = parsePage(
      '<html><head><link rel="stylesheet" href="/a.css"><style>p{color:red}</style><script src="/b.js" defer></script>' +
        '<script type="application/ld+json">{"a":"&lt;"}</script></head><body id="top"><a name="x" href="/y/">y</a>' +
        '<script type="module">if (a &lt; b) import("./c.js")</script></body></html>',
    );
    expect([...page.ids]).toEqual(['top', 'x']);
    expect(page.references.map((r) => [r.tag, r.url, r.loads])).toEqual([['link', '/a.css', true], ['script', '/b.js', true], ['a', '/y/', false]]);
    expect(page.styles).toEqual(['p{color:red}']);
    expect(page.scripts.map((s) => [s.src, s.type, s.inHead, s.defer, s.runs])).toEqual([
      ['/b.js', '', true, true, true],
      [undefined, 'application/ld+json', true, false, false],
      [undefined, 'module', false, false, true],
    ]);
    // script text is raw text: entities are not decoded, as the browser does not decode them
    expect(page.scripts[2]!.text).toBe('if (a &lt; b) import("./c.js")');
  });
});

describe('pageAssets', () => {
  it('follows scripts through their static imports, inline module scripts included; lazy modules apart; skipped URLs out', () => {
    const assets = pageAssets(site, 'articles/premier/index.html', (url) => url.includes('pagefind/'));
    expect(assets.stylesheets).toEqual(['_astro/style.css']);
    expect(assets.inlineStyles).toEqual(['.sentence:target{background:#ff0}']);
    expect(assets.inlineScripts).toEqual(['import "/_astro/term.js";']);
    expect(assets.scripts.sort()).toEqual(['_astro/chunk.js', '_astro/page.js', '_astro/reexport.js', '_astro/side-effect.js', '_astro/term.js']);
    expect(assets.lazy).toEqual(['_astro/lazy.js']);
    expect(assets.missing).toEqual([]);
  });

  it('names what the page refers to and the site lacks; a relative stylesheet URL resolves from the page', () => {
    const assets = pageAssets(site, 'index.html');
    expect(assets.missing).toEqual(['/_astro/manquant.js']);
    expect(assets.stylesheets).toEqual(['_astro/style.css']);
    expect(assets.scripts).toEqual([]);
  });
});

describe('weightOf', () => {
  it('counts bytes raw and gzipped, and nothing for nothing', () => {
    expect(weightOf('')).toEqual({ raw: 0, gzip: 0 });
    const w = weightOf('é'.repeat(1000));
    expect(w.raw).toBe(2000);
    expect(w.gzip).toBeGreaterThan(0);
    expect(w.gzip).toBeLessThan(100);
  });
});
