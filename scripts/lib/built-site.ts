// A built site on disk (dist/, dist-subpath/…) as the host would serve it, read the way a
// browser reads it: which files exist, which URL path each page is served at, what a page
// refers to (parsed with htmlparser2, never scanned with patterns), which stylesheets,
// scripts and lazily imported modules it loads (module imports read by es-module-lexer),
// and what they weigh gzipped. Shared by the checks of the built files (tests/site/) and the
// bench (bench/), which must measure the pages the checks pass, read the same way.
// It lives in scripts/lib/ because neither owns it: the bench may not import from tests/,
// and src/ is the site itself.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init as initModuleLexer, parse as parseModule } from 'es-module-lexer';
import { Parser } from 'htmlparser2';

await initModuleLexer;

export interface BuiltSite {
  /** absolute path of the output directory */
  dir: string;
  /** '/' or '/cloud-souverain/' */
  base: string;
  /** the site URL the build was made with (SITE_URL), e.g. https://cloud-souverain.example */
  site: string;
}

// ── files and URL paths ─────────────────────────────────────────────────────────────────

/** Every file of the site, as paths relative to its directory with '/' separators, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build it first (npm run build, npm run build:variants)`);
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files;
}

/** Every file of the site with the SHA-256 of its bytes: what "the same site" means. */
export function fileHashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

/** The files that differ between two sites' fileHashes, or that one of them lacks, sorted. */
export function differingFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

/** 'articles/x/index.html' → '/base/articles/x/'; '404.html' → '/base/404.html' */
export function urlPathOf(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A URL path under the base → the file that serves it, or why none does. */
export function fileFor(site: Pick<BuiltSite, 'dir' | 'base'>, urlPath: string): { file: string } | { problem: string } {
  if (!urlPath.startsWith(site.base)) return { problem: `leaves the base path ${site.base}` };
  const path = decodeURIComponent(urlPath.slice(site.base.length));
  if (path === '' || path.endsWith('/')) {
    const file = `${path}index.html`;
    return existsSync(join(site.dir, file)) ? { file } : { problem: 'no such page' };
  }
  if (existsSync(join(site.dir, path)) && statSync(join(site.dir, path)).isFile()) return { file: path };
  if (existsSync(join(site.dir, path, 'index.html')))
    return { problem: 'page link without its trailing slash (some hosts then serve it at a URL where relative links break, or redirect)' };
  return { problem: 'no such file' };
}

// ── one page, parsed ────────────────────────────────────────────────────────────────────

/** One reference a page makes: where it points, and whether the browser fetches it by itself. */
export interface Reference {
  url: string;
  /** a resource the page loads on its own (script, stylesheet, image, icon): never from elsewhere */
  loads: boolean;
  tag: string;
  rel?: string;
}

export interface Script {
  /** the src attribute, for an external script */
  src?: string;
  /** the type attribute, lower case ('' when absent) */
  type: string;
  /** an inline script's code, as written (the parser does not decode entities in it) */
  text: string;
  inHead: boolean;
  async: boolean;
  defer: boolean;
  /** code the browser runs (no type, a JavaScript type or a module), not data (JSON, JSON-LD) */
  runs: boolean;
}

export interface ParsedPage {
  /** every id (and <a name>) a fragment can point to */
  ids: Set<string>;
  references: Reference[];
  scripts: Script[];
  /** the text of each <style> element */
  styles: string[];
}

const resourceRels = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'preload', 'modulepreload', 'manifest', 'prefetch']);
const codeTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function parsePage(html: string): ParsedPage {
  const page: ParsedPage = { ids: new Set(), references: [], scripts: [], styles: [] };
  const add = (url: string | undefined, loads: boolean, tag: string, rel?: string): void => {
    if (url !== undefined) page.references.push({ url: url.trim(), loads, tag, ...(rel !== undefined ? { rel } : {}) });
  };
  let inHead = false;
  let script: Script | undefined;
  let style: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id !== undefined) page.ids.add(attrs.id);
        if (name === 'a' && attrs.name !== undefined) page.ids.add(attrs.name);
        switch (name) {
          case 'head':
            inHead = true;
            break;
          case 'a':
          case 'area':
            add(attrs.href, false, name, attrs.rel ?? '');
            break;
          case 'link': {
            const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
            add(attrs.href, rels.some((rel) => resourceRels.has(rel)), name, attrs.rel);
            break;
          }
          case 'script':
          case 'img':
          case 'iframe':
          case 'source':
          case 'audio':
          case 'video':
          case 'track':
          case 'embed':
            add(attrs.src, true, name);
            for (const candidate of (attrs.srcset ?? '').split(',')) add(candidate.trim().split(/\s+/)[0] || undefined, true, name);
            break;
          case 'use':
          case 'image':
            add(attrs.href ?? attrs['xlink:href'], true, name);
            break;
          case 'form':
            add(attrs.action, false, name);
            break;
          case 'object':
            add(attrs.data, true, name);
            break;
          case 'meta':
            // Link cards: the image must be this site's own, and exist.
            if (/^(og:image|og:url|twitter:image)$/.test(attrs.property ?? attrs.name ?? '')) add(attrs.content, false, `meta ${attrs.property ?? attrs.name}`);
            break;
        }
        if (name === 'script') {
          const type = (attrs.type ?? '').trim().toLowerCase();
          script = {
            ...(attrs.src !== undefined ? { src: attrs.src } : {}),
            type,
            text: '',
            inHead,
            async: attrs.async !== undefined,
            defer: attrs.defer !== undefined,
            runs: codeTypes.has(type),
          };
        }
        if (name === 'style') style = '';
        if (attrs.style && /url\(/i.test(attrs.style)) add(/url\(['"]?([^'")]+)/i.exec(attrs.style)?.[1], true, `${name} style`);
      },
      ontext(text) {
        if (script) script.text += text;
        if (style !== undefined) style += text;
      },
      onclosetag(name) {
        if (name === 'head') inHead = false;
        if (name === 'script' && script) {
          page.scripts.push(script);
          script = undefined;
        }
        if (name === 'style' && style !== undefined) {
          page.styles.push(style);
          style = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return page;
}

// ── what a page loads, and what it weighs ───────────────────────────────────────────────

export interface Weight {
  raw: number;
  gzip: number;
}

/** Bytes, and bytes gzipped (level 6, as servers send them), of one file's content. */
export function weightOf(data: Buffer | string): Weight {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { raw: buffer.length, gzip: buffer.length === 0 ? 0 : gzipSync(buffer).length };
}

export function sumWeights(weights: Iterable<Weight>): Weight {
  let raw = 0;
  let gzip = 0;
  for (const w of weights) {
    raw += w.raw;
    gzip += w.gzip;
  }
  return { raw, gzip };
}

/** The specifiers a module imports, statically and (with a literal string) dynamically. */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
  const [imports] = parseModule(code);
  const out = { static: new Set<string>(), dynamic: new Set<string>() };
  for (const entry of imports) {
    if (entry.n === undefined) continue; // import.meta, or a computed import(`./${x}`)
    (entry.d === -1 ? out.static : out.dynamic).add(entry.n);
  }
  return { static: [...out.static], dynamic: [...out.dynamic] };
}

export interface PageAssets {
  /** the HTML file, relative to the site's directory */
  file: string;
  html: string;
  /** external stylesheets (files relative to the site's directory) */
  stylesheets: string[];
  /** the text of each <style> (part of the HTML) */
  inlineStyles: string[];
  /** the code of each inline script that runs (part of the HTML) */
  inlineScripts: string[];
  /** module and classic scripts the page loads, and everything they import statically */
  scripts: string[];
  /** modules imported dynamically (by a literal specifier) and their own static imports, minus `scripts` */
  lazy: string[];
  /** URLs the page or its modules refer to that the site lacks */
  missing: string[];
}

/** A URL as a page or a module writes it → the file of the site it names (undefined for other hosts, data: and the like). */
export function resolveUrl(site: Pick<BuiltSite, 'dir' | 'base'>, fromUrlPath: string, url: string): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) || /^(?:data|blob|javascript|mailto):/i.test(url)) return undefined;
  const clean = url.replace(/[?#].*$/, '');
  const absolute = clean.startsWith('/') ? clean : posix.join(posix.dirname(fromUrlPath), clean);
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const inSite = absolute.startsWith(base) ? absolute.slice(base.length) : absolute.replace(/^\//, '');
  return decodeURIComponent(inSite);
}

/**
 * What the browser fetches for one page (fonts and images aside): its stylesheets, its
 * scripts with their static import closure, and apart from them the modules they import
 * lazily (with those modules' own closure). `skip` leaves out URLs loaded only on demand
 * (e.g. the search library, which the search field loads when it is used).
 */
export function pageAssets(site: Pick<BuiltSite, 'dir' | 'base'>, file: string, skip: (url: string) => boolean = () => false): PageAssets {
  const html = readFileSync(join(site.dir, file), 'utf8');
  const page = parsePage(html);
  const pageUrl = `${site.base.endsWith('/') ? site.base : `${site.base}/`}${file}`;
  const missing = new Set<string>();
  const locate = (fromUrl: string, url: string): string | undefined => {
    if (skip(url)) return undefined;
    const found = resolveUrl(site, fromUrl, url);
    if (found === undefined) return undefined;
    const path = join(site.dir, found);
    if (!existsSync(path) || !statSync(path).isFile()) {
      missing.add(url);
      return undefined;
    }
    return found;
  };
  const urlOf = (siteFile: string) => `${site.base.endsWith('/') ? site.base : `${site.base}/`}${siteFile}`;

  const stylesheets = new Set<string>();
  for (const ref of page.references) {
    if (ref.tag !== 'link' || !(ref.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet')) continue;
    const found = locate(pageUrl, ref.url);
    if (found) stylesheets.add(found);
  }

  const entries = new Set<string>();
  const lazyEntries = new Set<string>();
  const inlineScripts: string[] = [];
  const importsOf = (code: string, fromUrl: string, module: boolean): void => {
    if (!module) return;
    const { static: eager, dynamic } = moduleImports(code);
    for (const spec of eager) if (/^[./]/.test(spec)) { const f = locate(fromUrl, spec); if (f) entries.add(f); }
    for (const spec of dynamic) if (/^[./]/.test(spec)) { const f = locate(fromUrl, spec); if (f) lazyEntries.add(f); }
  };
  for (const script of page.scripts) {
    if (!script.runs) continue;
    if (script.src !== undefined) {
      const found = locate(pageUrl, script.src);
      if (found) entries.add(found);
    } else if (script.text.trim()) {
      inlineScripts.push(script.text);
      importsOf(script.text, pageUrl, script.type === 'module');
    }
  }

  // the static import closure of a set of modules; dynamic imports met on the way are noted
  const closure = (start: Iterable<string>, into: Set<string>): void => {
    const queue = [...start];
    while (queue.length > 0) {
      const current = queue.pop() as string;
      if (into.has(current)) continue;
      into.add(current);
      let imports: ReturnType<typeof moduleImports>;
      try {
        imports = moduleImports(readFileSync(join(site.dir, current), 'utf8'));
      } catch (error) {
        throw new Error(`${join(site.dir, current)}: cannot read its imports (${error instanceof Error ? error.message : String(error)})`);
      }
      const { static: eager, dynamic } = imports;
      for (const spec of eager) if (/^[./]/.test(spec)) { const f = locate(urlOf(current), spec); if (f) queue.push(f); }
      for (const spec of dynamic) if (/^[./]/.test(spec)) { const f = locate(urlOf(current), spec); if (f) lazyEntries.add(f); }
    }
  };
  const scripts = new Set<string>();
  closure(entries, scripts);
  const lazy = new Set<string>();
  // lazy modules may import more lazily: follow until nothing new turns up
  for (let before = -1; before !== lazy.size; ) {
    before = lazy.size;
    closure([...lazyEntries].filter((f) => !scripts.has(f) && !lazy.has(f)), lazy);
  }
  for (const f of scripts) lazy.delete(f);
  return {
    file,
    html,
    stylesheets: [...stylesheets],
    inlineStyles: page.styles,
    inlineScripts,
    scripts: [...scripts],
    lazy: [...lazy],
    missing: [...missing],
  };
}
