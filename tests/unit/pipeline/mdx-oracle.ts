// The oracle for generated MDX: a full parse with micromark + the MDX extensions (the parser
// family @astrojs/mdx follows). Too slow for the build (under 1 MB/s), so the build runs the
// strict line grammar of src/pipeline/verify-mdx.ts; the tests run both, and this one says
// what the page really holds.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/** The elements a generated page may hold, where, and with which attributes (all plain strings). */
const TEXT_ELEMENTS: Record<string, string[]> = { S: ['id'], Term: ['id'], Time: ['datetime', 'mark'] };
/** flow element → the elements it may stand in ('' is the top of the page) and its attributes */
const FLOW_ELEMENTS: Record<string, { parents: string[]; attributes: string[] }> = {
  p: { parents: [''], attributes: ['id', 'class'] },
  ul: { parents: [''], attributes: ['id'] },
  ol: { parents: [''], attributes: ['id', 'start', 'type'] },
  li: { parents: ['ul', 'ol'], attributes: [] },
  table: { parents: [''], attributes: [] },
  tr: { parents: ['table'], attributes: [] },
  th: { parents: ['tr'], attributes: ['scope'] },
  td: { parents: ['tr'], attributes: [] },
};
/** where the text of a block stands: the paragraph MDX wraps a line of text in */
const HOLDS_TEXT = new Set(['p', 'li', 'th', 'td']);

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
 * but ours (p, ul/ol/li, table/tr/th/td as blocks; S, Term, Time inline), an attribute that is
 * not one of theirs or not a plain string, any Markdown construct but headings at the top and
 * the paragraphs MDX wraps text lines in.
 */
export function checkMdx(mdx: string): string[] {
  let tree: Root;
  try {
    tree = parseMdx(mdx);
  } catch (error) {
    return [`generated MDX does not parse: ${(error as Error).message}`];
  }
  const issues: string[] = [];
  const visit = (node: Node, parent: string, inText: boolean): void => {
    const at = node.position ? ` (line ${node.position.start.line} of the body)` : '';
    const allowed = node.type === 'mdxJsxTextElement' ? TEXT_ELEMENTS[node.name ?? ''] : node.type === 'mdxJsxFlowElement' ? FLOW_ELEMENTS[node.name ?? '']?.attributes : [];
    if (node.attributes?.some((a) => a.type !== 'mdxJsxAttribute' || !allowed?.includes(a.name ?? '') || typeof a.value !== 'string')) {
      issues.push(`generated MDX holds an element <${node.name ?? ''}> with an unexpected attribute${at}`);
    }
    let here = parent;
    let text = inText;
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      issues.push(`generated MDX holds code (${node.type})${at}`);
    } else if (node.type === 'mdxJsxTextElement') {
      if (!node.name || !TEXT_ELEMENTS[node.name] || !inText) issues.push(`generated MDX holds an element <${node.name ?? ''}>${at}`);
    } else if (node.type === 'mdxJsxFlowElement') {
      const rule = FLOW_ELEMENTS[node.name ?? ''];
      if (!rule || !rule.parents.includes(parent)) issues.push(`generated MDX holds a block element <${node.name ?? ''}> in <${parent || 'the page'}>${at}`);
      here = node.name ?? '';
    } else if (node.type === 'heading') {
      if (parent !== '' || inText) issues.push(`generated MDX holds a heading inside <${parent}>${at}`);
      text = true;
    } else if (node.type === 'paragraph') {
      if (!HOLDS_TEXT.has(parent) || inText) issues.push(`generated MDX holds a paragraph ${parent ? `in <${parent}>` : 'at the top'}${at}`);
      text = true;
    } else if (node.type !== 'root' && node.type !== 'text') {
      issues.push(`generated MDX holds ${node.type}${at}`);
    }
    for (const child of node.children ?? []) visit(child, here, text);
  };
  visit(tree as Node, '', false);
  return issues;
}

const flatten = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(flatten).join(''));

/** The text a reader sees, per block (heading, paragraph, list, table), from a generated file. */
export function readBackText(mdx: string): string[] {
  return (parseMdx(mdx).children as Node[]).map(flatten);
}

/** The text of each sentence, by id, of each heading, and of each table cell, as the parser reads them back. */
export function readBack(mdx: string): { sentences: Map<string, string>; headings: string[]; cells: string[] } {
  const sentences = new Map<string, string>();
  const headings: string[] = [];
  const cells: string[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'heading') headings.push(flatten(node));
    else if (node.type === 'mdxJsxTextElement' && node.name === 'S') sentences.set(String(node.attributes?.[0]?.value), flatten(node));
    else if (node.type === 'mdxJsxFlowElement' && (node.name === 'th' || node.name === 'td')) cells.push(flatten(node));
    else for (const child of node.children ?? []) visit(child);
  };
  visit(parseMdx(mdx) as Node);
  return { sentences, headings, cells };
}
