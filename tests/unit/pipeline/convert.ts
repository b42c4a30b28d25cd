// Test helper: one text through decode → parse → segment, as the pipeline does it.
import { readFileSync } from 'node:fs';
import type { SourceMeta } from '../../../src/model/knowledge.ts';
import { decode } from '../../../src/pipeline/decode.ts';
import { parse } from '../../../src/pipeline/parse.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import { formatProblem } from '../../../src/lib/errors.ts';

export function convertFile(path: string, name: string, source?: SourceMeta) {
  const decoded = decode({ name, path: `seeds/${name}.txt`, bytes: new Uint8Array(readFileSync(path)) });
  if (!decoded.ok) return { ok: false as const, problems: decoded.problems.map(formatProblem) };
  const parsed = parse(name, `seeds/${name}.txt`, decoded.text, source);
  if (!parsed.ok) return { ok: false as const, problems: parsed.problems.map(formatProblem) };
  const { article } = parsed;
  return { ok: true as const, article, segments: segment(article.blocks) };
}

/** What a golden file records of a converted article. */
export function summary(result: ReturnType<typeof convertFile>) {
  if (!result.ok) return result;
  const { article, segments } = result;
  return {
    title: article.title,
    titleOrigin: article.titleOrigin,
    date: article.date ?? null,
    updated: article.updated ?? null,
    authors: article.authors,
    outlet: article.outlet ?? null,
    attribution: article.attribution ?? null,
    headings: segments.flatMap((s) => (s.kind === 'heading' ? [s.text] : [])),
    blocks: segments.flatMap((s): object[] => {
      if (s.kind === 'paragraph') return [{ line: s.line, ...(s.role ? { role: s.role } : {}), sentences: s.sentences.map((x) => `${x.id}: ${x.text}`) }];
      if (s.kind === 'list') return [{ line: s.line, list: s.ordered ? 'ordered' : 'bullets', items: s.items.map((i) => i.text) }];
      if (s.kind === 'table') return [{ line: s.line, table: s.rows }];
      return [];
    }),
    dropped: article.dropped,
    warnings: article.warnings,
  };
}
