// Curated knowledge (content/*.yaml): the shapes, schema first, types derived.
// YAML is validated once, at the edge (src/knowledge/load.ts); everything past that
// edge works with these types.
import { z } from 'zod';

export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case ASCII words joined by "-" (e.g. "cloud-act")');

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': the string's length is its precision. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

export const precision = z.enum(['year', 'month', 'day']);
export type Precision = z.output<typeof precision>;

/** A quote that must appear, word for word, in one article (typographic quotes and
 *  apostrophes and runs of white space are compared loosely). */
export const evidence = z.object({
  /** the seed file's name without `.txt`, e.g. `003_f0eed57cc5c25b8c` */
  article: z.string().min(1),
  quote: z.string().min(8),
});
export type Evidence = z.output<typeof evidence>;

/** 'YYYY-MM-DD' */
export const isoDay = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a day is YYYY-MM-DD');

/**
 * Where a fact comes from: an article of the corpus (title and publisher, no URL), or a page
 * of the public record, which says who published it and when it was read.
 */
export const reference = z
  .object({
    title: z.string().min(1),
    url: z.url().optional(),
    /** who published it: a name, so at least one letter (a stray « is no publisher) */
    publisher: z.string().regex(/\p{L}/u, 'a publisher is a name: at least one letter').optional(),
    /** the date of the document, when it has one */
    date: partialDate.optional(),
    /** when the page was read (YYYY-MM-DD) */
    consulted: isoDay.optional(),
  })
  .refine((r) => !r.url || (r.publisher !== undefined && r.consulted !== undefined), {
    message: 'a source with a URL says who published it ("publisher") and when it was read ("consulted": YYYY-MM-DD)',
  });
export type Reference = z.output<typeof reference>;

export const term = z.object({
  id: slugId,
  label: z.string().min(1),
  /** other ways the text writes it (plural, variants); the label is always a form */
  forms: z.array(z.string().min(1)).default([]),
  /** defaults to true for acronyms (label has no lower-case letter), false otherwise */
  caseSensitive: z.boolean().optional(),
  /** one or two sentences, shown in the popover */
  short: z.string().min(20),
  /** the longer explanation on /glossaire/ */
  long: z.string().min(40),
  related: z.array(slugId).default([]),
  sources: z.array(reference).min(1),
});
export type Term = z.output<typeof term>;

export const actorKind = z.enum(['company', 'institution', 'state', 'person', 'initiative', 'law']);
export type ActorKind = z.output<typeof actorKind>;

export const actor = z.object({
  id: slugId,
  name: z.string().min(1),
  kind: actorKind,
  /** ISO 3166 alpha-2 code, or `EU` / `INT` */
  country: z.string().regex(/^(?:[A-Z]{2}|EU|INT)$/),
  aliases: z.array(z.string().min(1)).default([]),
  caseSensitive: z.boolean().optional(),
  /** Who or what it is. Every role, office, membership or status it states says when it
   *  held ("PDG d’Atos de 2008 à 2019"): the build refuses a sentence that does not. */
  description: z.string().min(40),
  /** the article French puts before the name ("la France", "les États-Unis", "l’AFP"); none
   *  for most companies and people ("OVHcloud", "Thierry Breton") */
  determiner: z.enum(['le', 'la', 'les', 'l’']).optional(),
  /** the glossary entry that explains this actor, when there is one (Cloud Act, Gaia-X…) */
  term: slugId.optional(),
  sources: z.array(reference).default([]),
});
export type Actor = z.output<typeof actor>;

export const relationType = z.enum([
  'partnership',
  'mission',
  'membership',
  'ownership',
  'leadership',
  'competition',
  'regulation',
  'customer',
  'support',
  'acquisition',
  'negotiation',
]);
export type RelationType = z.output<typeof relationType>;

/**
 * A claim between two actors, true as of a date. Its time is one of:
 *   - `date`: when it happened (an agreement signed, a report handed over);
 *   - `from` / `until`: when a role, an office, a membership or a status held, from `sources`;
 *   - neither: it is attested by its quotes, as of their articles' dates ("en 2014, selon
 *     Clubic"); the build refuses one whose articles have no date.
 */
export const relation = z
  .object({
    id: slugId,
    type: relationType,
    /** directed: source → target (e.g. T-Systems → Deutsche Telekom for ownership: "filiale de") */
    source: slugId,
    target: slugId,
    /** the French words read between the two names, without the target's article (the build
     *  adds it, contracted: "s’associe à" + "la France", "libre de l’influence de" + "le Cloud
     *  Act" → "libre de l’influence du Cloud Act") */
    label: z.string().min(1),
    date: partialDate.optional(),
    from: partialDate.optional(),
    until: partialDate.optional(),
    /** where `from` / `until` come from, when no quote gives them */
    sources: z.array(reference).optional(),
    evidence: z.array(evidence).min(1),
  })
  .refine((r) => !(r.date && (r.from || r.until)), { message: 'a relation has a "date" (a moment) or "from"/"until" (a span), not both' })
  .refine((r) => !(r.from || r.until) || (r.sources?.length ?? 0) > 0, { message: '"from"/"until" need a source ("sources": title, publisher, url, consulted)' })
  .refine((r) => !(r.from && r.until && r.until < r.from), { message: '"until" is before "from"' });
export type Relation = z.output<typeof relation>;

export const event = z.object({
  id: slugId,
  date: partialDate,
  title: z.string().min(1),
  /** the title in 40 characters at most, said by an editor: what the figures show when the title does not fit */
  short: z.string().min(1).max(40, 'a short title has 40 characters at most').optional(),
  description: z.string().optional(),
  actors: z.array(slugId).min(1),
  terms: z.array(slugId).default([]),
  evidence: z.array(evidence).min(1),
  /** where what the date or the description adds to the quotes comes from */
  sources: z.array(reference).optional(),
});
export type Event = z.output<typeof event>;

/**
 * An editor's note beside a sentence of an article that is wrong or imprecise: the article
 * stays as written, its page shows the note with its sources.
 */
export const correction = z.object({
  id: slugId,
  /** the seed file's name without `.txt` */
  article: z.string().min(1),
  /** words of the sentence, exactly as the article writes them */
  quote: z.string().min(8),
  /** what is wrong and what is right, in French */
  note: z.string().min(20),
  sources: z.array(reference).min(1),
});
export type Correction = z.output<typeof correction>;

/** What a seed text lacks and the editor knows (outlet, date, original URL…). */
export const sourceMeta = z.object({
  /** the seed file's name without `.txt` */
  article: z.string().min(1),
  title: z.string().optional(),
  date: partialDate.optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  url: z.url().optional(),
  note: z.string().optional(),
});
export type SourceMeta = z.output<typeof sourceMeta>;

export const glossaryFile = z.array(term);
export const actorsFile = z.array(actor);
export const relationsFile = z.array(relation);
export const eventsFile = z.array(event);
export const sourcesFile = z.array(sourceMeta);
export const correctionsFile = z.array(correction);

export interface Knowledge {
  terms: Term[];
  actors: Actor[];
  relations: Relation[];
  events: Event[];
  sources: SourceMeta[];
  corrections: Correction[];
}

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}
