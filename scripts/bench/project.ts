// Throw-away projects the bench builds in: a copy of this repository with seeds/ replaced
// by a corpus (the site), and a minimal Astro + MDX project (the bare floor). Both link to
// this repository's packages one entry at a time instead of symlinking node_modules whole,
// so that Astro's and Vite's caches (node_modules/.astro, node_modules/.vite) stay inside
// the throw-away project and no run warms up, or pollutes, another.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Top-level entries of the repository the site build does not need (or must not see). */
const NOT_COPIED = new Set([
  '.git', 'node_modules', 'dist', 'seeds', 'tests', 'test-results', 'playwright-report',
  'bench-results', '.astro', '.build.lock',
]);
/** Caches that must be private to each project. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `bench-${label}-`));
}

export function linkNodeModules(repoRoot: string, projectRoot: string): void {
  const source = resolve(repoRoot, 'node_modules');
  const target = join(projectRoot, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (PRIVATE_CACHES.has(entry)) continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}

/** A copy of the repository at `repoRoot` without seeds, generated content or build output. */
export function copySiteProject(repoRoot: string, projectRoot: string): void {
  for (const entry of readdirSync(repoRoot)) {
    if (NOT_COPIED.has(entry) || entry.startsWith('.dist') || entry.startsWith('dist.')) continue;
    if (entry === 'content') {
      cpSync(join(repoRoot, entry), join(projectRoot, entry), {
        recursive: true,
        filter: (path) => !/[\\/]content[\\/](articles|generated)([\\/]|$)/.test(path),
      });
      continue;
    }
    cpSync(join(repoRoot, entry), join(projectRoot, entry), { recursive: true });
  }
  mkdirSync(join(projectRoot, 'seeds'), { recursive: true });
  linkNodeModules(repoRoot, projectRoot);
}

/**
 * The floor: Astro 7 + @astrojs/mdx, one content collection, one trivial page per MDX
 * file. Same engine settings the site uses where they change the work done (no syntax
 * highlighting, no smartypants, no GFM, directory format; keep in step with
 * astro.config.mjs), nothing else: no layout, no components, no CSS, no CSP.
 */
export function createBareProject(repoRoot: string, projectRoot: string): void {
  // /articles/<slug>/ as on the site
  mkdirSync(join(projectRoot, 'src', 'pages', 'articles'), { recursive: true });
  mkdirSync(join(projectRoot, 'content', 'articles'), { recursive: true });
  writeFileSync(join(projectRoot, 'package.json'), JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(projectRoot, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
export default defineConfig({
  site: 'https://bare.example',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  devToolbar: { enabled: false },
});
`,
  );
  writeFileSync(
    join(projectRoot, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: z.object({ title: z.string() }),
});
export const collections = { articles };
`,
  );
  writeFileSync(
    join(projectRoot, 'src', 'pages', 'articles', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="fr">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><h1>{entry.data.title}</h1><Content /></body>
</html>
`,
  );
  linkNodeModules(repoRoot, projectRoot);
}

export function removeProject(projectRoot: string): void {
  if (existsSync(projectRoot)) rmSync(projectRoot, { recursive: true, force: true });
}
