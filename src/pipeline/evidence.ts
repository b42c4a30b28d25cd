// Relations and events + annotated articles → evidence resolved to sentences.
// Each quote must be in the CLEANED text of its article (so a quote from a dropped reader
// comment fails); typographic apostrophes and quotes and runs of white space are compared
// loosely. A quote resolves to the sentence where it starts.
import type { Knowledge, Evidence } from '../model/knowledge.ts';
import type { ResolvedEvidence } from '../model/generated.ts';
import { problem, type Problem } from '../lib/errors.ts';
import { normalizeForComparison } from '../lib/text.ts';
import { suggestion } from '../lib/suggest.ts';
import type { LineFinder } from '../knowledge/load.ts';
import type { AnnotatedSegment } from './annotate.ts';
import { hasSentences } from './segment.ts';

export interface EvidenceIndex {
  relations: Record<string, ResolvedEvidence[]>;
  events: Record<string, ResolvedEvidence[]>;
  /** each editor's note and the sentence it stands beside */
  corrections: Record<string, ResolvedEvidence[]>;
}

/** An article's sentences as one normalised string, with the sentence each character comes from. */
interface SearchableArticle {
  text: string;
  sentenceAt: string[];
}

export function indexArticle(segments: AnnotatedSegment[]): SearchableArticle {
  let text = '';
  const sentenceAt: string[] = [];
  for (const segment of segments) {
    if (!hasSentences(segment)) continue;
    for (const sentence of segment.sentences) {
      const normalized = normalizeForComparison(sentence.text);
      if (text) {
        text += ' ';
        sentenceAt.push(sentence.id);
      }
      text += normalized;
      for (let i = 0; i < normalized.length; i++) sentenceAt.push(sentence.id);
    }
  }
  return { text, sentenceAt };
}

/** The articles that some relation or event quotes: the only ones that need an index. */
export function citedArticles(knowledge: Pick<Knowledge, 'relations' | 'events'> & Partial<Pick<Knowledge, 'corrections'>>): Set<string> {
  return new Set([...knowledge.relations, ...knowledge.events].flatMap((entry) => entry.evidence.map((item) => item.article)).concat((knowledge.corrections ?? []).map((c) => c.article)));
}

export function resolveEvidence(
  knowledge: Pick<Knowledge, 'relations' | 'events'> & Partial<Pick<Knowledge, 'corrections'>>,
  articles: Map<string, SearchableArticle>,
  where: { relations: LineFinder; events: LineFinder; corrections?: LineFinder },
  /** seeds that exist but could not be converted: their own error is reported already */
  failed: ReadonlySet<string> = new Set(),
  /** every converted article's name, for the message on an unknown one (default: `articles`' keys) */
  names: Iterable<string> = articles.keys(),
): { evidence: EvidenceIndex; problems: Problem[] } {
  const problems: Problem[] = [];
  const evidence: EvidenceIndex = { relations: {}, events: {}, corrections: {} };
  let known: string[] | undefined;
  // an editor's note is found like a quote: its words must be in the sentence it corrects
  const corrections = (knowledge.corrections ?? []).map((c) => ({ id: c.id, evidence: [{ article: c.article, quote: c.quote }] }));
  const correctionLine: LineFinder = ([index]) => where.corrections?.([index as number, 'quote']);
  const groups = [
    { kind: 'relation', file: 'content/relations.yaml', entries: knowledge.relations, out: evidence.relations, lineOf: where.relations },
    { kind: 'event', file: 'content/events.yaml', entries: knowledge.events, out: evidence.events, lineOf: where.events },
    { kind: 'correction', file: 'content/corrections.yaml', entries: corrections, out: evidence.corrections, lineOf: correctionLine },
  ] as const;
  for (const group of groups) {
    group.entries.forEach((entry, index) => {
      const resolved: ResolvedEvidence[] = [];
      entry.evidence.forEach((item: Evidence, e) => {
        const line = group.lineOf([index, 'evidence', e, 'quote']) ?? group.lineOf([index]);
        const article = articles.get(item.article);
        if (!article && failed.has(item.article)) return;
        if (!article) {
          known ??= [...names];
          problems.push(problem(group.file, line, `${group.kind} "${entry.id}": unknown article "${item.article}"; use the name of a file in seeds/ without ".txt"${suggestion(item.article, known)}`));
          return;
        }
        const at = article.text.indexOf(normalizeForComparison(item.quote));
        if (at < 0) {
          problems.push(problem(group.file, line, `${group.kind} "${entry.id}": quote not found in article "${item.article}": "${item.quote}"; copy it from the article text (reader comments and page chrome are not part of it)`));
          return;
        }
        resolved.push({ article: item.article, sentence: article.sentenceAt[at]!, quote: item.quote });
      });
      group.out[entry.id] = resolved;
    });
  }
  return { evidence, problems };
}
