// The pages the search index reads, and no other. Pagefind indexes only the pages that carry
// `data-pagefind-body` once any page does, but it still reads and parses every page of the site
// to find out: at 1,000 articles, some 500 pages (lists, figures, the dates of each year) it
// then drops. So the build gives it a folder of hard links to the pages that carry the mark,
// at their own paths: the same pages, the same URLs, so the same index, byte for byte, read in
// less time. A page whose text merely quotes the attribute's name is linked too, and Pagefind,
// finding no such attribute, leaves it out as it would have.
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const MARK = 'data-pagefind-body';

/** Links into `stage` (made anew) every HTML page of `site` that carries the mark; returns how many of how many. */
export function linkIndexedPages(site: string, stage: string): { linked: number; pages: number } {
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  let linked = 0;
  let pages = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (!entry.name.endsWith('.html')) continue;
      pages++;
      // the mark is ASCII: the bytes read as Latin-1 find it without decoding UTF-8
      if (!readFileSync(path, 'latin1').includes(MARK)) continue;
      const target = join(stage, relative(site, path));
      mkdirSync(dirname(target), { recursive: true });
      linkSync(path, target);
      linked++;
    }
  };
  walk(site);
  return { linked, pages };
}
