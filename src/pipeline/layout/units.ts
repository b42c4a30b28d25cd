// Text → Unit[]: the non-blank lines of a text, each hard-wrapped paragraph joined into one
// unit. A text copied from a web page has one line per block; an e-mail or a PDF copy wraps
// its paragraphs at a fixed width. Which one a text is, is read from the text itself:
//   - a wrapped text has many lines, followed by another line, whose lengths crowd just under
//     one width (the wrap width); a line that fills that width goes on in the next line;
//   - in any text, a line goes on in the next when a « … » or “ … ” it opened is still open,
//     or when a long line stops without punctuation and the next starts in lower case.
// A word cut by a hyphen at the end of a wrapped line is joined back ("souve-" + "raineté"),
// unless the text writes the hyphenated form elsewhere ("franco-" + "allemand").
// A short line that the text writes again word for word (a PDF's running header, a button) is
// a unit of its own wherever it stands: it never goes on a paragraph, nor a paragraph it.

import { readByline, readDateLine } from './lines.ts';
import { frontMatterLines } from './markdown.ts';
import { matchRule } from './rules.ts';

export interface Unit {
  /** position in the list of units */
  index: number;
  /** 1-based line where the unit starts in the text, and how many lines it spans */
  line: number;
  lines: number;
  /** the unit's text, trimmed, its lines joined with one space */
  text: string;
  /** the first line's leading white space, in characters */
  indent: number;
  blankBefore: boolean;
  blankAfter: boolean;
}

interface Line {
  number: number;
  raw: string;
  text: string;
}

/** Lines of a wrapped text are at most this long; a web copy's paragraphs are longer. */
const MAX_WRAP_WIDTH = 110;
const MIN_WRAP_WIDTH = 40;

export function units(text: string): Unit[] {
  const all = text.split('\n').map((raw, i): Line => ({ number: i + 1, raw, text: raw.trim() }));
  // a copy that sets a blank line under every line (double-spaced): one blank line there is no
  // break, two or more are; its lines are read as if the single blank lines were not there
  const spaced = doubleSpaced(all);
  const breakAt = (k: number): boolean => all[k]!.text === '' && (!spaced || k === 0 || k === all.length - 1 || all[k - 1]!.text === '' || all[k + 1]!.text === '');
  const width = wrapWidth(spaced ? all.filter((line, k) => line.text !== '' || breakAt(k)) : all);
  const hyphenated = width ? hyphenatedWords(text) : new Set<string>();
  const repeated = repeatedLines(all);
  // a front matter's fields are one a line, whatever their length
  const front = frontMatterLines(all.map((line) => line.raw));
  const result: Unit[] = [];
  let current: { first: Line; last: Line; text: string } | undefined;
  const close = (): void => {
    if (!current) return;
    const { first, last } = current;
    result.push({
      index: result.length,
      line: first.number,
      lines: last.number - first.number + 1,
      // a soft hyphen the block ends with was a cut the next line did not continue: invisible, and no text
      text: current.text.endsWith(SOFT_HYPHEN) ? current.text.slice(0, -1) : current.text,
      indent: first.raw.length - first.raw.trimStart().length,
      blankBefore: first.number === 1 || breakAt(first.number - 2),
      blankAfter: last.number === all.length || breakAt(last.number),
    });
    current = undefined;
  };
  for (const [k, line] of all.entries()) {
    if (line.text === '') {
      if (breakAt(k)) close();
      continue;
    }
    if (current && line.number > front && !repeated.has(line.text) && !repeated.has(current.last.text) && continues(current, line, width)) {
      current.text = join(current.text, line.text, hyphenated);
      current.last = line;
      continue;
    }
    close();
    current = { first: line, last: line, text: line.text };
  }
  close();
  return result;
}

/**
 * The width a text is wrapped at, or undefined for a text that is not wrapped: among the lines
 * that another line follows directly, at least 6, and at least 60 % of them, are within a few
 * characters under the longest of them, which is 40 to 110 characters long.
 */
export function wrapWidth(lines: Array<{ text: string }>): number | undefined {
  const followed: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.text !== '' && lines[i + 1]!.text !== '') followed.push(lines[i]!.text.length);
  }
  if (followed.length < 6) return undefined;
  const sorted = [...followed].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  // a newspaper's narrow column (a scan's text, a clipping): as narrow as this only with words
  // cut at the lines' ends, a hyphen then the word's end in lower case on the next line
  const narrow = width >= MIN_COLUMN_WIDTH && width < MIN_WRAP_WIDTH && cutWords(lines) >= Math.max(2, followed.length * 0.1);
  if ((width < MIN_WRAP_WIDTH && !narrow) || width > MAX_WRAP_WIDTH) return undefined;
  const near = followed.filter((length) => length <= width + 2 && length >= width - slack(width)).length;
  return near >= followed.length * 0.6 ? width : undefined;
}

/** Lines of text, at least, for a copy to be read as double-spaced. */
const SPACED_LINES = 8;

/**
 * Every line of text has a blank line under it (but the last), so no two lines of text touch,
 * and lines a single blank line sets apart go on one into the other: a line that ends no
 * sentence over one that starts in lower case, two times at least and in one pair out of ten.
 * (A text of one-line paragraphs a blank line apart has no such pairs: its lines are paragraphs.)
 */
function doubleSpaced(lines: Line[]): boolean {
  let text = 0;
  let pairs = 0;
  let going = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.text === '') continue;
    text++;
    if (k + 1 < lines.length && lines[k + 1]!.text !== '') return false;
    const next = lines[k + 2];
    if (lines[k + 1]?.text === '' && next && next.text !== '') {
      pairs++;
      if (!ENDS_SENTENCE.test(lines[k]!.text) && /^\p{Ll}/u.test(next.text)) going++;
    }
  }
  return text >= SPACED_LINES && going >= 2 && going >= pairs * 0.1;
}

/** The narrowest column a text may be wrapped at, when words are cut at its lines' ends. */
const MIN_COLUMN_WIDTH = 18;

/** Lines that end with a word cut by a hyphen, the next line going on with its end: "lance-" / "ment". */
function cutWords(lines: Array<{ text: string }>): number {
  let cut = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (/\p{Ll}-$/u.test(lines[i]!.text) && /^\p{Ll}/u.test(lines[i + 1]!.text)) cut++;
  return cut;
}

/** How far under the wrap width a full line may stop (the next word did not fit). */
function slack(width: number): number {
  return Math.max(12, Math.round(width * 0.22));
}

const LIST_MARKER = /^(?:[•·▪◦●■□‣⁃*]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s)|\(\d{1,2}\)|\[\d{1,2}\](?=\s)|\([a-z]\))/u;
const ENDS_SENTENCE = /[.!?…:;»"”)]$/u;

/** Quotations go on over a few lines, not a page: an unclosed « past this is furniture ("« Précédent"). */
const MAX_QUOTE_LINES = 12;

function continues(unit: { first: Line; last: Line; text: string }, line: Line, width: number | undefined): boolean {
  const previous = unit.text;
  const previousLine = unit.last;
  if (LIST_MARKER.test(line.text)) return false;
  // a line that is a line of its own kind: an e-mail header ("À : …"), a byline, a date line,
  // a known piece of chrome
  if (/^[\p{L}-]{1,12}\s*:\s/u.test(line.text) && /^[\p{L}-]{1,12}\s*:\s/u.test(previousLine.text)) return false;
  if (width !== undefined && (readByline(line.text) || readDateLine(line.text) || matchRule(line.text))) return false;
  // a quotation that goes on: not a line of furniture that happens to hold a « ("« Précédent")
  // (a short opening goes on only into a lower-case line: "« On a mis tous nos œufs" / "dans le même panier,")
  if (openQuote(previous) && (previous.length >= 30 || /^\p{Ll}/u.test(line.text)) && line.number - unit.first.number < MAX_QUOTE_LINES && !matchRule(previous)) return true;
  if (width !== undefined) return previousLine.text.length >= width - slack(width);
  // Not a wrapped text: only a long line that stops mid-sentence, then a lower-case start
  // that is no line of its own (a teaser's date "mer. 6 oct. 2021", a button).
  return previous.length >= 50 && !ENDS_SENTENCE.test(previous) && /^\p{Ll}/u.test(line.text) && !readDateLine(line.text) && !matchRule(line.text);
}

/** A « or “ that no » or ” closes yet (a quotation that goes on over the next line). */
function openQuote(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '«' || char === '“') depth++;
    else if ((char === '»' || char === '”') && depth > 0) depth--;
  }
  return depth > 0;
}

/** A line this long at most, written twice or more, is a running header, not a piece of prose. */
const MAX_REPEATED_LINE = 100;

/** The non-blank lines of at most MAX_REPEATED_LINE characters that the text writes twice or more. */
function repeatedLines(lines: readonly Line[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { text } of lines) {
    if (text === '' || text.length > MAX_REPEATED_LINE) continue;
    if (seen.has(text)) repeated.add(text);
    else seen.add(text);
  }
  return repeated;
}

const SOFT_HYPHEN = '\u00AD';

/** Words the text itself writes with a hyphen, lower-cased: "franco-allemand". */
function hyphenatedWords(text: string): Set<string> {
  return new Set([...text.matchAll(/\p{L}+-\p{L}+/gu)].map((m) => m[0].toLowerCase()));
}

function join(previous: string, next: string, hyphenated: Set<string>): string {
  // a soft hyphen marks where a word may be cut: cut there, the word goes on on the next line
  if (previous.endsWith(SOFT_HYPHEN)) return `${previous.slice(0, -1)}${next}`;
  const cut = /(\p{L}+)-$/u.exec(previous);
  const following = /^\p{Ll}+/u.exec(next);
  if (cut && following && !hyphenated.has(`${cut[1]!.toLowerCase()}-${following[0]}`)) {
    return `${previous.slice(0, -1)}${next}`;
  }
  return `${previous} ${next}`;
}
