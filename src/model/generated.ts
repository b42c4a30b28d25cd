// What the build step writes to content/generated/*.json for the pages and figures.
// Pages read these files; they never re-derive anything from the seeds.
import { z } from 'zod';
import { partialDate, precision, relationType, actorKind } from './knowledge.ts';

export const dateOrigin = z.enum(['byline', 'header', 'sources', 'text']);

/** One sentence of an article; `id` is its anchor in the page: `p3-s2`. */
export const sentence = z.object({
  id: z.string().regex(/^p\d+-s\d+$/),
  paragraph: z.number().int().positive(),
  text: z.string(),
});
export type Sentence = z.output<typeof sentence>;

export const articleRecord = z.object({
  slug: z.string(),
  /** the seed file's name without `.txt` */
  file: z.string(),
  title: z.string(),
  date: z.object({ value: partialDate, precision, origin: dateOrigin }),
  outlet: z.string().optional(),
  author: z.string().optional(),
  /** the `Source : X` attribution of the text */
  attribution: z.string().optional(),
  description: z.string(),
  words: z.number().int(),
  terms: z.array(z.string()),
  actors: z.array(z.string()),
  sentences: z.array(sentence),
});
export type ArticleRecord = z.output<typeof articleRecord>;

/** A sentence of an article that names an actor (or uses a term).
 *  `article` is the article's file (seed name without `.txt`): stable when a title, and so
 *  the slug, changes; pages map it to the URL. `sentence` is the sentence id (`p3-s2`). */
export const sentenceRef = z.object({ article: z.string(), sentence: z.string() });
export type SentenceRef = z.output<typeof sentenceRef>;

export const mention = sentenceRef.extend({ actor: z.string() });
export type Mention = z.output<typeof mention>;

export const termUse = sentenceRef.extend({ term: z.string() });
export type TermUse = z.output<typeof termUse>;

/** A French date expression found in an article ("fin 2013", "le 16 juillet 2020"). */
export const datedMention = sentenceRef.extend({
  value: partialDate,
  precision,
  /** the expression as written */
  expression: z.string(),
  /** "fin", "début", "depuis"… when the text qualifies the date */
  qualifier: z.string().optional(),
  /** the text gave no year ("depuis juin"): the year is the article's own */
  yearFromArticle: z.boolean().optional(),
});
export type DatedMention = z.output<typeof datedMention>;

/** Two actors named in the same sentence. */
export const coMention = sentenceRef.extend({ actors: z.tuple([z.string(), z.string()]) });
export type CoMention = z.output<typeof coMention>;

/** An evidence quote resolved to the sentence(s) that hold it. */
export const resolvedEvidence = z.object({
  /** the article's file (seed name without `.txt`), as in sentenceRef */
  article: z.string(),
  /** first sentence holding the quote */
  sentence: z.string(),
  quote: z.string(),
});
export type ResolvedEvidence = z.output<typeof resolvedEvidence>;

export const reportEntry = z.object({
  file: z.string(),
  slug: z.string().optional(),
  status: z.enum(['ok', 'error']),
  warnings: z.array(z.string()),
  errors: z.array(z.string()),
  /** every block the clean stage removed, with why */
  dropped: z.array(z.object({ kind: z.string(), line: z.number().int(), text: z.string() })),
  counts: z.record(z.string(), z.number()),
});
export type ReportEntry = z.output<typeof reportEntry>;

export { relationType, actorKind };
