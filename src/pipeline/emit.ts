// Annotated article → MDX text. The body is built as an mdast (headings, paragraphs,
// <S> per sentence, <Term> per marked term, text) and serialised with
// mdast-util-to-markdown + mdxToMarkdown(): article text is only ever a text node, so
// `{…}`, `<…>` and Markdown syntax come out escaped. Two holes that the serialiser leaves
// are closed here (STACK-NOTES): a line that starts with `import`/`export` gets its first
// letter as a character reference; and every generated file is parsed back and rejected
// if it holds anything but headings, paragraphs, text, <S> and <Term>.
import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { stringify } from 'yaml';
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

/** the only elements a generated page may hold: sentence and term inline, the paragraph as a block */
export const ALLOWED_TEXT_ELEMENTS = new Set(['S', 'Term']);
export const ALLOWED_FLOW_ELEMENTS = new Set(['p']);

export function emit(frontmatter: Frontmatter, segments: AnnotatedSegment[]): string {
  const tree: Root = { type: 'root', children: segments.map(toNode) };
  const body = toMarkdown(tree, SERIALISE);
  // YAML 1.1 rules: strings that a 1.1 reader would take for a date or a boolean get quoted
  return `---\n${stringify(frontmatter, { lineWidth: 0, version: '1.1' })}---\n\n${body}`;
}

export const SERIALISE: ToMarkdownOptions = {
  extensions: [mdxToMarkdown()],
  unsafe: [
    // `import x` / `export x` at the start of a line would be read as JavaScript (ESM)
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

function toNode(segment: AnnotatedSegment): RootContent {
  if (segment.kind === 'heading') {
    return { type: 'heading', depth: 2, children: [text(segment.text)] } satisfies Heading;
  }
  // The white space between two sentences goes inside the first one: between elements,
  // MDX would drop it and the sentences would run together.
  const children: PhrasingContent[] = segment.sentences.map((sentence, i) => {
    const gap = segment.text.slice(sentence.end, segment.sentences[i + 1]?.start ?? sentence.end);
    return sentenceElement(sentence, gap);
  });
  // An explicit <p id="p3">: MDX unwraps a paragraph made only of elements (<S>…</S> <S>…</S>),
  // which would lose the paragraph; the id is the paragraph's own anchor.
  return {
    type: 'mdxJsxFlowElement',
    name: 'p',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: `p${segment.index}` }],
    children: [{ type: 'paragraph', children } satisfies Paragraph],
  } satisfies MdxJsxFlowElement;
}

function sentenceElement(sentence: AnnotatedSentence, trailing: string): MdxJsxTextElement {
  const children: PhrasingContent[] = [];
  let cursor = 0;
  for (const mark of sentence.termMarks) {
    if (mark.start > cursor) children.push(text(sentence.text.slice(cursor, mark.start)));
    children.push(element('Term', mark.id, [text(mark.text)]));
    cursor = mark.end;
  }
  if (cursor < sentence.text.length || trailing) children.push(text(sentence.text.slice(cursor) + trailing));
  return element('S', sentence.id, children);
}

function element(name: 'S' | 'Term', id: string, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }], children };
}

function text(value: string): Text {
  return { type: 'text', value };
}

/**
 * Parses a generated body back and lists what should not be there: ESM, expressions, any
 * element but <S>/<Term>, anything but headings and paragraphs at the top.
 */
export function checkMdx(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const issues: string[] = [];
  let tree: Root;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    return [`generated MDX does not parse: ${(error as Error).message}`];
  }
  const visit = (
    node: { type: string; children?: unknown[]; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; position?: { start: { line: number } } },
    depth: number,
  ): void => {
    const at = node.position ? ` (line ${node.position.start.line} of the body)` : '';
    // the only attribute a generated element has: a plain-string id
    if (node.attributes?.some((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'id' || typeof a.value !== 'string')) {
      issues.push(`generated MDX holds an element <${node.name ?? ''}> with an unexpected attribute${at}`);
    }
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      issues.push(`generated MDX holds code (${node.type})${at}`);
    } else if (node.type === 'mdxJsxTextElement') {
      if (!node.name || !ALLOWED_TEXT_ELEMENTS.has(node.name)) issues.push(`generated MDX holds an element <${node.name ?? ''}>${at}`);
    } else if (node.type === 'mdxJsxFlowElement') {
      if (depth !== 1 || !node.name || !ALLOWED_FLOW_ELEMENTS.has(node.name)) issues.push(`generated MDX holds a block element <${node.name ?? ''}>${at}`);
    } else if (depth === 1 && node.type !== 'heading') {
      issues.push(`generated MDX holds a ${node.type} block${at}`);
    }
    for (const child of node.children ?? []) visit(child as typeof node, depth + 1);
  };
  visit(tree, 0);
  return issues;
}

/** The text a reader sees, per block, from a generated file (for tests: text shown exactly as written). */
export function readBackText(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const flatten = (node: { type: string; value?: string; children?: unknown[] }): string =>
    node.type === 'text' ? node.value ?? '' : (node.children ?? []).map((c) => flatten(c as typeof node)).join('');
  return tree.children.map((child) => flatten(child as { type: string }));
}
