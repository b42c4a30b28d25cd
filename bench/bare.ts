// The bare floor the site's build is compared to: a minimal Astro 7 + MDX project, and its
// texts: the site's generated MDX with every annotation unwrapped (`<S id>…</S>`,
// `<Term id>…</Term>` → their text), headings and paragraphs kept, and only the title left
// in the frontmatter. Same words, no components: what Astro + MDX costs for these texts
// with nothing of ours on top.
//
//   content/generated/articles/<slug>.mdx (site) ─► content/articles/<slug>.mdx (bare)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml } from 'yaml';
import { linkNodeModules } from '../scripts/lib/throwaway-project.ts';

interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** Replace JSX elements by their children and drop ESM/expressions, depth first. */
function unwrap(node: Node): Node {
  if (!node.children) return node;
  const children: Node[] = [];
  for (const child of node.children) {
    if (CODE.has(child.type)) continue;
    const plain = unwrap(child);
    if (JSX.has(plain.type)) {
      // a flow element (a block) keeps its blocks; a text element its inline content
      children.push(...(plain.children ?? []));
    } else children.push(plain);
  }
  return { ...node, children };
}

function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (parseYaml(match[1] ?? '') as Record<string, unknown>) ?? {}, body: source.slice(match[0].length) };
}

export function bareMdx(siteMdx: string): string {
  const { data, body } = splitFrontmatter(siteMdx);
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const plain = unwrap(tree as unknown as Node);
  const markdown = toMarkdown(plain as never, { extensions: [mdxToMarkdown()] })
    // mdxToMarkdown writes a paragraph starting with import/export as is, and MDX would
    // run it as JavaScript: defuse it with a character reference for its first letter
    .replace(/^(i)(mport\s)|^(e)(xport\s)/gm, (_m, i, rest1, _e, rest2) => (i ? `&#x69;${rest1}` : `&#x65;${rest2}`));
  const title = typeof data.title === 'string' ? data.title : 'Sans titre';
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${markdown}`;
}

/** Convert every site MDX in `fromDir` into `toDir`; returns how many. */
export function writeBareArticles(fromDir: string, toDir: string): number {
  mkdirSync(toDir, { recursive: true });
  let count = 0;
  for (const name of readdirSync(fromDir)) {
    if (!name.endsWith('.mdx')) continue;
    writeFileSync(join(toDir, name), bareMdx(readFileSync(join(fromDir, name), 'utf8')));
    count++;
  }
  return count;
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
