// Test helper: one text through decode → parse → clean → segment, as the pipeline does it.
import { readFileSync } from 'node:fs';
import type { SourceMeta } from '../../../src/model/knowledge.ts';
import { decode } from '../../../src/pipeline/decode.ts';
import { parse } from '../../../src/pipeline/parse.ts';
import { clean } from '../../../src/pipeline/clean.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import { formatProblem } from '../../../src/lib/errors.ts';

export function convertFile(path: string, name: string, source?: SourceMeta) {
  const decoded = decode({ name, path: `seeds/${name}.txt`, bytes: new Uint8Array(readFileSync(path)) });
  if (!decoded.ok) return { ok: false as const, problems: decoded.problems.map(formatProblem) };
  const parsed = parse(name, `seeds/${name}.txt`, decoded.text, source);
  if (!parsed.ok) return { ok: false as const, problems: parsed.problems.map(formatProblem) };
  const article = clean(parsed.article);
  return { ok: true as const, article, segments: segment(article.blocks) };
}

/** What a golden file records of a converted article. */
export function summary(result: ReturnType<typeof convertFile>) {
  if (!result.ok) return result;
  const { article, segments } = result;
  return {
    title: article.title,
    titleOrigin: article.titleOrigin,
    date: article.date,
    author: article.author ?? null,
    outlet: article.outlet ?? null,
    attribution: article.attribution ?? null,
    headings: segments.filter((s) => s.kind === 'heading').map((s) => s.text),
    paragraphs: segments.flatMap((s) => (s.kind === 'paragraph' ? [{ line: s.line, sentences: s.sentences.map((x) => `${x.id}: ${x.text}`) }] : [])),
    dropped: article.dropped,
    warnings: article.warnings,
  };
}
