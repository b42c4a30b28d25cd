// The layout corpus (tests/fixtures/layouts/): every case must come out as its hand-written
// expectation says, field by field. `npm run accuracy` prints how far a corpus is from that.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { droppedKind } from '../../../../src/model/generated.ts';
import { fromMarkdown } from '../../../../src/pipeline/layout/markdown.ts';
import { decode } from '../../../../src/pipeline/decode.ts';
import { actualOf, FIELDS, layoutCases, LAYOUTS, readCase } from './corpus.ts';

const names = layoutCases();

describe('the layout corpus', () => {
  it('holds at least 30 cases, each with a hand-written expectation', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of names) {
    it(name, () => {
      const { input, expected, source } = readCase(name);
      const actual = actualOf(name, input, source);
      if ('problems' in actual) throw new Error(actual.problems.join('\n'));
      for (const field of FIELDS) expect(actual[field], `${name}: ${field}`).toEqual(expected[field]);
    });
  }
});

describe('the expectations themselves', () => {
  for (const name of names) {
    it(`${name}: every non-blank line is the title, the standfirst, a kept block or one dropped block`, () => {
      const { expected } = readCase(name);
      const lines = readFileSync(join(LAYOUTS, name, 'input.txt'), 'utf8').split('\n');
      const kinds = new Set<string>(droppedKind.options);
      for (const d of expected.dropped) {
        expect(kinds.has(d.kind), `${name}:${d.line}: unknown kind "${d.kind}"`).toBe(true);
        expect(lines[d.line - 1]?.trim(), `${name}:${d.line}: a dropped block on a blank line`).not.toBe('');
      }
      const dropped = expected.dropped.map((d) => d.line);
      expect(dropped, `${name}: dropped lines in ascending order, each once`).toEqual([...new Set(dropped)].sort((a, b) => a - b));
      // the text a reader keeps is the input's own: every kept text is in it, line breaks (and
      // a Markdown text's marks) aside, and compared as Unicode compares two spellings of one
      // text (NFKC: composed accents, ligatures as letters), its HTML entities read as the
      // characters they stand for, as the decoder reads them, and a document editor's anchors
      // of its comments ("mobilisent[a]") aside
      const read = decode({ name, path: `seeds/${name}.txt`, bytes: new Uint8Array(readFileSync(join(LAYOUTS, name, 'input.txt'))) });
      const plain = fromMarkdown(read.ok ? read.text : lines.join('\n')).text.normalize('NFKC').replace(/(?<=\S)\[[a-z]{1,2}\]/gu, '').split('\n');
      const flat = plain.join(' ').replace(/\s+/g, ' ');
      const unwrapped = plain.join('\n').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
      const texts = [expected.title, expected.standfirst ?? '', ...expected.blocks.flatMap((b) => ('text' in b ? [b.text] : 'items' in b ? b.items : b.rows.flat()))];
      for (const text of texts.filter(Boolean)) {
        if (expected.titleOrigin !== 'text' && text === expected.title) continue;
        const spaced = text.normalize('NFKC').replace(/\s+/g, ' ');
        expect(flat.includes(spaced) || unwrapped.includes(spaced), `${name}: "${text.slice(0, 60)}…" is not in input.txt`).toBe(true);
      }
    });
  }
});
