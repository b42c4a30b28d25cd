// The layout corpus: tests/fixtures/layouts/<case>/input.txt, each with the result a careful
// reader expects (expected.json, written by hand before the code) and, where the case is
// about it, the editor's note on the source (source.json). This module reads a case, runs
// the build step's stages on it as the pipeline does, and compares field by field.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceMeta } from '../../../../src/model/knowledge.ts';
import type { ArticleDate } from '../../../../src/model/generated.ts';
import { decode } from '../../../../src/pipeline/decode.ts';
import { parse } from '../../../../src/pipeline/parse.ts';
import { segment } from '../../../../src/pipeline/segment.ts';
import { annotate, compileMatcher } from '../../../../src/pipeline/annotate.ts';
import { extract } from '../../../../src/pipeline/extract.ts';
import { estimateDate } from '../../../../src/pipeline/estimate.ts';
import { formatProblem } from '../../../../src/lib/errors.ts';

export const LAYOUTS = resolve(import.meta.dirname, '../../../fixtures/layouts');

export type ExpectedBlock =
  | { kind: 'paragraph' | 'heading' | 'question'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][] };

export interface Expected {
  layout: string;
  title: string;
  titleOrigin: 'text' | 'derived' | 'sources';
  standfirst: string | null;
  date: { value: string; precision: 'year' | 'month' | 'day'; origin: string } | { origin: 'unknown' };
  updated: string | null;
  authors: string[];
  outlet: string | null;
  attribution: string | null;
  blocks: ExpectedBlock[];
  dropped: Array<{ line: number; kind: string }>;
}

export type Actual = Omit<Expected, 'layout'>;

export function layoutCases(dir = LAYOUTS): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
}

export function readCase(name: string, dir = LAYOUTS): { input: Uint8Array; expected: Expected; source?: SourceMeta } {
  const folder = join(dir, name);
  const sourceFile = join(folder, 'source.json');
  return {
    input: new Uint8Array(readFileSync(join(folder, 'input.txt'))),
    expected: JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected,
    ...(existsSync(sourceFile) ? { source: JSON.parse(readFileSync(sourceFile, 'utf8')) as SourceMeta } : {}),
  };
}

const noMatchers = { terms: compileMatcher([]), actors: compileMatcher([]) };

/** The case through decode → parse → segment → extract → estimate, in the expected shape. */
export function actualOf(name: string, input: Uint8Array, source?: SourceMeta): Actual | { problems: string[] } {
  const decoded = decode({ name, path: `seeds/${name}.txt`, bytes: input });
  if (!decoded.ok) return { problems: decoded.problems.map(formatProblem) };
  const parsed = parse(name, `seeds/${name}.txt`, decoded.text, source);
  if (!parsed.ok) return { problems: parsed.problems.map(formatProblem) };
  const article = parsed.article;
  const segments = annotate(segment(article.blocks), noMatchers);
  const extracted = extract(name, segments, article.date);
  const date: ArticleDate = article.date ?? estimateDate(segments, extracted.dates);
  const standfirst = article.blocks.find((b) => b.kind === 'paragraph' && b.role === 'standfirst');
  return {
    title: article.title,
    titleOrigin: article.titleOrigin,
    standfirst: standfirst?.kind === 'paragraph' ? standfirst.text : null,
    date: date.origin === 'unknown' ? { origin: 'unknown' } : { value: date.value, precision: date.precision, origin: date.origin },
    updated: article.updated ?? null,
    authors: article.authors,
    outlet: article.outlet ?? null,
    attribution: article.attribution ?? null,
    blocks: article.blocks.flatMap((b): ExpectedBlock[] => {
      if (b.kind === 'paragraph') return b.role === 'standfirst' ? [] : [{ kind: b.role === 'question' ? 'question' : 'paragraph', text: b.text }];
      if (b.kind === 'heading') return [{ kind: 'heading', text: b.text }];
      if (b.kind === 'list') return [{ kind: 'list', ordered: b.ordered, items: b.items.map((i) => i.text) }];
      return [{ kind: 'table', rows: b.rows }];
    }),
    dropped: article.dropped.map((d) => ({ line: d.line, kind: d.kind })),
  };
}

export const FIELDS = ['title', 'titleOrigin', 'standfirst', 'date', 'updated', 'authors', 'outlet', 'attribution', 'blocks', 'dropped'] as const;

/** Characters of kept text, expected and found: the measure of precision and recall. */
export function keptText(result: Pick<Actual, 'blocks' | 'standfirst'>): string[] {
  const texts = result.blocks.flatMap((b) => ('text' in b ? [b.text] : 'items' in b ? b.items : b.rows.flat()));
  return result.standfirst ? [result.standfirst, ...texts] : texts;
}
