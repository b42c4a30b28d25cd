// Page weight from a built dist/: for one HTML page, the bytes a browser fetches for it
// (the HTML, its stylesheets, its module scripts and everything they import statically),
// raw and gzipped, file by file as a server would send them. Fonts and images aside; the
// search library (pagefind/), which the search field loads only when used, aside too.
//
//   dist/ + page path ─► PageWeight
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** the HTML file, relative to dist/ */
  file: string;
  html: Weight;
  /** external stylesheets */
  css: Weight;
  /** <style> inside the HTML (already counted in `html`) */
  cssInline: Weight;
  /** module scripts + their static imports: what runs before the page is interactive */
  js: Weight;
  /** <script> code inside the HTML (already counted in `html`) */
  jsInline: Weight;
  /** modules the interactive ones import dynamically (pagefind excluded) */
  jsLazy: Weight;
  /** html + css + js (+ lazy js) gzipped: what the page costs over the wire */
  totalGzip: number;
  cssFiles: string[];
  jsFiles: string[];
  lazyFiles: string[];
  /** URLs the page refers to that are not in dist/ */
  missing: string[];
}

const weightOf = (data: Buffer | string): Weight => {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { raw: buffer.length, gzip: buffer.length === 0 ? 0 : gzipSync(buffer).length };
};
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

interface Tag {
  name: string;
  attributes: Record<string, string>;
  content: string;
}

/** The <script>, <link> and <style> tags of an HTML document (a scanner, not a parser). */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const tagPattern = /<(script|link|style)\b([^>]*)>/gi;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    const name = (match[1] as string).toLowerCase();
    const attributes: Record<string, string> = {};
    const attrPattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    for (let a = attrPattern.exec(match[2] ?? ''); a; a = attrPattern.exec(match[2] ?? '')) {
      attributes[(a[1] as string).toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    let content = '';
    if (name !== 'link') {
      const close = html.toLowerCase().indexOf(`</${name}>`, tagPattern.lastIndex);
      if (close >= 0) {
        content = html.slice(tagPattern.lastIndex, close);
        tagPattern.lastIndex = close + name.length + 3;
      }
    }
    tags.push({ name, attributes, content });
  }
  return tags;
}

/** Specifiers of a module's static imports and re-exports (`import x from "./a.js"`, `import "./b.js"`). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const patterns = [
    // import … from "x" | import "x"  (not import( and not import.meta)
    /(?:^|[^\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
    // export … from "x"
    /(?:^|[^\w$.])export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) out.push(m[1] as string);
  return [...new Set(out)];
}

/** Specifiers of a module's dynamic imports with a literal string, in any of the three quotes the
 *  minifier may write: `import("./x.js")`, `import('./x.js')`, import(`./x.js`) (a template without
 *  a placeholder; one with `${` is not a literal and is left out). */
export function dynamicImports(code: string): string[] {
  const literal = /(?:^|[^\w$.])import\(\s*(?:"([^"]+)"|'([^']+)'|`([^`$]+)`)\s*\)/g;
  return [...new Set([...code.matchAll(literal)].map((m) => (m[1] ?? m[2] ?? m[3]) as string))];
}

/** An URL as the page writes it → the file under dist/ (undefined for other hosts, data: and the like). */
export function resolveUrl(dist: string, base: string, fromUrlPath: string, url: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || /^(?:data|blob|javascript):/i.test(url)) return undefined;
  const clean = url.replace(/[?#].*$/, '');
  const absolute = clean.startsWith('/') ? clean : posix.join(posix.dirname(fromUrlPath), clean);
  const normalBase = base.endsWith('/') ? base : `${base}/`;
  const inSite = absolute.startsWith(normalBase) ? absolute.slice(normalBase.length) : absolute.replace(/^\//, '');
  return join(dist, decodeURIComponent(inSite));
}

/** The URL path a file under dist/ is served at. */
function urlPathOf(dist: string, base: string, file: string): string {
  const relative = file.slice(dist.length).split('\\').join('/').replace(/^\//, '');
  return `${base.endsWith('/') ? base : `${base}/`}${relative}`;
}

const isSearchLibrary = (url: string): boolean => /(?:^|\/)pagefind\//.test(url);

export function pageWeight(dist: string, htmlFile: string, base = '/'): PageWeight {
  const htmlPath = join(dist, htmlFile);
  const html = readFileSync(htmlPath, 'utf8');
  const pageUrl = urlPathOf(dist, base, htmlPath);
  const missing: string[] = [];
  const cssFiles = new Set<string>();
  const entryModules = new Set<string>();
  let cssInline = ZERO;
  let jsInline = ZERO;
  const inlineModuleCode: string[] = [];

  const locate = (fromUrl: string, url: string): string | undefined => {
    const file = resolveUrl(dist, base, fromUrl, url);
    if (file === undefined) return undefined;
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.push(url);
      return undefined;
    }
    return file;
  };

  for (const tag of scanTags(html)) {
    if (tag.name === 'link' && /\bstylesheet\b/i.test(tag.attributes.rel ?? '') && tag.attributes.href) {
      const file = locate(pageUrl, tag.attributes.href);
      if (file) cssFiles.add(file);
    } else if (tag.name === 'style') {
      cssInline = add(cssInline, weightOf(tag.content));
    } else if (tag.name === 'script') {
      const type = (tag.attributes.type ?? '').toLowerCase();
      const runs = type === '' || type === 'module' || type === 'text/javascript';
      if (!runs) continue; // application/json, application/ld+json: data, not code
      if (tag.attributes.src !== undefined) {
        if (isSearchLibrary(tag.attributes.src)) continue;
        const file = locate(pageUrl, tag.attributes.src);
        if (file) entryModules.add(file);
      } else if (tag.content.trim()) {
        jsInline = add(jsInline, weightOf(tag.content));
        inlineModuleCode.push(tag.content);
      }
    }
  }

  // the static import closure of the page's modules (inline module scripts included)
  const interactive = new Set<string>();
  const lazyEntries = new Set<string>();
  const visit = (file: string, into: Set<string>): void => {
    if (into.has(file)) return;
    into.add(file);
    const code = readFileSync(file, 'utf8');
    const fromUrl = urlPathOf(dist, base, file);
    for (const spec of staticImports(code)) {
      if (isSearchLibrary(spec) || !/^[./]/.test(spec)) continue;
      const dep = locate(fromUrl, spec);
      if (dep) visit(dep, into);
    }
    for (const spec of dynamicImports(code)) {
      if (isSearchLibrary(spec) || !/^[./]/.test(spec)) continue;
      const dep = locate(fromUrl, spec);
      if (dep) lazyEntries.add(dep);
    }
  };
  for (const code of inlineModuleCode) {
    for (const spec of staticImports(code)) {
      if (isSearchLibrary(spec) || !/^[./]/.test(spec)) continue;
      const dep = locate(pageUrl, spec);
      if (dep) entryModules.add(dep);
    }
  }
  for (const file of entryModules) visit(file, interactive);
  const lazy = new Set<string>();
  for (const file of lazyEntries) if (!interactive.has(file)) visit(file, lazy);
  for (const file of interactive) lazy.delete(file);

  const sum = (files: Iterable<string>): Weight => [...files].reduce((w, f) => add(w, weightOf(readFileSync(f))), ZERO);
  const htmlWeight = weightOf(html);
  const css = sum(cssFiles);
  const js = sum(interactive);
  const jsLazy = sum(lazy);
  const rel = (f: string) => f.slice(dist.length).replace(/^[\\/]/, '');
  return {
    file: htmlFile,
    html: htmlWeight,
    css,
    cssInline,
    js,
    jsInline,
    jsLazy,
    totalGzip: htmlWeight.gzip + css.gzip + js.gzip + jsLazy.gzip,
    cssFiles: [...cssFiles].map(rel),
    jsFiles: [...interactive].map(rel),
    lazyFiles: [...lazy].map(rel),
    missing: [...new Set(missing)],
  };
}

/** The page types of the site and where the first page of each type is in dist/. */
export const PAGE_TYPES = [
  'home', 'article', 'glossary', 'term', 'actors', 'actor', 'network', 'timeline', 'story', 'search', 'about', '404',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

function firstSubpage(dist: string, section: string): string | undefined {
  const dir = join(dist, section);
  if (!existsSync(dir)) return undefined;
  const sub = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'index.html')))
    .sort()[0];
  return sub === undefined ? undefined : posix.join(section, sub, 'index.html');
}

export function findPages(dist: string): Record<PageType, string | undefined> {
  const page = (path: string) => (existsSync(join(dist, path)) ? path : undefined);
  return {
    home: page('index.html'),
    article: firstSubpage(dist, 'articles'),
    glossary: page('glossaire/index.html'),
    term: firstSubpage(dist, 'glossaire'),
    actors: page('acteurs/index.html'),
    actor: firstSubpage(dist, 'acteurs'),
    network: page('reseau/index.html'),
    timeline: page('chronologie/index.html'),
    story: firstSubpage(dist, 'chronologie/recit'),
    search: page('recherche/index.html'),
    about: page('a-propos/index.html'),
    '404': page('404.html'),
  };
}

/** The URL path of a page file (for Lighthouse): `articles/x/index.html` → `/articles/x/`. */
export function pageUrlPath(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}
