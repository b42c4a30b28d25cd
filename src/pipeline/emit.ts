// Annotated article → MDX text, by a writer made for exactly what the pipeline emits (a
// general mdast serialiser ran at ~4 MB/s and was most of the build step's time).
//
// The layout, and nothing else (verifyMdx in ./verify-mdx.ts checks every file against it):
//
//   ---                                  frontmatter: a key per line, in the schema's order
//   title: …
//   ---
//                                        one blank line between blocks
//   <p id="p1" class="standfirst">       a paragraph: its own anchor (MDX would unwrap a
//     <S id="p1-s1">Le <Term id="cloud-act">Cloud Act</Term> date de <Time datetime="2018" mark="date-x-p1-s1-1">2018</Time>. </S><S id="p1-s2">…</S>
//   </p>                                 paragraph made only of elements, losing the paragraph);
//                                        `class` only for the standfirst or a question
//   ## Un intertitre                     a heading
//
//   <ul id="p2">                         a list (<ol id="p2" start="3" type="a"> when numbered):
//     <li>                               each item on its own lines, its sentences on one
//       <S id="p2-s1">…</S>
//     </li>
//   </ul>
//
//   <table>                              a pasted table: a header row, then body rows, each
//     <tr>                               cell's text on a line of its own
//       <th scope="col">
//         Fournisseur
//       </th>
//     </tr>
//   </table>
//
// Article text is only ever text, by construction:
// - it never starts a line: a sentence line starts with `<S id=`, a heading line with `## `,
//   a cell's line with spaces then text whose first character cannot open a block (see
//   `escapeCell`), so no line-start construct (ESM `import`/`export`, headings, lists,
//   quotes, code, HTML blocks, thematic breaks, setext underlines, tables) can come from
//   article text, and there is no line break inside text (see `oneLine`);
// - inside a line every character that CommonMark or MDX could read as syntax in phrasing
//   content is backslash-escaped (TEXT_SYNTAX below); CommonMark lets any ASCII punctuation
//   be escaped, and an escaped character is always literal text, so escaping more than
//   strictly needed is safe;
// - the only markup is ours: <S>, <Term>, <Time>, <p>, <ul>/<ol>/<li> and the table's
//   elements, with plain attribute values that are checked here.
//
// The frontmatter is YAML data, read by Astro with js-yaml. It is written here, every value
// either a plain id or a double-quoted JSON string, which reads back as the same value in any
// YAML 1.1 or 1.2 reader (the tests check with both); the `yaml` package cost ~0.5 ms a call,
// as much as all the rest of emit.
import { articleFrontmatter, type ArticleFrontmatter } from '../model/generated.ts';
import type { AnnotatedSegment, AnnotatedSentence } from './annotate.ts';
import type { DateInSentence } from './extract.ts';
import { datedMentionAnchor } from '../lib/anchors.ts';

/** The frontmatter of an article page (the schema is src/model/generated.ts). */
export type Frontmatter = ArticleFrontmatter;

/** Keys in the schema's order, so that every page lists them alike. */
const FRONTMATTER_KEYS = Object.keys(articleFrontmatter.shape) as Array<keyof ArticleFrontmatter>;

/** What emit needs beyond the segments. */
export interface EmitOptions {
  /** the dates of each sentence (by sentence id), to mark as <Time> */
  dates?: Map<string, DateInSentence[]>;
}

/**
 * The ASCII punctuation that has a meaning inside phrasing content, and why; each is
 * written `\x`:
 *   \        character escapes (and a hard break before a line ending)
 *   `        code spans
 *   * _      emphasis and strong
 *   [ ] ( )  links and images, `!` the image marker (`![`), `(`/`)` the destination
 *   < >      HTML, autolinks and, in MDX, JSX (`<` starts a tag; `>` closes one)
 *   { }      MDX expressions: JavaScript evaluated at render time
 *   &        character references (`&lt;`, `&#123;`): would turn text into other text
 *   #        ATX headings and their closing sequence (`## Titre ##`)
 *   | ~      GFM tables and strikethrough: off in astro.config.mjs, escaped anyway so that
 *            turning GFM on cannot change what an article says
 * Not escaped, because nothing reads them inside a line of phrasing content in CommonMark +
 * MDX: - + = . : " ' $ % , / ; ? @ ^ — their meanings (lists, setext underlines, thematic
 * breaks, ordered-list markers) exist only at the start of a line, where text never is.
 */
export const TEXT_SYNTAX = '\\`*_[](){}<>!&#|~';
const SYNTAX_CHARS = /[\\`*_[\](){}<>!&#|~]/g;

/** ids of our own elements: `p3`, `p3-s2`, a term id (`cloud-act`): plain, nothing to escape */
export const PLAIN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emit(frontmatter: Frontmatter, segments: AnnotatedSegment[], options: EmitOptions = {}): string {
  const head = `---\n${frontmatterYaml(frontmatter)}---\n`;
  const marks = (sentence: AnnotatedSentence) => dateMarks(frontmatter.slug, sentence, options.dates?.get(sentence.id));
  const blocks = segments.map((segment) => {
    switch (segment.kind) {
      case 'heading':
        return heading(segment.text);
      case 'table':
        return table(segment.rows);
      case 'list':
        return list(segment, marks);
      default:
        return paragraph(segment, marks);
    }
  });
  return `${head}\n${blocks.join('\n\n')}\n`;
}

/** The frontmatter as YAML: a key per line, lists as block sequences, in the schema's key order. */
export function frontmatterYaml(frontmatter: Frontmatter): string {
  let yaml = '';
  for (const key of FRONTMATTER_KEYS) {
    const value = frontmatter[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      yaml += value.length === 0 ? `${key}: []\n` : `${key}:\n${value.map((item) => `  - ${yamlScalar(item)}\n`).join('')}`;
    } else {
      yaml += `${key}: ${yamlScalar(value)}\n`;
    }
  }
  return yaml;
}

/** Words that a YAML 1.1 reader takes for a boolean or null when written plain. */
const YAML_WORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

/**
 * A value YAML reads back unchanged: an integer as digits; a lower-case id (`cloud-act`,
 * `month`) plain, as the `yaml` package wrote them; anything else as a JSON string, which is
 * a YAML double-quoted scalar, with the characters that YAML 1.1 treats as line breaks (NEL,
 * LS, PS) or does not allow raw (DEL, C1 controls, BOM, noncharacters) written as `\uXXXX`
 * (JSON.stringify already escapes the C0 controls, `"` and `\`).
 */
function yamlScalar(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`emit: frontmatter number ${value} is not an integer; this is a bug in the build step`);
    return String(value);
  }
  if (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(value) && !YAML_WORDS.has(value)) return value;
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function heading(value: string): string {
  // A heading's leading and trailing white space would be stripped by the parser: keep it
  // as character references, so that the heading reads back exactly as written.
  const [, lead = '', middle = '', trail = ''] = /^([ \t]*)([\s\S]*?)([ \t]*)$/.exec(oneLine(value))!;
  return `## ${spaceRefs(lead)}${escapeText(middle)}${spaceRefs(trail)}`;
}

type Paragraph = Extract<AnnotatedSegment, { kind: 'paragraph' }>;
type List = Extract<AnnotatedSegment, { kind: 'list' }>;

/** A date to mark inside a sentence: where, its datetime, and its anchor on the timeline. */
interface DateMark {
  start: number;
  end: number;
  datetime: string;
  mark: string;
}

function paragraph(segment: Paragraph, marks: (s: AnnotatedSentence) => DateMark[]): string {
  const id = plainId(`p${segment.index}`);
  const role = segment.role ? ` class="${segment.role}"` : '';
  // A line of elements with nothing but white space between them is read as block elements
  // (<S> as a block), not as a paragraph: a paragraph with no visible character (which the
  // splitter never makes) is written empty.
  if (!/[^ \t\r\n]/.test(segment.text.slice(segment.sentences[0]?.start ?? 0, segment.sentences.at(-1)?.end ?? 0))) return `<p id="${id}"${role}>\n</p>`;
  // The white space between two sentences goes inside the first one: between elements,
  // MDX would drop it and the sentences would run together.
  const sentences = segment.sentences.map((sentence, i) => {
    const gap = segment.text.slice(sentence.end, segment.sentences[i + 1]?.start ?? sentence.end);
    return sentenceElement(sentence, gap, marks(sentence));
  });
  return `<p id="${id}"${role}>\n  ${sentences.join('')}\n</p>`;
}

function list(segment: List, marks: (s: AnnotatedSentence) => DateMark[]): string {
  const id = plainId(`p${segment.index}`);
  const tag = segment.ordered ? 'ol' : 'ul';
  const start = segment.ordered && segment.start !== undefined ? ` start="${plainNumber(segment.start)}"` : '';
  const type = segment.ordered && segment.style === 'a' ? ' type="a"' : '';
  let next = 0;
  const items = segment.items.flatMap((item) => {
    const own = segment.sentences.slice(next, next + item.sentences);
    next += item.sentences;
    // an item with no visible character (which the layout reader never makes) is left out
    if (!own.some((s) => /[^ \t\r\n]/.test(s.text))) return [];
    const line = own.map((sentence, i) => sentenceElement(sentence, i < own.length - 1 ? ' ' : '', marks(sentence))).join('');
    return [`  <li>\n    ${line}\n  </li>`];
  });
  return `<${tag} id="${id}"${start}${type}>\n${items.map((item) => `${item}\n`).join('')}</${tag}>`;
}

function table(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const row = (cells: string[], tag: 'th' | 'td'): string =>
    `  <tr>\n${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '', tag)).join('\n')}\n  </tr>`;
  return `<table>\n${[row(rows[0]!, 'th'), ...rows.slice(1).map((r) => row(r, 'td'))].join('\n')}\n</table>`;
}

/** A cell: its text on a line of its own, escaped, whose first character cannot open a block. */
function cell(text: string, tag: 'th' | 'td'): string {
  const value = oneLine(text).trim();
  const open = tag === 'th' ? '<th scope="col">' : '<td>';
  if (!value) return `    ${open}\n    </${tag}>`;
  return `    ${open}\n      ${escapeCell(value)}\n    </${tag}>`;
}

/** Cell text, escaped like sentence text; a first character that could open a block at the
 *  start of a line (a list marker, a heading, a quote, a thematic break, a list number, a
 *  setext underline) is written as a character reference. */
function escapeCell(value: string): string {
  const first = String.fromCodePoint(value.codePointAt(0)!);
  const rest = escapeText(value.slice(first.length));
  return /[-+=>*_#~|:0-9]/u.test(first) ? `&#x${first.codePointAt(0)!.toString(16).toUpperCase()};${rest}` : `${escapeText(first)}${rest}`;
}

/** The dates of a sentence as marks, but where a term mark already stands. */
function dateMarks(slug: string, sentence: AnnotatedSentence, dates: DateInSentence[] | undefined): DateMark[] {
  if (!dates) return [];
  return dates.flatMap((date, i) => {
    if (sentence.termMarks.some((t) => t.start < date.end && date.start < t.end)) return [];
    return [{ start: date.start, end: date.end, datetime: date.value, mark: plainId(datedMentionAnchor(slug, sentence.id, i + 1)) }];
  });
}

function sentenceElement(sentence: AnnotatedSentence, trailing: string, dates: DateMark[]): string {
  let out = `<S id="${plainId(sentence.id)}">`;
  let cursor = 0;
  const marks = [
    ...sentence.termMarks.map((m) => ({ start: m.start, end: m.end, open: `<Term id="${plainId(m.id)}">`, close: '</Term>' })),
    ...dates.map((d) => ({ start: d.start, end: d.end, open: `<Time datetime="${plainDate(d.datetime)}" mark="${d.mark}">`, close: '</Time>' })),
  ].sort((a, b) => a.start - b.start);
  for (const mark of marks) {
    if (mark.start < cursor) continue;
    out += escapeText(sentence.text.slice(cursor, mark.start));
    out += `${mark.open}${escapeText(sentence.text.slice(mark.start, mark.end))}${mark.close}`;
    cursor = mark.end;
  }
  return `${out}${escapeText(sentence.text.slice(cursor) + trailing)}</S>`;
}

/** A datetime is written unescaped inside datetime="…": a partial ISO date, or a bug upstream. */
function plainDate(value: string): string {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) throw new Error(`emit: ${JSON.stringify(value)} is not a partial date; this is a bug in the build step`);
  return value;
}

function plainNumber(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`emit: list start ${value} is not a whole number; this is a bug in the build step`);
  return value;
}

/** Article text → MDX that can only be read back as that same text (on one line). */
export function escapeText(value: string): string {
  return oneLine(value).replace(SYNTAX_CHARS, '\\$&');
}

/**
 * Segmentation leaves no line break inside a sentence or a heading; if one ever got through
 * it would let the text start a line (and so a block: ESM, a heading, a list…). It is folded
 * into a space, which is how HTML shows a line break inside a paragraph anyway.
 */
function oneLine(value: string): string {
  return value.includes('\n') || value.includes('\r') ? value.replace(/\r\n?|\n/g, ' ') : value;
}

function spaceRefs(whiteSpace: string): string {
  return whiteSpace.replace(/[ \t]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** Our ids are written unescaped inside `id="…"`: anything but a plain id is a bug upstream. */
function plainId(id: string): string {
  if (!PLAIN_ID.test(id)) throw new Error(`emit: ${JSON.stringify(id)} is not a plain id (a-z, 0-9, "-"); this is a bug in the build step`);
  return id;
}
