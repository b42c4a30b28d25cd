// What the build step writes to content/generated/*.json for the pages and figures.
// Pages read these files; they never re-derive anything from the seeds.
import { z } from 'zod';
import { partialDate, precision, relationType, actorKind } from './knowledge.ts';

/**
 * Where an article's date comes from:
 *   header     the text's ` date YYYY-MM` header line
 *   byline     a date line of the header ("Publié le …")
 *   dateline   the dateline of a dispatch or press release ("PARIS, 15 octobre 2021 (AFP) -")
 *   url        the day in the address of the article's page, above the text ("…/2021/05/17/…")
 *   sources    what the editor wrote in content/sources.yaml
 *   estimated  the text gives none: the latest date it cites, or a day it names with its weekday
 *              placed in the year that fits (`sentence` says where; src/pipeline/estimate.ts)
 *   unknown    no date anywhere
 */
export const dateOrigin = z.enum(['header', 'byline', 'dateline', 'url', 'sources', 'estimated', 'unknown']);
export type DateOrigin = z.output<typeof dateOrigin>;

/** Where the date comes from, as an article page says it (after « Date : »), and as the
 *  sources table of « À propos » says it. */
export const dateOriginLabel: Record<DateOrigin, { page: string; table: string }> = {
  header: { page: 'date de l’en-tête du texte reçu', table: 'en-tête du texte' },
  byline: { page: 'date de publication indiquée par l’article', table: 'ligne de signature' },
  dateline: { page: 'date de l’attaque de la dépêche ou du communiqué', table: 'attaque de la dépêche ou du communiqué' },
  url: { page: 'date inscrite dans l’adresse de la page de l’article', table: 'adresse de la page de l’article' },
  sources: { page: 'le texte ne donne pas de date : elle vient de nos notes sur la source', table: 'nos notes sur la source' },
  estimated: { page: 'le texte ne donne pas de date : elle est estimée d’après les dates qu’il cite', table: 'estimée d’après les dates que cite le texte' },
  unknown: { page: 'le texte ne donne pas de date, et n’en cite aucune', table: 'aucune : le texte ne la donne pas' },
};

export const articleDate = z.discriminatedUnion('origin', [
  z.object({ origin: z.enum(['header', 'byline', 'dateline', 'url', 'sources']), value: partialDate, precision }),
  z.object({ origin: z.literal('estimated'), value: partialDate, precision, /** the sentence whose date it is */ sentence: z.string() }),
  z.object({ origin: z.literal('unknown') }),
]);
export type ArticleDate = z.output<typeof articleDate>;
export type KnownArticleDate = Exclude<ArticleDate, { origin: 'unknown' }>;

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
  date: articleDate,
  /** the update date the header gives */
  updated: partialDate.optional(),
  outlet: z.string().optional(),
  authors: z.array(z.string()),
  /** the sources the text credits ("Source : Reuters", "Avec AFP") */
  attribution: z.string().optional(),
  description: z.string(),
  words: z.number().int(),
  terms: z.array(z.string()),
  actors: z.array(z.string()),
  sentences: z.array(sentence),
});
export type ArticleRecord = z.output<typeof articleRecord>;

/** Articles are referred to by their seed file's name or by their slug: one lookup for both.
 *  `of` throws, naming what it was looking for (`where`), when a key matches no article;
 *  `find` says undefined. */
export function articleLookup(articles: readonly ArticleRecord[], where: string): { of(key: string): ArticleRecord; find(key: string): ArticleRecord | undefined } {
  const byKey = new Map<string, ArticleRecord>();
  for (const article of articles) {
    byKey.set(article.file, article);
    byKey.set(article.slug, article);
  }
  return {
    find: (key) => byKey.get(key),
    of: (key) => {
      const article = byKey.get(key);
      if (!article) throw new Error(`${where}: article not found: ${key}`);
      return article;
    },
  };
}

/**
 * The frontmatter of a generated article page (content/generated/articles/*.mdx): one flat record of
 * scalars and lists of scalars, the only values the MDX writer emits. Astro's content
 * collection validates the pages with this same schema.
 */
export const articleFrontmatter = z.object({
  title: z.string(),
  slug: z.string(),
  file: z.string(),
  /** absent when the date is unknown */
  date: partialDate.optional(),
  datePrecision: precision.optional(),
  dateOrigin,
  /** for an estimated date: the sentence it was read from */
  dateSentence: z.string().optional(),
  updated: partialDate.optional(),
  outlet: z.string().optional(),
  authors: z.array(z.string()),
  attribution: z.string().optional(),
  description: z.string(),
  terms: z.array(z.string()),
  actors: z.array(z.string()),
  words: z.number().int(),
  /** what the text's first block is when it is more than a paragraph: its standfirst, or an
   *  interview's first question (both set in the text's bold, which the page then preloads) */
  opensWith: z.enum(['standfirst', 'question']).optional(),
});
export type ArticleFrontmatter = z.output<typeof articleFrontmatter>;

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
  /** its place among the dates of its sentence, from 1: the anchor `date-<slug>-<sentence>-<index>` */
  index: z.number().int().positive(),
  value: partialDate,
  precision,
  /** the expression as written */
  expression: z.string(),
  /** "fin", "début", "depuis"… when the text qualifies the date */
  qualifier: z.string().optional(),
  /** a range ("du 10 au 22 août 2012"): its end */
  until: partialDate.optional(),
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

/** A name or acronym the corpus uses that content/ does not know: something to curate. */
export const candidate = z.object({
  name: z.string(),
  kind: z.enum(['acronym', 'name']),
  variants: z.array(z.string()),
  sentences: z.array(z.object({ file: z.string(), sentence: z.string(), text: z.string() })),
});
export type Candidate = z.output<typeof candidate>;

/** Why a block of a text is not article text (the layout reader's verdicts). */
export const droppedKind = z.enum([
  'title-repeat', 'rubric', 'navigation', 'label', 'byline', 'date-line', 'reading-time', 'paywall',
  'read-also', 'tags', 'share', 'newsletter', 'social-promo', 'advertising', 'photo-caption',
  'photo-credit', 'image-file', 'author-bio', 'attribution', 'agency-tail', 'about', 'press-contact',
  'copyright', 'comment-header', 'comment-form', 'reader-comment', 'empty-summary', 'source-link',
  'boilerplate',
]);
export type DroppedKind = z.output<typeof droppedKind>;

/** The same, as the site tells its readers what was taken out of a text. */
export const droppedKindLabel: Record<DroppedKind, string> = {
  'title-repeat': 'titre répété',
  rubric: 'rubrique',
  navigation: 'navigation du site',
  label: 'étiquette',
  byline: 'signature',
  'date-line': 'ligne de date',
  'reading-time': 'temps de lecture',
  paywall: 'mur payant',
  'read-also': 'liens « Lire aussi »',
  tags: 'mots-clés',
  share: 'boutons de partage',
  newsletter: 'lettre d’information',
  'social-promo': 'appels à suivre le site',
  advertising: 'publicité',
  'photo-caption': 'légende de photo',
  'photo-credit': 'crédit photo',
  'image-file': 'nom de fichier d’image',
  'author-bio': 'présentation de l’auteur',
  attribution: 'mention de source',
  'agency-tail': 'signature d’agence',
  about: 'présentation de l’émetteur',
  'press-contact': 'contacts presse',
  copyright: 'droits d’auteur',
  'comment-header': 'en-tête des commentaires',
  'comment-form': 'formulaire de commentaire',
  'reader-comment': 'commentaires de lecteurs',
  'empty-summary': 'résumé vide',
  'source-link': 'lien vers la source',
  boilerplate: 'habillage de la page',
};

export const reportEntry = z.object({
  file: z.string(),
  slug: z.string().optional(),
  /** ok: published; error: not, for the errors said; duplicate: the same text as another file,
   *  published once from it; skipped: not an article (another extension, a folder, a hidden file) */
  status: z.enum(['ok', 'error', 'duplicate', 'skipped']),
  warnings: z.array(z.string()),
  errors: z.array(z.string()),
  /** every block the layout reader removed, with why */
  dropped: z.array(z.object({ kind: droppedKind, line: z.number().int(), text: z.string() })),
  counts: z.record(z.string(), z.number()),
});
export type ReportEntry = z.output<typeof reportEntry>;

export { relationType, actorKind };
