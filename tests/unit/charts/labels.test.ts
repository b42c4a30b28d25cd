import { describe, expect, it } from 'vitest';
import { chooseLabel, fitLines, labelWidthOf, overlaps, packRows, wrapLines } from '../../../src/charts/labels.ts';
import { advanceWidth as textWidth } from '../../../src/charts/vocabulary.ts';
import { FRENCH_GLYPHS } from '../../../src/styles/fonts.ts';

describe('textWidth', () => {
  it('knows every character the site’s fonts carry, and adds them up', () => {
    // a character outside the table counts as the widest: nothing in the French set should
    const widest = textWidth('\u{1F600}', 1000);
    for (const char of FRENCH_GLYPHS) expect(textWidth(char, 1000), `U+${char.codePointAt(0)!.toString(16)}`).toBeLessThanOrEqual(widest);
    expect(textWidth('ab', 10)).toBeCloseTo(textWidth('a', 10) + textWidth('b', 10), 6);
    expect(textWidth('', 11)).toBe(0);
  });

  it('scales with the font size and tells narrow letters from wide ones', () => {
    expect(textWidth('Gaia-X', 22)).toBeCloseTo(2 * textWidth('Gaia-X', 11), 6);
    expect(textWidth('iiii', 11)).toBeLessThan(textWidth('MMMM', 11) / 2);
    // Source Sans 3 averages about half an em a character in French text
    const text = 'Le rapport Breton–Klaba appelle à un label « Secure Cloud »';
    expect(textWidth(text, 10) / text.length).toBeGreaterThan(4);
    expect(textWidth(text, 10) / text.length).toBeLessThan(6);
  });
});

describe('chooseLabel', () => {
  const long = 'La Commission européenne serait en discussions avec OVHcloud pour remplacer Microsoft Azure';
  const short = 'La Commission discuterait avec OVHcloud';

  it('keeps the full title when it fits', () => {
    expect(chooseLabel('Lancement de Gaia-X', 'Gaia-X', 500, 11)).toEqual({ text: 'Lancement de Gaia-X', full: true, width: labelWidthOf('Lancement de Gaia-X', 11) });
  });

  it('takes the short title when the full one is too wide, and never cuts with "…"', () => {
    const chosen = chooseLabel(long, short, 250, 11);
    expect(chosen).toMatchObject({ text: short, full: false });
    expect(chosen.width).toBeLessThanOrEqual(250);
    expect(chooseLabel(long, undefined, 250, 11)).toMatchObject({ text: long, full: true });
  });
});

describe('wrapLines and fitLines', () => {
  it('breaks at spaces, never inside a word, each line within the width', () => {
    const lines = wrapLines('Thierry Breton et Octave Klaba missionnés pour promouvoir le cloud français', 120, 14);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Thierry Breton et Octave Klaba missionnés pour promouvoir le cloud français');
    for (const line of lines) expect(labelWidthOf(line, 14)).toBeLessThanOrEqual(120);
  });

  it('leaves a word longer than the width whole, on a line of its own', () => {
    expect(wrapLines('un anticonstitutionnellement long', 60, 14)).toEqual(['un', 'anticonstitutionnellement', 'long']);
    expect(wrapLines('', 60, 14)).toEqual([]);
  });

  it('gives the full title in as many lines as allowed, else the short one', () => {
    expect(fitLines('Lancement de Gaia-X', 'Gaia-X', 200, 14, 2)).toEqual({ lines: ['Lancement de Gaia-X'], full: true });
    const fitted = fitLines('Henna Virkkunen devient vice-présidente exécutive chargée de la souveraineté technologique', 'Henna Virkkunen devient vice-présidente', 200, 14, 2);
    expect(fitted.full).toBe(false);
    expect(fitted.lines.join(' ')).toBe('Henna Virkkunen devient vice-présidente');
  });
});

describe('packRows', () => {
  it('puts extents that overlap on different rows and reuses a row once it is free', () => {
    const { rows, count } = packRows([{ left: 0, right: 100 }, { left: 50, right: 120 }, { left: 103, right: 200 }, { left: 130, right: 140 }], 3);
    expect(rows).toEqual([0, 1, 0, 1]);
    expect(count).toBe(2);
  });

  it('gives many events of one year as many rows, and one event one row', () => {
    const year = Array.from({ length: 6 }, (_, i) => ({ left: 100 + i, right: 300 + i }));
    expect(packRows(year, 3)).toEqual({ rows: [0, 1, 2, 3, 4, 5], count: 6 });
    expect(packRows([{ left: 0, right: 10 }], 3)).toEqual({ rows: [0], count: 1 });
    expect(packRows([], 3)).toEqual({ rows: [], count: 0 });
  });
});

describe('overlaps', () => {
  it('sees shared area, not shared edges', () => {
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 10, width: 10, height: 10 })).toBe(false);
  });
});
