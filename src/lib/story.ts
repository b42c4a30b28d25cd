// The home page story (content/recit.md) is trusted prose, but still data: it is parsed
// into a small tree (headings, paragraphs, emphasis, links) and drawn by a component,
// never injected as HTML. Links name things, not URLs — `[OVHcloud](acteur:ovhcloud)` —
// so they survive a change of base path and are checked at build time.

export type LinkKind = 'terme' | 'acteur' | 'evenement' | 'article';
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; value: string }
  | { type: 'link'; kind: LinkKind; target: string; value: string; line: number };
export type Block =
  | { type: 'heading'; text: string; line: number }
  | { type: 'paragraph'; inlines: Inline[]; line: number };

const inlinePattern = /\[([^\]]+)\]\((terme|acteur|evenement|article):([^)\s]+)\)|\*([^*]+)\*/g;

function parseInlines(text: string, line: number, where: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    if (match.index > last) inlines.push({ type: 'text', value: text.slice(last, match.index) });
    if (match[4] !== undefined) inlines.push({ type: 'emphasis', value: match[4] });
    else inlines.push({ type: 'link', value: match[1]!, kind: match[2] as LinkKind, target: match[3]!, line });
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push({ type: 'text', value: text.slice(last) });
  const stray = inlines.find((inline) => inline.type === 'text' && /\]\(/.test(inline.value));
  if (stray) throw new Error(`${where}:${line}: link not understood (use [texte](terme:id), acteur:, evenement: or article:)`);
  return inlines;
}

export function parseStory(markdown: string, where: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let start = 0;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', inlines: parseInlines(paragraph.join(' '), start, where), line: start });
    paragraph = [];
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return flush();
    if (line.startsWith('## ')) {
      flush();
      blocks.push({ type: 'heading', text: line.slice(3).trim(), line: index + 1 });
      return;
    }
    if (line.startsWith('#')) throw new Error(`${where}:${index + 1}: only "## " headings are allowed in the story`);
    if (paragraph.length === 0) start = index + 1;
    paragraph.push(line);
  });
  flush();
  return blocks;
}

/** Every link of the story, to check that what it names exists. */
export function storyLinks(blocks: Block[]): Extract<Inline, { type: 'link' }>[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? block.inlines.filter((inline) => inline.type === 'link') : [],
  );
}
