// Converted article → the data the pages and figures read: its ArticleRecord, the
// frontmatter of its page, and its sentence references (mentions, term uses, dates,
// co-mentions). Pure bookkeeping: every fact here was found by an earlier stage.
import type { ArticleDate, ArticleFrontmatter, ArticleRecord, CoMention, DatedMention, Mention, TermUse } from '../model/generated.ts';
import { countWords, truncateAtWord } from '../lib/text.ts';
import type { SeedFile } from './read.ts';
import type { ParsedArticle } from './parse.ts';
import type { AnnotatedSegment } from './annotate.ts';
import type { Extracted } from './extract.ts';
import { hasSentences } from './segment.ts';

/** One article, as the stages left it: its date is known, estimated or "unknown" by now. */
export interface ConvertedArticle {
  seed: SeedFile;
  slug: string;
  article: Omit<ParsedArticle, 'date'> & { date: ArticleDate };
  segments: AnnotatedSegment[];
  extracted: Extracted;
  warnings: string[];
}

export interface CollectedArticle {
  record: ArticleRecord;
  frontmatter: ArticleFrontmatter;
  mentions: Mention[];
  termUses: TermUse[];
  dates: DatedMention[];
  coMentions: CoMention[];
}

export function collect(item: ConvertedArticle): CollectedArticle {
  const record = articleRecord(item);
  const { mentions, termUses } = sentenceRefs(item);
  const { date } = record;
  const opening = item.segments.find(hasSentences);
  const opensWith = opening?.kind === 'paragraph' ? opening.role : undefined;
  return {
    record,
    frontmatter: {
      title: record.title,
      slug: record.slug,
      file: record.file,
      ...(date.origin !== 'unknown' ? { date: date.value, datePrecision: date.precision } : {}),
      dateOrigin: date.origin,
      ...(date.origin === 'estimated' ? { dateSentence: date.sentence } : {}),
      ...(record.updated ? { updated: record.updated } : {}),
      ...(record.outlet ? { outlet: record.outlet } : {}),
      authors: record.authors,
      ...(record.attribution ? { attribution: record.attribution } : {}),
      description: record.description,
      terms: record.terms,
      actors: record.actors,
      words: record.words,
      ...(opensWith ? { opensWith } : {}),
    },
    mentions,
    termUses,
    dates: item.extracted.dates,
    coMentions: item.extracted.coMentions,
  };
}

function articleRecord(item: ConvertedArticle): ArticleRecord {
  const { article, segments } = item;
  const blocks = segments.filter(hasSentences);
  const sentences = blocks.flatMap((p) => p.sentences.map((s) => ({ id: s.id, paragraph: p.index, text: s.text })));
  const texts = segments.flatMap((s) => (s.kind === 'table' ? s.rows.flat() : s.kind === 'list' ? s.items.map((i) => i.text) : [s.text]));
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  return {
    slug: item.slug,
    file: item.seed.name,
    title: article.title,
    date: article.date,
    ...(article.updated ? { updated: article.updated } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
    authors: article.authors,
    ...(article.attribution ? { attribution: article.attribution } : {}),
    description: describe(blocks[0]?.sentences.map((s) => s.text) ?? []),
    words,
    terms: [...new Set(blocks.flatMap((p) => p.sentences.flatMap((s) => s.termIds)))],
    actors: [...new Set(blocks.flatMap((p) => p.sentences.flatMap((s) => s.actorIds)))],
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
    if (!hasSentences(segment)) continue;
    for (const sentence of segment.sentences) {
      for (const actor of sentence.actorIds) mentions.push({ article: item.seed.name, sentence: sentence.id, actor });
      for (const term of sentence.termIds) termUses.push({ article: item.seed.name, sentence: sentence.id, term });
    }
  }
  return { mentions, termUses };
}
