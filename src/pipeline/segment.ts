// Layout blocks → paragraphs and lists of sentences with stable ids `p<N>-s<M>` (1-based;
// headings and tables are not numbered). The same text always gives the same ids.
//
// French sentence splitting: a sentence ends at . ! ? … (plus closing quotes or brackets)
// followed by white space and a capital, a digit or an opening quote; except
//   - inside « … » or “ … ” (a quoted passage is part of the sentence that quotes it),
//   - after an abbreviation (M., Mme, Dr, p. ex., cf., …),
//   - after an initial (J. Dupont), unless the next word starts a sentence (Cédric O. Le…).
// Numbers (3.5), file names (.pdf) and "SLA...)" have no break after the dot.

import type { LayoutBlock } from './layout/index.ts';

export interface SentenceSpan {
  text: string;
  /** offsets in the paragraph text */
  start: number;
  end: number;
}

export interface Sentence extends SentenceSpan {
  id: string;
}

export interface Paragraph {
  kind: 'paragraph';
  /** 1-based among sentence blocks (paragraphs and lists), headings and tables not counted */
  index: number;
  line: number;
  text: string;
  /** the standfirst (chapô) of the article, or an interviewer's question */
  role?: 'standfirst' | 'question';
  /** 0 before the first heading, then 1, 2… */
  section: number;
  sentences: Sentence[];
}

/** A list: its items' sentences are numbered through the list, `p4-s1`, `p4-s2`… */
export interface List {
  kind: 'list';
  index: number;
  line: number;
  ordered: boolean;
  start?: number;
  style?: 'a' | '1';
  section: number;
  /** each item, with how many of the list's sentences are its own */
  items: Array<{ line: number; text: string; sentences: number }>;
  sentences: Sentence[];
}

export interface Heading {
  kind: 'heading';
  line: number;
  text: string;
  section: number;
}

/** A pasted table: cells of text, not sentences (no anchors, no annotation). */
export interface Table {
  kind: 'table';
  line: number;
  rows: string[][];
  section: number;
}

export type Segment = Paragraph | List | Heading | Table;

/** The blocks the layout reader keeps. */
export type TextBlock = LayoutBlock;

/** Paragraphs and lists: the segments whose sentences have anchors and annotations. */
export function hasSentences<S extends { kind: string }>(segment: S): segment is Extract<S, { kind: 'paragraph' | 'list' }> {
  return segment.kind === 'paragraph' || segment.kind === 'list';
}

export function segment(blocks: TextBlock[]): Segment[] {
  let section = 0;
  let index = 0;
  return blocks.map((block): Segment => {
    if (block.kind === 'heading') {
      section++;
      return { kind: 'heading', line: block.line, text: block.text, section };
    }
    if (block.kind === 'table') return { kind: 'table', line: block.line, rows: block.rows, section };
    index++;
    if (block.kind === 'list') {
      const sentences: Sentence[] = [];
      const items = block.items.map((item) => {
        const spans = splitSentences(item.text);
        for (const span of spans) sentences.push({ ...span, id: `p${index}-s${sentences.length + 1}` });
        return { line: item.line, text: item.text, sentences: spans.length };
      });
      return {
        kind: 'list',
        index,
        line: block.line,
        ordered: block.ordered,
        ...(block.start !== undefined ? { start: block.start } : {}),
        ...(block.style ? { style: block.style } : {}),
        section,
        items,
        sentences,
      };
    }
    const sentences = splitSentences(block.text).map((span, s) => ({ ...span, id: `p${index}-s${s + 1}` }));
    return { kind: 'paragraph', index, line: block.line, text: block.text, ...(block.role ? { role: block.role } : {}), section, sentences };
  });
}

const ABBREVIATIONS = new Set(
  ['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'st', 'ste', 'p', 'pp', 'ex', 'cf', 'av', 'apr', 'env', 'vol', 'fig', 'chap', 'art', 'no', 'n°', 'éd', 'cie', 'inc', 'ltd', 'corp', 'jr', 'sr', 'vs', 'janv', 'févr', 'sept', 'oct', 'nov', 'déc', 'c.-à-d', 'j.-c'],
);

/** Words that start a sentence, not a surname: after "Cédric O." the "Le" opens a new sentence. */
const SENTENCE_OPENERS = new Set(
  'le la les l un une des il elle ils elles on nous je vous ce cette ces cet c mais et en dans pour selon si au aux de du d son sa ses leur leurs par sur avec depuis lors ainsi or donc puis après avant cela ceci qui que quand comme tout tous toutes parmi chez à enfin pourtant cependant néanmoins the'.split(' '),
);

const OPENING = /[\p{Lu}\p{N}«“"(\[¿¡]/u;
const CLOSING = /[»”"')\]]/u;

export function splitSentences(text: string): SentenceSpan[] {
  const quoted = text.includes('«') || text.includes('“') ? quotedRanges(text) : [];
  const inQuote = (at: number): boolean => quoted.some(([from, to]) => at > from && at < to);
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  const terminators = /[.!?…]+/g;
  for (let m = terminators.exec(text); m; m = terminators.exec(text)) {
    let end = m.index + m[0].length;
    // closing quotes and brackets belong to the sentence they close: "fin. »", "fin.)"
    for (;;) {
      if (CLOSING.test(text[end] ?? '')) end++;
      else if (/[\u00a0\u202f ]/u.test(text[end] ?? '') && text[end + 1] === '»') end += 2;
      else break;
    }
    const next = skipSpace(text, end);
    if (next === end || next >= text.length) continue; // no space after, or end of text
    if (!OPENING.test(text[next]!)) continue;
    if (inQuote(end - 1)) continue; // a full stop inside « … » ends the sentence only with the quote
    if (m[0] === '.' && !endsSentence(text, m.index, next)) continue;
    spans.push({ text: text.slice(start, end), start, end });
    start = next;
  }
  const tailEnd = trimEnd(text);
  if (start < tailEnd) spans.push({ text: text.slice(start, tailEnd), start, end: tailEnd });
  return spans;
}

/** Does the single dot at `dot` end the sentence, given the word after it starts at `next`? */
function endsSentence(text: string, dot: number, next: number): boolean {
  // only a short window around the dot: slicing the whole text per dot would be quadratic
  const before = text.slice(Math.max(0, dot - 24), dot).match(/[\p{L}\p{N}°.-]+$/u)?.[0] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^.*\s/, ''))) {
    // "M. Dupont", "p. ex.": never a break
    return false;
  }
  // an initial: one capital letter standing alone ("J. Dupont"), or "J.-C."
  if (/^\p{Lu}$/u.test(before) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(before)) {
    const nextWord = text.slice(next, next + 24).match(/^[\p{L}]+/u)?.[0]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/** [open, close] offsets of balanced « … » and “ … ” pairs. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [open, close] of [['«', '»'], ['“', '”']] as const) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) stack.push(i);
      else if (text[i] === close && stack.length) {
        const from = stack.pop()!;
        if (stack.length === 0) ranges.push([from, i]);
      }
    }
  }
  return ranges;
}

const SPACE = /\s/;

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string): number {
  let i = text.length;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i;
}
