// One seed, line by line: what the build step took each line for and why, then what the
// article comes out as. For an editor curating a text: `npm run content -- --explain seeds/x.txt`.
// Nothing is written; reader comments are shown by their size only, as everywhere.
import { formatProblem } from '../lib/errors.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { hasSentences } from './segment.ts';
import { readSeed, type SeedFile } from './read.ts';
import { decode } from './decode.ts';
import { compileForms, conversionInputs, convert, matchForms } from './convert.ts';
import type { ExplainedUnit } from './layout/index.ts';

const WIDTH = 64;

export function explain(root: string, path: string): { ok: boolean; lines: string[] } {
  const seed = readSeed(root, path.replace(/^\.\//, ''));
  if (!seed) return { ok: false, lines: [`${path}: no such .txt file (give its path from the project root, e.g. seeds/x.txt)`] };
  const { knowledge, problems } = loadKnowledge(root);
  const lines: string[] = problems.map((p) => `note: ${formatProblem(p)}`);
  const forms = matchForms(knowledge);
  const result = convert(seed, conversionInputs(seed, knowledge, forms), compileForms(forms));
  if (!result.ok) {
    // a text that is no article: how its lines were read shows why nothing was left
    const read = result.explained ? lineByLine(seed, result.explained) : [];
    return { ok: false, lines: [...lines, ...read, ...(read.length ? [''] : []), ...result.problems.map(formatProblem)] };
  }
  const { article, segments, extracted } = result;
  lines.push(...lineByLine(seed, article.explained));

  const date = article.date;
  const sentences = segments.filter(hasSentences).reduce((n, s) => n + s.sentences.length, 0);
  lines.push(
    '',
    `title: «${article.title}» (${article.titleOrigin === 'text' ? 'from the text' : article.titleOrigin === 'sources' ? 'from content/sources.yaml' : 'derived from the first sentence'})`,
    `date: ${date.origin === 'unknown' ? 'unknown' : `${date.value} (${date.precision}, ${date.origin})`}${article.updated ? `, updated ${article.updated}` : ''}`,
    `authors: ${article.authors.join(', ') || '—'} · outlet: ${article.outlet ?? '—'} · source credited: ${article.attribution ?? '—'}`,
    `kept: ${segments.filter(hasSentences).length} paragraphs and lists, ${segments.filter((s) => s.kind === 'heading').length} headings, ${segments.filter((s) => s.kind === 'table').length} tables, ${sentences} sentences, ${extracted.dates.length} dated mentions; dropped ${article.dropped.length} lines`,
    ...result.warnings.map((w) => `warning: ${w}`),
  );
  return { ok: true, lines };
}

/**
 * The text's lines, each with the role it was given and why (a wrapped block's other lines under
 * it). The lines are those the build read: a page's source shows the text of each of its blocks
 * on its line, a JSON export its fields and its text as they were read.
 */
function lineByLine(seed: SeedFile, explained: ExplainedUnit[]): string[] {
  const lines = [`${seed.path}, line by line (role, the line, what decided it):`, ''];
  const decoded = decode(seed);
  const text = (decoded.ok ? decoded.text : new TextDecoder().decode(seed.bytes)).replace(/\r\n?/g, '\n').split('\n');
  const byLine = new Map(explained.map((e) => [e.line, e]));
  let continued = 0;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const number = i + 1;
    const unit = byLine.get(number);
    if (unit) {
      comment = unit.role.includes('reader-comment');
      lines.push(`${String(number).padStart(4)}  ${unit.role.padEnd(24)} ${clip(comment ? unit.text : (text[i] ?? '').trim())}  ← ${unit.evidence}`);
      continued = unit.lines - 1;
    } else if (continued > 0) {
      // the next line of a wrapped block; a reader comment's words are never shown
      lines.push(`${String(number).padStart(4)}  ${'  (same block)'.padEnd(24)} ${clip(comment ? '[…]' : text[i]!.trim())}`);
      continued--;
    }
  }
  return lines;
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return (one.length > WIDTH ? `${one.slice(0, WIDTH - 1)}…` : one).padEnd(WIDTH);
}
