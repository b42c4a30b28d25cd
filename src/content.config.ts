import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatter } from './model/generated.ts';

// content/generated/articles/*.mdx is written by the build step (src/pipeline/emit.ts), never by hand;
// its frontmatter has one schema, shared with the writer (src/model/generated.ts). No page reads
// an entry's raw text (each renders the compiled MDX), so the content store does not keep it:
// at 1,000 articles that is megabytes of text, escaped again into the build's bundle.
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/generated/articles', retainBody: false }),
  schema: articleFrontmatter,
});

export const collections = { articles };
