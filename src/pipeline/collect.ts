// Converted article → the data the pages and figures read: its ArticleRecord, the
// frontmatter of its page, and its sentence references (mentions, term uses, dates,
// co-mentions). Pure bookkeeping: every fact here was found by an earlier stage.
import type { ArticleRecord, CoMention, DatedMention, Mention, TermUse } from '../model/generated.ts';
import { countWords, truncateAtWord } from '../lib/text.ts';
import type { SeedFile } from './read.ts';
import type { CleanArticle } from './clean.ts';
import type { AnnotatedSegment } from './annotate.ts';
import type { Extracted } from './extract.ts';
import type { Frontmatter } from './emit.ts';

/** One article, as the stages left it. */
export interface ConvertedArticle {
  seed: SeedFile;
  slug: string;
  article: CleanArticle;
  segments: AnnotatedSegment[];
  extracted: Extracted;
  warnings: string[];
}

export interface CollectedArticle {
  record: ArticleRecord;
  frontmatter: Frontmatter;
  mentions: Mention[];
  termUses: TermUse[];
  dates: DatedMention[];
  coMentions: CoMention[];
}

export function collect(item: ConvertedArticle): CollectedArticle {
  const record = articleRecord(item);
  const { mentions, termUses } = sentenceRefs(item);
  return {
    record,
    frontmatter: {
      title: record.title,
      slug: record.slug,
      file: record.file,
      date: record.date.value,
      datePrecision: record.date.precision,
      dateOrigin: record.date.origin,
      ...(record.outlet ? { outlet: record.outlet } : {}),
      ...(record.author ? { author: record.author } : {}),
      ...(record.attribution ? { attribution: record.attribution } : {}),
      description: record.description,
      terms: record.terms,
      actors: record.actors,
      words: record.words,
    },
    mentions,
    termUses,
    dates: item.extracted.dates,
    coMentions: item.extracted.coMentions,
  };
}

function articleRecord(item: ConvertedArticle): ArticleRecord {
  const { article, segments } = item;
  const paragraphs = segments.flatMap((s) => (s.kind === 'paragraph' ? [s] : []));
  const sentences = paragraphs.flatMap((p) => p.sentences.map((s) => ({ id: s.id, paragraph: p.index, text: s.text })));
  return {
    slug: item.slug,
    file: item.seed.name,
    title: article.title,
    date: article.date,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.author ? { author: article.author } : {}),
    ...(article.attribution ? { attribution: article.attribution } : {}),
    description: describe(paragraphs[0]?.sentences.map((s) => s.text) ?? []),
    words: segments.reduce((sum, s) => sum + countWords(s.text), 0),
    terms: [...new Set(paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.termIds)))],
    actors: [...new Set(paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.actorIds)))],
    sentences,
  };
}

/** The first sentence(s) of the article, at most ~160 characters. */
function describe(sentences: string[]): string {
  let description = '';
  for (const sentence of sentences) {
    const next = description ? `${description} ${sentence}` : sentence;
    if (next.length > 160) break;
    description = next;
  }
  return description || truncateAtWord(sentences[0] ?? '', 160);
}

function sentenceRefs(item: ConvertedArticle): { mentions: Mention[]; termUses: TermUse[] } {
  const mentions: Mention[] = [];
  const termUses: TermUse[] = [];
  for (const segment of item.segments) {
    if (segment.kind !== 'paragraph') continue;
    for (const sentence of segment.sentences) {
      for (const actor of sentence.actorIds) mentions.push({ article: item.seed.name, sentence: sentence.id, actor });
      for (const term of sentence.termIds) termUses.push({ article: item.seed.name, sentence: sentence.id, term });
    }
  }
  return { mentions, termUses };
}
