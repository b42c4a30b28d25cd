// The link crawler: every built page → every internal href/src/action (and fragment)
// → a file of the site (and an id in that page). External links must carry
// rel="noopener noreferrer", and nothing a page LOADS may come from another host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor, listFiles, parsePage, urlPathOf, type BuiltSite } from '../../scripts/lib/built-site.ts';

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

export function crawl(site: BuiltSite): { pages: number; links: number; problems: LinkProblem[] } {
  const files = listFiles(site.dir);
  const pages = files.filter((file) => file.endsWith('.html'));
  const parsed = new Map(pages.map((file) => [file, parsePage(readFileSync(join(site.dir, file), 'utf8'))]));
  const siteOrigin = new URL(site.site).origin;
  const problems: LinkProblem[] = [];
  let links = 0;

  for (const [page, { references }] of parsed) {
    const pageUrl = new URL(urlPathOf(page, site.base), siteOrigin);
    for (const reference of references) {
      links += 1;
      const report = (problem: string): void => void problems.push({ page, link: `<${reference.tag}> ${reference.url}`, problem });
      if (reference.url === '' || /^(mailto|tel|data):/i.test(reference.url)) continue;
      if (/^javascript:/i.test(reference.url)) {
        report('javascript: URL');
        continue;
      }
      const target = new URL(reference.url, pageUrl);
      if (target.origin !== siteOrigin) {
        if (!/^https?:$/.test(target.protocol)) report('unexpected URL scheme');
        else if (reference.loads) report('a resource loaded from another host (privacy: nothing may be requested elsewhere)');
        else if (reference.tag === 'a') {
          const rel = (reference.rel ?? '').toLowerCase().split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer')) report('external link without rel="noopener noreferrer"');
        } else report('points to another host');
        continue;
      }
      // Internal: written as a path from the root (or a bare #fragment), never relative,
      // so it means the same thing wherever the host serves the page from.
      if (!/^(\/|#|https?:)/.test(reference.url)) report('relative URL: write it from the root with routes/url() (src/lib/paths.ts)');
      if (/^https?:/.test(reference.url) && reference.tag === 'a') report('internal link written with the host name');
      const resolved = fileFor(site, target.pathname);
      if ('problem' in resolved) {
        report(resolved.problem);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      // `#acteur=ovhcloud&periode=2020`: a figure's state in the URL (its deep link),
      // read by its script, not an element id; the page itself must exist, which it does here.
      const isState = /^[a-z][a-z-]*=/.test(fragment);
      if (fragment && !isState && resolved.file.endsWith('.html')) {
        const targetPage = parsed.get(resolved.file);
        if (!targetPage?.ids.has(fragment)) report(`no element with id "${fragment}" in ${resolved.file}`);
      }
    }
  }

  // The sitemap and the feed list URLs too: each must be a page of this site.
  for (const file of files.filter((f) => /^(sitemap-.*|rss)\.xml$/.test(f))) {
    const xml = readFileSync(join(site.dir, file), 'utf8');
    for (const [, loc] of xml.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) {
      links += 1;
      const target = new URL(loc!);
      const resolved = target.origin === siteOrigin ? fileFor(site, target.pathname) : { problem: 'not on this site' };
      if ('problem' in resolved) problems.push({ page: file, link: loc!, problem: resolved.problem });
    }
  }
  return { pages: pages.length, links, problems };
}
