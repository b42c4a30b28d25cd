// A built site on disk (dist/, dist-subpath/…) as the host would serve it: which files
// exist, and which URL path each page is served at (base + path, trailing slash).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltSite {
  /** absolute path of the output directory */
  dir: string;
  /** '/' or '/cloud-souverain/' */
  base: string;
  /** the site URL the build was made with (SITE_URL), e.g. https://cloud-souverain.example */
  site: string;
}

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

/** 'articles/x/index.html' → '/base/articles/x/'; '404.html' → '/base/404.html' */
export function urlPathOf(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A URL path under the base → the file that serves it, or why none does. */
export function fileFor(site: BuiltSite, urlPath: string): { file: string } | { problem: string } {
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
