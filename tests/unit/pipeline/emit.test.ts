import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emit, frontmatterYaml, type Frontmatter } from '../../../src/pipeline/emit.ts';
import { verifyMdx } from '../../../src/pipeline/verify-mdx.ts';
import { annotate, compileMatcher, type AnnotatedSegment, type AnnotatedSentence } from '../../../src/pipeline/annotate.ts';
import { segment, type TextBlock } from '../../../src/pipeline/segment.ts';
import { parse as parseYaml } from 'yaml';
// what Astro reads MDX frontmatter with (@astrojs/internal-helpers/frontmatter)
import { load as loadJsYaml } from 'js-yaml';
import { checkMdx, readBack, readBackText } from './mdx-oracle.ts';
import type { DateInSentence } from '../../../src/pipeline/extract.ts';
import { expectGolden, fixturePath } from './golden.ts';

const frontmatter: Frontmatter = {
  title: 'Un titre {process.exit()} <script>alert(1)</script>',
  slug: 'x',
  file: 'x',
  date: '2021-03-03',
  datePrecision: 'day',
  dateOrigin: 'byline',
  authors: ['Jeanne {Martin}', 'no'],
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
    '## Titre ## fermé ##',
    '![image](x.png) `code` ~~barré~~ **gras** __gras__ [lien][ref] <https://x.example>',
  ]);

describe('emit', () => {
  it('shows hostile text exactly as written (verifier accepts; parsed back, the text is the input)', () => {
    const blocks = HOSTILE.map((text, i): TextBlock => ({ kind: i === 3 || i === HOSTILE.length - 2 ? 'heading' : 'paragraph', line: i + 1, text }));
    const mdx = emitBlocks(blocks);
    expect(verifyMdx(mdx)).toEqual([]);
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
    expect(parseYaml(yaml)).toEqual(frontmatter);
    expect(loadJsYaml(yaml)).toEqual(frontmatter);
    expect(yaml).toContain('date: "2021-03-03"');
  });

  it('writes frontmatter strings that read back unchanged, whatever they hold (1,000 random hostile strings)', () => {
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const ALPHABET = [...':#-?|>\'"\\{}[]&*!%@`,\t\n\r ', '\u0085', '\u2028', '\u2029', '\ufeff', '\u007f', '\u0000', '\ud800', 'é', '’', 'yes', 'no', 'null', '~', '2021-03-03', '0x1F', '1e3', '.inf', '---', '...', 'a', '1'];
    for (let i = 0; i < 1000; i++) {
      let value = '';
      for (let n = Math.floor(next() * 12); n > 0; n--) value += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const data: Frontmatter = { ...frontmatter, title: value, description: value, terms: [value, 'cloud-act'], actors: [value] };
      const yaml = frontmatterYaml(data);
      const shown = JSON.stringify(value);
      expect(parseYaml(yaml, { version: '1.1' }), shown).toEqual(data);
      expect(parseYaml(yaml), shown).toEqual(data);
      expect(loadJsYaml(yaml), shown).toEqual(data);
      // and the frontmatter cannot end early: no line of it is `---`
      expect(yaml.split('\n'), shown).not.toContain('---');
      // and the build's verifier accepts it
      expect(verifyMdx(`---\n${yaml}---\n`), shown).toEqual([]);
    }
  }, 60_000); // correctness over many inputs, not a timing: room for a loaded machine

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

  it('never lets text start a line: import/export stay inside <S>, a heading keeps its edge spaces as references', () => {
    const segments: AnnotatedSegment[] = [
      { kind: 'heading', line: 1, section: 1, text: '  export const a = 1 ## ' },
      paragraphOf(1, ['import fs from "node:fs"', 'export default {}\nimport x from "y"']),
    ];
    const mdx = emit(frontmatter, segments);
    expect(mdx).toContain('## &#x20;&#x20;export const a = 1 \\#\\#&#x20;\n');
    expect(mdx).not.toMatch(/^(import|export)/m);
    expect(verifyMdx(mdx)).toEqual([]);
    expect(checkMdx(mdx)).toEqual([]);
    const { headings, sentences } = readBack(mdx);
    expect(headings).toEqual(['  export const a = 1 ## ']);
    // a line break inside a sentence is folded into a space (how HTML shows it anyway)
    expect([...sentences.values()]).toEqual(['import fs from "node:fs"', 'export default {} import x from "y"']);
  });

  it('refuses an id that is not plain (it is written unescaped inside id="…")', () => {
    const bad = paragraphOf(1, ['x']);
    bad.sentences[0]!.id = 'p1-s1" onclick="x';
    expect(() => emit(frontmatter, [bad])).toThrow(/not a plain id/);
  });
});

/** A paragraph segment made directly (no splitter), one sentence per string, optional term marks. */
function paragraphOf(index: number, texts: string[], marks: { sentence: number; start: number; end: number; id: string }[] = []) {
  let text = '';
  const sentences: AnnotatedSentence[] = texts.map((value, i) => {
    const start = text.length;
    text += value;
    const sentence = {
      id: `p${index}-s${i + 1}`,
      text: value,
      start,
      end: text.length,
      termMarks: marks.filter((m) => m.sentence === i).map((m) => ({ id: m.id, start: m.start, end: m.end, text: value.slice(m.start, m.end) })),
      termIds: [],
      actorIds: [],
      known: [],
    };
    return sentence;
  });
  return { kind: 'paragraph' as const, index, line: index, section: 0, text, sentences };
}

describe('generated MDX from random hostile text (micromark + mdxjs as the oracle)', () => {
  // mulberry32: a tiny seeded PRNG, so that a failure is reproducible
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ALPHABET = [...'{}<>/\\*_[]()#!&;|~`-=+:\'"«»’', ...'aeSxé09 ', 'import ', 'export ', ' ', '  ', 'Term', 'id="', '&#123;', '&amp;'];
  const next = random(20261123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const randomText = (): string => {
    let s = '';
    for (let n = Math.floor(next() * 24); n > 0; n--) s += pick(ALPHABET);
    return s;
  };

  const FILES = 300;
  const STRINGS_PER_FILE = 10; // 3,000 strings in all
  const files = Array.from({ length: FILES }, () => {
    const segments: AnnotatedSegment[] = [];
    const expected = { sentences: new Map<string, string>(), headings: [] as string[], cells: [] as string[] };
    const dates = new Map<string, DateInSentence[]>();
    let blocks = 0;
    /** a date mark on some sentences, over a random span that no term mark covers */
    const markDates = (sentences: AnnotatedSentence[]) => {
      for (const sentence of sentences) {
        if (sentence.text.length < 2 || next() < 0.6) continue;
        const start = Math.floor(next() * (sentence.text.length - 1));
        const end = start + 1 + Math.floor(next() * (sentence.text.length - start - 1));
        dates.set(sentence.id, [{ value: pick(['2013', '2020-09', '2014-04-15']), precision: 'year', expression: sentence.text.slice(start, end), start, end }]);
      }
    };
    for (let left = STRINGS_PER_FILE; left > 0; ) {
      const roll = next();
      if (roll < 0.15) {
        const text = randomText();
        segments.push({ kind: 'heading', line: 0, section: 0, text });
        expected.headings.push(text);
        left--;
        continue;
      }
      if (roll < 0.25) {
        // a table of random cells: each reads back as written, white space at its edges aside
        const rows = Array.from({ length: 2 + Math.floor(next() * 2) }, () => Array.from({ length: 2 }, randomText));
        segments.push({ kind: 'table', line: 0, section: 0, rows });
        expected.cells.push(...rows.flat().map((cell) => cell.replace(/\r\n?|\n/g, ' ').trim()));
        left -= 2;
        continue;
      }
      const texts = Array.from({ length: Math.min(left, 1 + Math.floor(next() * 3)) }, randomText);
      left -= texts.length;
      // a term mark on some sentences, over a random span of the random text
      const marks = texts.flatMap((t, sentence) => {
        if (t.length < 2 || next() < 0.5) return [];
        const start = Math.floor(next() * (t.length - 1));
        return [{ sentence, start, end: start + 1 + Math.floor(next() * (t.length - start - 1)), id: pick(['cloud-act', 'gaia-x', 'x1']) }];
      });
      const paragraph = paragraphOf(++blocks, texts, marks);
      markDates(paragraph.sentences);
      if (roll < 0.4) {
        // the same sentences as a list, one item each
        const list: AnnotatedSegment = { kind: 'list', index: blocks, line: 0, ordered: next() < 0.5, section: 0, items: texts.map((text) => ({ line: 0, text, sentences: 1 })), sentences: paragraph.sentences };
        segments.push(list);
        paragraph.sentences.forEach((s) => { if (/[^ ]/.test(s.text)) expected.sentences.set(s.id, s.text); });
        continue;
      }
      segments.push(roll < 0.5 ? { ...paragraph, role: pick(['standfirst', 'question'] as const) } : paragraph);
      // a paragraph with no visible character is written empty (see emit.ts)
      if (/[^ ]/.test(paragraph.text)) paragraph.sentences.forEach((s) => expected.sentences.set(s.id, s.text));
    }
    return { mdx: emit(frontmatter, segments, { dates }), expected };
  });

  it('(a) the strict verifier accepts every generated file', () => {
    for (const { mdx } of files) expect(verifyMdx(mdx), mdx).toEqual([]);
  }, 60_000);

  it('(b) the full MDX parse finds no ESM, no expression, no element but ours, no Markdown syntax', () => {
    for (const { mdx } of files) expect(checkMdx(mdx), mdx).toEqual([]);
  }, 60_000);

  it('(c) each sentence and heading reads back exactly as its input', () => {
    for (const { mdx, expected } of files) {
      const shown = readBack(mdx);
      expect(shown.headings, mdx).toEqual(expected.headings);
      expect(shown.sentences, mdx).toEqual(expected.sentences);
      expect(shown.cells.map((c) => c.trim()), mdx).toEqual(expected.cells);
    }
  }, 60_000);
});

describe('verifyMdx', () => {
  const front = '---\ntitle: x\n---\n\n';
  const good = `${front}<p id="p1">\n  <S id="p1-s1">x <Term id="a">y</Term> \\{z\\} </S><S id="p1-s2">fin.</S>\n</p>\n\n## T \\<b\\>\n`;
  const rejects = (mdx: string, pattern: RegExp) => {
    const issues = verifyMdx(mdx);
    expect(issues, mdx).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
    // the oracle agrees that each of these is not safe text, or is not our layout
    return issues;
  };

  it('accepts what emit writes', () => {
    expect(verifyMdx(good)).toEqual([]);
    expect(checkMdx(good)).toEqual([]);
  });

  it('rejects code, expressions and foreign elements, with the line and what is wrong', () => {
    const sentence = (inner: string) => `${front}<p id="p1">\n  <S id="p1-s1">${inner}</S>\n</p>\n`;
    expect(rejects(sentence('Un {x} texte'), /unescaped "\{"/)).toEqual(['generated MDX line 6: column 20: an unescaped "{" (an element or an expression that the build step never writes): "  <S id=\\"p1-s1\\">Un {x} texte</S>"']);
    rejects(sentence('Un <script>alert(1)</script>'), /line 6: column 20: an unescaped "<"/);
    rejects(sentence('Un <b>gras</b>'), /unescaped "<"/);
    rejects(sentence('5 > 3'), /unescaped ">"/);
    rejects(sentence('*gras*'), /unescaped "\*" in text/);
    rejects(`${front}export const a = 1\n`, /line 5: not a heading, a paragraph, a list, a table or a blank line/);
    rejects(`${front}import x from "y"\n`, /line 5: not a heading/);
    rejects(`${front}{process.exit()}\n`, /line 5: not a heading/);
    rejects(`${front}<script>alert(1)</script>\n`, /line 5: not a heading/);
    rejects(`${front}<div>\n`, /line 5: not a heading/);
    rejects(`${front}Un paragraphe nu.\n`, /line 5: not a heading/);
    rejects(`${front}## Titre {x}\n`, /unescaped "\{"/);
    rejects(`${front}## Titre <Term id="a">x</Term>\n`, /unescaped "<"|element in a heading/);
  });

  it('rejects attributes and ids other than ours', () => {
    rejects(`${front}<p id="p1">\n  <S id={process.exit()}>x</S>\n</p>\n`, /unescaped "<"/);
    rejects(`${front}<p id="p1">\n  <S {...props}>x</S>\n</p>\n`, /unescaped "<"/);
    rejects(`${front}<p id="p1" onclick="x">\n  <S id="p1-s1">x</S>\n</p>\n`, /not a heading/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1"><Term id="A B">x</Term></S>\n</p>\n`, /unescaped "<"/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s2">x</S>\n</p>\n`, /sentence id "p1-s2" where "p1-s1" comes next/);
    rejects(`${front}<p id="p2">\n  <S id="p2-s1">x</S>\n</p>\n`, /block p2 is out of order/);
    rejects(`${front}<p id="p1" class="x">\n  <S id="p1-s1">x</S>\n</p>\n`, /not a heading/);
    rejects(`${front}<ul id="p1" start="2">\n  <li>\n    <S id="p1-s1">x</S>\n  </li>\n</ul>\n`, /not a heading/);
    rejects(`${front}<ol id="p1" type="i">\n  <li>\n    <S id="p1-s1">x</S>\n  </li>\n</ol>\n`, /not a heading/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1"><Time datetime="2021-13" mark="x">x</Time></S>\n</p>\n`, /unescaped "<"/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1"><Time datetime="2021" mark="a b">x</Time></S>\n</p>\n`, /unescaped "<"/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1"><Time datetime="2021" mark="a"><Term id="b">x</Term></Time></S>\n</p>\n`, /inside another mark/);
  });

  it('rejects a frontmatter that emit does not write', () => {
    rejects('---\ntitle: {x: 1}\n---\n', /line 2: not a frontmatter line/);
    rejects('---\ntitle: Un titre plain\n---\n', /line 2: not a frontmatter line/);
    rejects('---\ntitle: "x\\u2028 y" bad\n---\n', /line 2: not a frontmatter line/);
    rejects('---\ntitle: !!js/function "x"\n---\n', /line 2: not a frontmatter line/);
    rejects('---\nterms:\n  - a b\n---\n', /line 3: not a frontmatter line/);
    expect(verifyMdx('---\ntitle: "Un \\"titre\\" \\u2028"\nwords: 3\nterms: []\nactors:\n  - cloud-act\n---\n')).toEqual([]);
  });

  it('rejects a broken layout', () => {
    rejects('<p id="p1">\n', /must start with the frontmatter/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1">x</S>\n`, /not closed/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1">x</S>\n  <S id="p1-s2">y</S>\n</p>\n`, /only one sentence line/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1">x\n</p>\n`, /not closed on its line/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1">x</S> y\n</p>\n`, /text outside a sentence/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1"><Term id="a">x</S></Term>\n</p>\n`, /<\/S> without its <S> \(or before <\/Term> or <\/Time>\)/);
    rejects(`${front}<ul id="p1">\n  <li>\n    <S id="p1-s1">x</S>\n    <S id="p1-s2">y</S>\n  </li>\n</ul>\n`, /inside a list/);
    rejects(`${front}<ul id="p1">\n  <li>\n    <S id="p1-s1">x</S>\n</ul>\n`, /inside a list/);
    rejects(`${front}<ul id="p1">\n  <li>\n    <S id="p1-s1">x</S>\n  </li>\n  <li>\n    <S id="p1-s1">y</S>\n  </li>\n</ul>\n`, /sentence id "p1-s1" where "p1-s2" comes next/);
    rejects(`${front}<table>\n  <tr>\n    <td>\n      - x\n    </td>\n  </tr>\n</table>\n`, /could open a block/);
    rejects(`${front}<table>\n  <tr>\n    <td>\n      <b>x</b>\n    </td>\n  </tr>\n</table>\n`, /a cell holds only text/);
    rejects(`${front}<table>\n  <tr>\n    <td>\n      x\n      y\n    </td>\n  </tr>\n</table>\n`, /inside a table/);
    rejects(`${front}<table>\n  <td>\n</table>\n`, /inside a table/);
    rejects(`${front}## A\n## B\n`, /a block must follow a blank line/);
    rejects(`${front}## A\n\n\n## B\n`, /two blank lines/);
    rejects(`${front}## A`, /must end with a line ending/);
    rejects(`${front}<p id="p1">\n  <S id="p1-s1"> </S><S id="p1-s2"></S>\n</p>\n`, /without a visible character/);
  });
});
