import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/pipeline/decode.ts';
import { formatProblem } from '../../../src/lib/errors.ts';
import { cases, expectGolden, fixturePath } from './golden.ts';

function decodeCase(name: string) {
  const bytes = new Uint8Array(readFileSync(fixturePath('decode', name, 'input.txt')));
  return decode({ name, path: `seeds/${name}.txt`, bytes });
}

describe('decode (golden)', () => {
  for (const name of cases('decode')) {
    it(name, () => {
      const result = decodeCase(name);
      expectGolden('decode', name, result.ok ? result : { ok: false, problems: result.problems.map(formatProblem) });
    });
  }
});

describe('decode', () => {
  it('strips the BOM and keeps the accents', () => {
    const result = decodeCase('utf8-bom');
    expect(result.ok && result.text.startsWith('Titre avec BOM')).toBe(true);
    expect(result.ok && result.text).toContain('Publié');
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('turns CRLF and lone CR into LF', () => {
    for (const name of ['crlf', 'cr-only']) {
      const result = decodeCase(name);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.text).not.toMatch(/\r/);
        expect(result.text.split('\n').length).toBeGreaterThan(3);
      }
    }
  });

  it('reads text that is not UTF-8 as Windows-1252, with a warning naming the file', () => {
    const result = decodeCase('windows-1252');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe('Le cloud européen « souverain » — l’été 2020, 10 €.\n');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^seeds\/windows-1252\.txt: not valid UTF-8, read as Windows-1252/);
  });

  it('rejects empty, blank and binary files with an error naming the file', () => {
    for (const [name, message] of [
      ['empty', /empty/],
      ['whitespace-only', /empty/],
      ['binary', /binary/],
      ['control-chars', /binary/],
    ] as const) {
      const result = decodeCase(name);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.problems[0]!.file).toBe(`seeds/${name}.txt`);
      expect(result.problems[0]!.message).toMatch(message);
    }
  });

  it('reads a UTF-8 file with one stray byte as UTF-8: the byte alone is replaced, and reported with its line', () => {
    const result = decodeCase('utf8-stray-bytes');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('Missionnés');
    expect(result.text).not.toMatch(/Ã/);
    expect(result.text).toContain('caf\uFFFD au lait');
    expect(result.warnings).toEqual([expect.stringMatching(/^seeds\/utf8-stray-bytes\.txt:4: 1 byte sequence that UTF-8 cannot read, shown as « � » at line 4; /)]);
  });

  it('reads Windows-1252 only when the file reads as such as a whole', () => {
    const result = decodeCase('mostly-1252');
    expect(result.ok && result.text.startsWith('Le cloud européen « souverain » — l’été 2020, 10 €.')).toBe(true);
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/read as Windows-1252/)]);
  });

  it('removes control characters wherever they stand, NUL included, and says on which lines', () => {
    const late = decodeCase('nul-late');
    expect(late.ok).toBe(true);
    if (!late.ok) return;
    expect(late.text).not.toMatch(/\u0000/);
    expect(late.text).toContain('Une phrase avec un NUL au milieu.');
    expect(late.warnings).toEqual([expect.stringMatching(/^seeds\/nul-late\.txt:19: 1 control character .* removed at line 19$/)]);
    const inText = decodeCase('control-in-text');
    expect(inText.ok && inText.text).toBe('Un titre\n\nUne phrase avec une sonnerie.\f\nEt une autre[0m avec un échappement.\n');
    expect(inText.ok && inText.warnings).toEqual([expect.stringMatching(/:3: 2 control characters .* removed at lines 3 and 4$/)]);
  });

  it('removes the invisible characters a copy from a web page leaves inside words, and keeps the ones that draw', () => {
    const text = 'La souve\u00ADrai\u00ADnet\u00E9 selon Gaia\u200B-X, OVH\u2060cloud et \uFEFFl\u2019ANSSI. Un drapeau \u{1F3F3}\uFE0F\u200D\u{1F308}.\nUn mot coup\u00AD\n\u00E9 en fin de ligne.\n';
    const result = decode({ name: 'x', path: 'seeds/x.txt', bytes: new TextEncoder().encode(text) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe('La souveraineté selon Gaia-X, OVHcloud et l’ANSSI. Un drapeau \u{1F3F3}\uFE0F\u200D\u{1F308}.\nUn mot coup\u00AD\né en fin de ligne.\n');
    // invisible, and no part of the text: nothing to warn about
    expect(result.warnings).toEqual([]);
  });

  it('composes decomposed accents and writes a PDF’s ligatures as letters, and nothing else', () => {
    const text = 'La se\u0301curite\u0301 de la qualiﬁcation, ﬂux et eﬀort : 12\u00A0m² au 1ᵉʳ étage.\n';
    const result = decode({ name: 'x', path: 'seeds/x.txt', bytes: new TextEncoder().encode(text) });
    expect(result.ok && result.text).toBe('La sécurité de la qualification, flux et effort : 12\u00A0m² au 1ᵉʳ étage.\n');
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('reads the HTML entities a copy from a page’s source leaves as their characters, with a warning and its line', () => {
    const text = 'Titre\nL&#8217;Europe pr&eacute;sente Gaia-X&nbsp;: &laquo;&#x202F;un cloud&#x202F;&raquo;&#13;\nR&D, AT&T et Procter &amp; Gamble.\n';
    const result = decode({ name: 'x', path: 'seeds/x.txt', bytes: new TextEncoder().encode(text) });
    expect(result.ok && result.text).toBe('Titre\nL’Europe présente Gaia-X\u00A0: «\u202Fun cloud\u202F»\nR&D, AT&T et Procter & Gamble.\n');
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/^seeds\/x\.txt:2: 9 HTML entities \(« &#8217; », « &eacute; », « &nbsp; »\) read as the characters they stand for/u)]);
  });

  it('an ampersand that starts no entity is text, and a numbered control character is removed as any other', () => {
    const plain = decode({ name: 'x', path: 'seeds/x.txt', bytes: new TextEncoder().encode('R&D & AT&T; 3 &lt 4\n') });
    expect(plain.ok && plain.text).toBe('R&D & AT&T; 3 &lt 4\n');
    expect(plain.ok && plain.warnings).toEqual([]);
    // a text about HTML that quotes its entities, with no accent written as one, keeps them
    const quoted = decode({ name: 'x', path: 'seeds/x.txt', bytes: new TextEncoder().encode('On écrit &amp; pour « & » et &lt; pour « < ».\n') });
    expect(quoted.ok && quoted.text).toBe('On écrit &amp; pour « & » et &lt; pour « < ».\n');
    const control = decode({ name: 'x', path: 'seeds/x.txt', bytes: new TextEncoder().encode('Un&#1; texte d&eacute;cod&eacute;\n') });
    expect(control.ok && control.text).not.toMatch(/\u0001/u);
  });
});
