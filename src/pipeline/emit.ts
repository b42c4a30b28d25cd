// Annotated article → MDX text, by a writer made for exactly what the pipeline emits (a
// general mdast serialiser ran at ~4 MB/s and was most of the build step's time).
//
// The layout, and nothing else (verifyMdx in ./verify-mdx.ts checks every file against it):
//
//   ---                                  frontmatter: YAML data written by the `yaml` package
//   title: …
//   ---
//                                        one blank line between blocks
//   <p id="p1">                          a paragraph: its own anchor (MDX would unwrap a
//     <S id="p1-s1">Le <Term id="cloud-act">Cloud Act</Term> inquiète. </S><S id="p1-s2">…</S>
//   </p>                                 paragraph made only of elements, losing the paragraph)
//
//   ## Un intertitre                     a heading
//
// Article text is only ever text, by construction:
// - it never starts a line: a sentence line starts with `  <S id=`, a heading line with `## `,
//   so no line-start construct (ESM `import`/`export`, headings, lists, quotes, code, HTML
//   blocks, thematic breaks, setext underlines, tables) can come from article text, and
//   there is no line break inside text (see `oneLine`);
// - inside a line every character that CommonMark or MDX could read as syntax in phrasing
//   content is backslash-escaped (TEXT_SYNTAX below); CommonMark lets any ASCII punctuation
//   be escaped, and an escaped character is always literal text, so escaping more than
//   strictly needed is safe;
// - the only markup is ours: <S>, <Term> and <p> with a plain id that is checked here.
//
// The frontmatter is YAML data, read by Astro with js-yaml. It used to be written by the
// `yaml` package, which costs ~0.5 ms a call (as much as all the rest of emit): it is now
// written here, every value either a plain id or a double-quoted JSON string, which reads
// back as the same value in any YAML 1.1 or 1.2 reader (the tests check with both).
import type { AnnotatedSegment, AnnotatedSentence } from './annotate.ts';

/** The frontmatter of an article page: the schema in src/content.config.ts. */
export interface Frontmatter {
  title: string;
  slug: string;
  file: string;
  date: string;
  datePrecision: 'year' | 'month' | 'day';
  dateOrigin: 'byline' | 'header' | 'sources' | 'text';
  outlet?: string;
  author?: string;
  attribution?: string;
  description: string;
  terms: string[];
  actors: string[];
  words: number;
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

export function emit(frontmatter: Frontmatter, segments: AnnotatedSegment[]): string {
  const head = `---\n${frontmatterYaml(frontmatter)}---\n`;
  const blocks = segments.map((segment) => (segment.kind === 'heading' ? heading(segment.text) : paragraph(segment)));
  return `${head}\n${blocks.join('\n\n')}\n`;
}

/** The frontmatter as YAML: a key per line, lists as block sequences, in the object's key order. */
export function frontmatterYaml(frontmatter: Frontmatter): string {
  let yaml = '';
  for (const [key, value] of Object.entries(frontmatter)) {
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

function paragraph(segment: Extract<AnnotatedSegment, { kind: 'paragraph' }>): string {
  const id = plainId(`p${segment.index}`);
  // A line of elements with nothing but white space between them is read as block elements
  // (<S> as a block), not as a paragraph: a paragraph with no visible character (which the
  // splitter never makes) is written empty.
  if (!/[^ \t\r\n]/.test(segment.text.slice(segment.sentences[0]?.start ?? 0, segment.sentences.at(-1)?.end ?? 0))) return `<p id="${id}">\n</p>`;
  // The white space between two sentences goes inside the first one: between elements,
  // MDX would drop it and the sentences would run together.
  const sentences = segment.sentences.map((sentence, i) => {
    const gap = segment.text.slice(sentence.end, segment.sentences[i + 1]?.start ?? sentence.end);
    return sentenceElement(sentence, gap);
  });
  return `<p id="${id}">\n  ${sentences.join('')}\n</p>`;
}

function sentenceElement(sentence: AnnotatedSentence, trailing: string): string {
  let out = `<S id="${plainId(sentence.id)}">`;
  let cursor = 0;
  for (const mark of sentence.termMarks) {
    out += escapeText(sentence.text.slice(cursor, mark.start));
    out += `<Term id="${plainId(mark.id)}">${escapeText(mark.text)}</Term>`;
    cursor = mark.end;
  }
  return `${out}${escapeText(sentence.text.slice(cursor) + trailing)}</S>`;
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
