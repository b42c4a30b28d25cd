// One seed, on its own: decode → parse → segment → annotate → extract → estimate. Everything
// this reads is in its arguments: the seed (name, path, bytes), the editor's notes on that one
// text (its content/sources.yaml entry) and the forms of the glossary's terms and the actors'
// names (the matchers are compiled from them once per run). So the result is a pure function
// of `conversionInputs(…)` and of this module's code, which is what lets the build keep it
// between runs (./conversion-cache.ts). Whatever depends on other articles (addresses,
// duplicates, evidence, candidates) is the pipeline's business, after this.
import { createHash } from 'node:crypto';
import type { Knowledge, SourceMeta } from '../model/knowledge.ts';
import type { Problem } from '../lib/errors.ts';
import { normalizeForComparison } from '../lib/text.ts';
import type { SeedFile } from './read.ts';
import { decode } from './decode.ts';
import { parse, type ParsedArticle } from './parse.ts';
import type { ExplainedUnit } from './layout/index.ts';
import { estimateDate } from './estimate.ts';
import { segment } from './segment.ts';
import { annotate, compileMatcher, type AnnotatedSegment, type MatchEntry, type Matchers } from './annotate.ts';
import { extract, type Extracted } from './extract.ts';
import type { ArticleDate } from '../model/generated.ts';

/** What a converted article's date is: the text's or the editor's, else estimated. */
export type ConvertedParsedArticle = Omit<ParsedArticle, 'date'> & { date: ArticleDate };

export type Conversion =
  | { ok: true; article: ConvertedParsedArticle; segments: AnnotatedSegment[]; extracted: Extracted; warnings: string[]; fingerprint: string }
  | { ok: false; problems: Problem[]; warnings: string[]; explained?: ExplainedUnit[] };

/** What the curated knowledge gives the conversion of every text: the forms to match. */
export interface MatchForms {
  terms: MatchEntry[];
  actors: MatchEntry[];
}

/** Everything a seed's conversion reads besides the seed itself. */
export interface ConversionInputs {
  /** the seed's entry in content/sources.yaml, if any */
  source: SourceMeta | undefined;
  forms: MatchForms;
}

/** The terms' and actors' forms, as the matchers take them. */
export function matchForms(knowledge: Pick<Knowledge, 'terms' | 'actors'>): MatchForms {
  return {
    terms: knowledge.terms.map((t) => ({ id: t.id, forms: [t.label, ...t.forms], caseSensitive: t.caseSensitive })),
    actors: knowledge.actors.map((a) => ({ id: a.id, forms: [a.name, ...a.aliases], caseSensitive: a.caseSensitive })),
  };
}

export function compileForms(forms: MatchForms): Matchers {
  return { terms: compileMatcher(forms.terms), actors: compileMatcher(forms.actors) };
}

export function compileMatchers(knowledge: Pick<Knowledge, 'terms' | 'actors'>): Matchers {
  return compileForms(matchForms(knowledge));
}

/** What the conversion of `seed` reads from the curated knowledge. */
export function conversionInputs(seed: SeedFile, knowledge: Pick<Knowledge, 'sources'>, forms: MatchForms): ConversionInputs {
  return { source: knowledge.sources.find((s) => s.article === seed.name), forms };
}

/** One seed through decode → parse → segment → annotate → extract → estimate. */
export function convert(seed: SeedFile, inputs: ConversionInputs, matchers: Matchers): Conversion {
  // Bytes → text
  const decoded = decode(seed);
  if (!decoded.ok) return { ok: false, problems: decoded.problems, warnings: [] };
  // Text → title, standfirst, date, authors, blocks (chrome and comments dropped, reported)
  const parsed = parse(seed.name, seed.path, decoded.text, inputs.source);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, warnings: decoded.warnings, ...(parsed.explained ? { explained: parsed.explained } : {}) };
  const article: ParsedArticle = parsed.article;
  // Blocks → paragraphs and lists of sentences (ids p<N>-s<M>) → terms and actors marked
  const segments = annotate(segment(article.blocks), matchers);
  // Sentences → dates and co-mentions
  const extracted = extract(seed.name, segments, article.date);
  // No date in the text nor in sources.yaml: estimate it from the dates the text cites
  const warnings = [...decoded.warnings, ...article.warnings];
  const date = article.date ?? estimateDate(segments, extracted.dates);
  if (!article.date) warnings.push(missingDateWarning(seed, date));
  return { ok: true, article: { ...article, date }, segments, extracted, warnings, fingerprint: fingerprint(decoded.text) };
}

/** A text's identity once white space and quotes are set aside: the same text under two names. */
function fingerprint(text: string): string {
  return createHash('sha256').update(normalizeForComparison(text)).digest('hex');
}

function missingDateWarning(seed: SeedFile, date: ArticleDate): string {
  const how = `set "date" (YYYY, YYYY-MM or YYYY-MM-DD) for article "${seed.name}" in content/sources.yaml`;
  return date.origin === 'estimated'
    ? `${seed.path}: no publication date in the text; published as ${date.value} (estimated from the dates it cites, sentence ${date.sentence}); ${how}`
    : `${seed.path}: no publication date in the text, nor any date to estimate it from; published as "date inconnue"; ${how}`;
}
