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

export const reference = z.object({
  title: z.string().min(1),
  url: z.url().optional(),
  publisher: z.string().optional(),
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
  description: z.string().min(40),
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
]);
export type RelationType = z.output<typeof relationType>;

export const relation = z.object({
  id: slugId,
  type: relationType,
  /** directed: source → target (e.g. T-Systems → Deutsche Telekom for ownership: "filiale de") */
  source: slugId,
  target: slugId,
  /** a short French phrase read between the two names: "s’associe à" */
  label: z.string().min(1),
  date: partialDate.optional(),
  evidence: z.array(evidence).min(1),
});
export type Relation = z.output<typeof relation>;

export const event = z.object({
  id: slugId,
  date: partialDate,
  title: z.string().min(1),
  description: z.string().optional(),
  actors: z.array(slugId).min(1),
  terms: z.array(slugId).default([]),
  evidence: z.array(evidence).min(1),
});
export type Event = z.output<typeof event>;

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

export interface Knowledge {
  terms: Term[];
  actors: Actor[];
  relations: Relation[];
  events: Event[];
  sources: SourceMeta[];
}

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}
