import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { bareMdx } from '../../../bench/bare.ts';

const site = `---
title: "OVH et Atos veulent un espace Schengen des données"
slug: ovh-et-atos
terms: [cloud-act]
---

## Un label européen

<S id="p1-s1">Selon <Term id="cloud-act">Cloud Act</Term>, 5 \\< 6 et \\{x\\}.</S> <S id="p1-s2">Deuxième phrase.</S>

<S id="p2-s1">export const x = 1 n’est que du texte.</S>
`;

interface Node { type: string; value?: string; depth?: number; children?: Node[] }
const nodes = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(nodes)];
const text = (n: Node): string => (n.value ?? '') + (n.children ?? []).map(text).join('');

describe('bareMdx', () => {
  const bare = bareMdx(site);
  const body = bare.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as Node;

  it('keeps only the title in the frontmatter', () => {
    expect(bare.startsWith('---\ntitle: "OVH et Atos veulent un espace Schengen des données"\n---\n')).toBe(true);
    expect(bare).not.toMatch(/slug:|terms:/);
  });

  it('keeps headings and paragraphs with the same text, without any component, expression or ESM', () => {
    const all = nodes(tree);
    expect(all.filter((n) => /^mdx/.test(n.type))).toEqual([]);
    const blocks = tree.children!.map((n) => [n.type, text(n)]);
    expect(blocks).toEqual([
      ['heading', 'Un label européen'],
      ['paragraph', 'Selon Cloud Act, 5 < 6 et {x}. Deuxième phrase.'],
      ['paragraph', 'export const x = 1 n’est que du texte.'],
    ]);
  });
});
