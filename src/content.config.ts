import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatter } from './model/generated.ts';

// content/generated/articles/*.mdx is written by the build step (src/pipeline/emit.ts), never by hand;
// its frontmatter has one schema, shared with the writer (src/model/generated.ts).
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/generated/articles' }),
  schema: articleFrontmatter,
});

export const collections = { articles };
