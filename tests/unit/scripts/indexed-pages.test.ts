// The folder the search index reads: the marked pages, at their own paths, as links.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkIndexedPages } from '../../../scripts/lib/indexed-pages.ts';
import { makeTempDir, removeProject } from '../../../scripts/lib/throwaway-project.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) removeProject(dir);
});

describe('linkIndexedPages', () => {
  it('links the pages that carry data-pagefind-body, at their paths, and nothing else', () => {
    const site = makeTempDir('indexed-site');
    const stage = makeTempDir('indexed-stage');
    made.push(site, stage);
    const pages: Record<string, string> = {
      'articles/gaia-x/index.html': '<main data-pagefind-body><h1>Gaia-X</h1></main>',
      'glossaire/cloud-act/index.html': '<article data-pagefind-body="">Cloud Act</article>',
      'reseau/index.html': '<main><svg></svg></main>',
      'chronologie/dates/2014/index.html': '<main>2014</main>',
      'index.html': '<main>Accueil</main>',
      '_astro/app.js': 'const x = "data-pagefind-body";',
    };
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), html);
    }
    writeFileSync(join(stage, 'stale.html'), 'left by a run before');
    expect(linkIndexedPages(site, stage)).toEqual({ linked: 2, pages: 5 });
    expect(readdirSync(stage, { recursive: true }).filter((p) => String(p).endsWith('.html')).sort()).toEqual(['articles/gaia-x/index.html', 'glossaire/cloud-act/index.html']);
    // a link, not a copy: the same file
    expect(statSync(join(stage, 'articles/gaia-x/index.html')).ino).toBe(statSync(join(site, 'articles/gaia-x/index.html')).ino);
    expect(readFileSync(join(stage, 'glossaire/cloud-act/index.html'), 'utf8')).toContain('Cloud Act');
  });
});
