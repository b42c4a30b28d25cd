// The oracle for generated MDX: a full parse with micromark + the MDX extensions (the parser
// family @astrojs/mdx follows). Too slow for the build (under 1 MB/s), so the build runs the
// strict line grammar of src/pipeline/verify-mdx.ts; the tests run both, and this one says
// what the page really holds.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/** the only elements a generated page may hold: sentence and term inline, the paragraph as a block */
const ALLOWED_TEXT_ELEMENTS = new Set(['S', 'Term']);
const ALLOWED_FLOW_ELEMENTS = new Set(['p']);

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

export function parseMdx(mdx: string): Root {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/**
 * Parses a generated file and lists what should not be there: ESM, expressions, any element
 * but <p>/<S>/<Term>, an attribute other than a plain-string id, anything but headings and
 * <p> at the top.
 */
export function checkMdx(mdx: string): string[] {
  let tree: Root;
  try {
    tree = parseMdx(mdx);
  } catch (error) {
    return [`generated MDX does not parse: ${(error as Error).message}`];
  }
  const issues: string[] = [];
  const visit = (node: Node, depth: number): void => {
    const at = node.position ? ` (line ${node.position.start.line} of the body)` : '';
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
    } else if (depth > 1 && !['paragraph', 'text'].includes(node.type)) {
      // inside our blocks: only the paragraph MDX wraps the sentence line in, and text
      issues.push(`generated MDX holds ${node.type}${at}`);
    }
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(tree as Node, 0);
  return issues;
}

const flatten = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(flatten).join(''));

/** The text a reader sees, per block (heading or paragraph), from a generated file. */
export function readBackText(mdx: string): string[] {
  return (parseMdx(mdx).children as Node[]).map(flatten);
}

/** The text of each sentence, by id, and of each heading, as the parser reads them back. */
export function readBack(mdx: string): { sentences: Map<string, string>; headings: string[] } {
  const sentences = new Map<string, string>();
  const headings: string[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'heading') headings.push(flatten(node));
    else if (node.type === 'mdxJsxTextElement' && node.name === 'S') sentences.set(String(node.attributes?.[0]?.value), flatten(node));
    else for (const child of node.children ?? []) visit(child);
  };
  visit(parseMdx(mdx) as Node);
  return { sentences, headings };
}
