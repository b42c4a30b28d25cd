import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMdx, emit, readBackText, SERIALISE, type Frontmatter } from '../../../src/pipeline/emit.ts';
import { toMarkdown } from 'mdast-util-to-markdown';
import { annotate, compileMatcher } from '../../../src/pipeline/annotate.ts';
import { segment, type TextBlock } from '../../../src/pipeline/segment.ts';
import { parse as parseYaml } from 'yaml';
import { expectGolden, fixturePath } from './golden.ts';

const frontmatter: Frontmatter = {
  title: 'Un titre {process.exit()} <script>alert(1)</script>',
  slug: 'x',
  file: 'x',
  date: '2021-03-03',
  datePrecision: 'day',
  dateOrigin: 'byline',
  description: 'no: yes',
  terms: ['cloud-act'],
  actors: [],
  words: 3,
};
const terms = compileMatcher([{ id: 'cloud-act', forms: ['Cloud Act'] }, { id: 'gaia-x', forms: ['Gaia-X'] }]);
const emitBlocks = (blocks: TextBlock[]) => emit(frontmatter, annotate(segment(blocks), { terms, actors: compileMatcher([]) }));

const HOSTILE = readFileSync(fixturePath('pipeline', 'hostile', 'input.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .concat([
    'import x from "y"',
    'export default function () {}',
    '<img src=x onerror=alert(1)>',
    '{',
    '<',
    '  indented text',
    '1. not a list',
    '> not a quote',
    '- not a bullet',
    '| not | a | table |',
    '---',
    '<!-- not a comment -->',
    'a\\b \\* \\{ & &lt; &#123; end',
  ]);

describe('emit', () => {
  it('shows hostile text exactly as written (parsed back, the text is the input)', () => {
    const blocks = HOSTILE.map((text, i): TextBlock => ({ kind: i === 3 ? 'heading' : 'paragraph', line: i + 1, text }));
    const mdx = emitBlocks(blocks);
    expect(checkMdx(mdx)).toEqual([]);
    // white space around a line is not content (parse trims it); everything else is
    const shown = readBackText(mdx).map((t) => t.trim());
    expect(shown).toEqual(HOSTILE.map((line) => line.trim()));
  });

  it('hostile fixture (golden MDX)', () => {
    const blocks = HOSTILE.map((text, i): TextBlock => ({ kind: 'paragraph', line: i + 1, text }));
    expectGolden('pipeline', 'hostile', emitBlocks(blocks), 'expected.mdx');
  });

  it('writes the frontmatter as YAML data that reads back as the same values', () => {
    const mdx = emitBlocks([{ kind: 'paragraph', line: 1, text: 'Texte.' }]);
    const yaml = mdx.match(/^---\n([\s\S]*?)\n---\n/)![1]!;
    expect(parseYaml(yaml, { version: '1.1' })).toEqual(frontmatter);
    expect(yaml).toContain('date: "2021-03-03"');
  });

  it('wraps sentences in <S id> and marked terms in <Term id>, paragraphs in <p id>', () => {
    const mdx = emitBlocks([
      { kind: 'paragraph', line: 1, text: 'Le Cloud Act inquiète. Gaia-X répond.' },
      { kind: 'heading', line: 3, text: 'Un intertitre' },
      { kind: 'paragraph', line: 5, text: 'Encore le Cloud Act.' },
    ]);
    expect(mdx.split('---\n').at(-1)).toBe(
      [
        '',
        '<p id="p1">',
        '  <S id="p1-s1">Le <Term id="cloud-act">Cloud Act</Term> inquiète. </S><S id="p1-s2"><Term id="gaia-x">Gaia-X</Term> répond.</S>',
        '</p>',
        '',
        '## Un intertitre',
        '',
        '<p id="p2">',
        '  <S id="p2-s1">Encore le <Term id="cloud-act">Cloud Act</Term>.</S>',
        '</p>',
        '',
      ].join('\n'),
    );
  });
});

describe('serialisation options', () => {
  it('defuse a paragraph that starts with import/export (first letter as a character reference)', () => {
    for (const value of ['import fs from "node:fs"', 'export const a = 1']) {
      const mdx = toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }, SERIALISE);
      expect(mdx).toMatch(/^&#x(69|65);/);
      expect(checkMdx(`---\nx: 1\n---\n${mdx}`)).toEqual([expect.stringMatching(/a paragraph block/)]); // text, not ESM
      expect(readBackText(mdx)).toEqual([value]);
    }
  });
});

describe('checkMdx', () => {
  const front = '---\ntitle: x\n---\n\n';
  it('rejects ESM, expressions and foreign elements', () => {
    const flags = (body: string, pattern: RegExp) => expect(checkMdx(`${front}${body}`)).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
    flags('import x from "y"\n', /code \(mdxjsEsm\)/);
    flags('export const a = 1\n', /code \(mdxjsEsm\)/);
    flags('Un {1 + 1} texte\n', /code \(mdxTextExpression\)/);
    flags('{process.exit()}\n', /code \(mdxFlowExpression\)/);
    flags('Un <script>x</script> texte\n', /element <script>/);
    flags('<div>\nx\n</div>\n', /block element <div>/);
    flags('Un paragraphe nu.\n', /a paragraph block/);
    flags('<p id="p1">\n  <S id={process.exit()}>x</S>\n</p>\n', /unexpected attribute/);
    flags('<p id="p1">\n  <S {...props}>x</S>\n</p>\n', /unexpected attribute/);
    flags('<p id="p1" onclick="x">\n  <S id="a">x</S>\n</p>\n', /unexpected attribute/);
  });
  it('accepts what emit writes', () => {
    expect(checkMdx(`${front}<p id="p1">\n  <S id="p1-s1">x <Term id="a">y</Term></S>\n</p>\n\n## T\n`)).toEqual([]);
  });
});
