import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// content/articles/*.mdx is written by the build step (src/pipeline/emit.ts): never by hand.
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: z.object({
    title: z.string(),
    slug: z.string(),
    file: z.string(),
    date: z.string(),
    datePrecision: z.enum(['year', 'month', 'day']),
    dateOrigin: z.enum(['byline', 'header', 'sources', 'text']),
    outlet: z.string().optional(),
    author: z.string().optional(),
    attribution: z.string().optional(),
    description: z.string(),
    terms: z.array(z.string()),
    actors: z.array(z.string()),
    words: z.number(),
  }),
});

export const collections = { articles };
