// A text pasted from a Markdown source (a CMS export, a notes app, a README-like page) writes
// its layout with marks: "# Titre", "## Intertitre", "**gras**", "[lien](https://…)",
// "> citation". Read as plain text, the marks stay in the page and hide the layout (a title
// behind "# " reads as a hashtag line). Whether a text is Markdown is read from the text as a
// whole: one mark alone is common in plain text (a "> " in an e-mail, a "# " in a post), two
// kinds of marks, or several headings, are not. A Markdown text gets its marks removed line by
// line, so that every line keeps its number and the reader sees the layout they meant.

type Mark = 'heading' | 'link' | 'strong' | 'emphasis' | 'quote' | 'image' | 'rule';

const HEADING = /^\s{0,3}#{1,6}\s+(\S.*?)(?:\s+#+)?\s*$/u;
const QUOTE = /^\s{0,3}>\s?/u;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/u;
// a link target may hold one level of parentheses (".../Cloud_(informatique)")
const TARGET = String.raw`(?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?`;
const IMAGE = new RegExp(String.raw`!\[([^\]]*)\]\(${TARGET}\)`, 'gu');
const LINK = new RegExp(String.raw`\[([^\]\n]+)\]\(${TARGET}\)`, 'gu');
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]+)>/gu;
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu;
const EMPHASIS_STAR = /(?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])/gu;
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}_\\])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu;
const CODE = /`([^`\n]+)`/gu;
/** A whole line in italics: "*Par Jean Dupont, député de la Gironde.*" (a few words in italics are no sign of Markdown). */
const LINE_EMPHASIS = /^\s*([*_])(?=[^\s*_])[^*_\n]+(?<=[^\s*_])\1\s*$/u;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|~])/gu;

/** The marks a line carries. */
function marksOf(line: string): Mark[] {
  const marks: Mark[] = [];
  if (HEADING.test(line)) marks.push('heading');
  if (QUOTE.test(line)) marks.push('quote');
  if (RULE.test(line)) marks.push('rule');
  if (new RegExp(IMAGE.source, 'u').test(line)) marks.push('image');
  else if (new RegExp(LINK.source, 'u').test(line)) marks.push('link');
  if (new RegExp(STRONG.source, 'u').test(line)) marks.push('strong');
  else if (LINE_EMPHASIS.test(line)) marks.push('emphasis');
  return marks;
}

/**
 * Is the text written in Markdown? Marks on two lines at least, of two kinds or two headings.
 * One line full of marks is a sentence that quotes them, and is shown as written.
 */
export function isMarkdown(text: string): boolean {
  const kinds = new Set<Mark>();
  let headings = 0;
  let marked = 0;
  for (const line of text.split('\n')) {
    const marks = marksOf(line);
    if (marks.length > 0) marked++;
    for (const mark of marks) {
      kinds.add(mark);
      if (mark === 'heading') headings++;
    }
  }
  return marked >= 2 && (kinds.size >= 2 || headings >= 2);
}

/** One line without its Markdown marks. */
export function unmarkLine(line: string): string {
  if (RULE.test(line)) return '';
  let text = line;
  while (QUOTE.test(text)) text = text.replace(QUOTE, '');
  const heading = HEADING.exec(text);
  if (heading) text = heading[1]!;
  text = text
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(CODE, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS_STAR, '$1')
    .replace(EMPHASIS_UNDERSCORE, '$1')
    .replace(ESCAPE, '$1');
  // a hard line break written as two trailing spaces or a trailing backslash
  return text.replace(/(?: {2,}|\\)$/u, '').trimEnd();
}

/** The text, its marks removed when it is Markdown; the same text otherwise. Line count kept. */
export function fromMarkdown(text: string): { text: string; markdown: boolean } {
  // a front matter's fields stay as written, for the header to read; the text under them is Markdown
  const lines = text.split('\n');
  const front = frontMatterLines(lines);
  if (front === 0 && !isMarkdown(text)) return { text, markdown: false };
  return { text: [...lines.slice(0, front), ...lines.slice(front).map(unmarkLine)].join('\n'), markdown: true };
}

/** A key of a front matter: "title:", "published_at:". */
const FRONT_KEY = /^[A-Za-z][\w -]{0,30}?\s*:/u;
/** The fields of a front matter, at most. */
const FRONT_LINES = 60;

/**
 * How many lines a front matter takes at the top of a text ("---", "title: …", "date: …",
 * "---"): the fields a Markdown file's tools write above it. 0 for a text with none: the first
 * line a fence, another within sixty lines, and a key between them.
 */
export function frontMatterLines(lines: readonly string[]): number {
  if (!/^---\s*$/u.test(lines[0] ?? '')) return 0;
  for (let k = 1; k < Math.min(lines.length, FRONT_LINES + 1); k++) {
    if (/^(?:---|\.\.\.)\s*$/u.test(lines[k]!)) return k >= 2 && lines.slice(1, k).some((line) => FRONT_KEY.test(line)) ? k + 1 : 0;
  }
  return 0;
}
