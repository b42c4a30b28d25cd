// The link cards' text stages: the WOFF fonts unwrapped for HarfBuzz, text shaped and filled
// into lines (never wider than asked, breaking only where French typography allows), and the
// canvas that glyph masks are added into; and a line of it compared with resvg drawing the same
// text itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { expect, test } from 'vitest';
import { cardFonts } from '../../../src/og/font.ts';
import { sfntFromWoff } from '../../../src/og/woff.ts';
import { cardFaces, setText, withoutMissingEmoji, type Line, type TextStyle } from '../../../src/og/typeset.ts';
import { Canvas, LEVELS, glyphMask } from '../../../src/og/canvas.ts';

const bold: TextStyle = { size: 56, weight: 700 };
const textOf = (text: string, lines: Line[]) => lines.map((line) => text.slice(line.start, line.end));

test('each WOFF font unwraps to an OpenType file whose tables HarfBuzz reads', () => {
  for (const font of cardFonts()) {
    const sfnt = Buffer.from(sfntFromWoff(font.data, font.file));
    expect(sfnt.readUInt32BE(0), font.file).toBe(0x00010000); // TrueType outlines
    const tables = Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => sfnt.toString('latin1', 12 + 16 * i, 16 + 16 * i));
    expect(tables).toEqual(expect.arrayContaining(['cmap', 'glyf', 'hhea', 'hmtx', 'GPOS']));
  }
  const latin = cardFaces().get(700)![0]!;
  expect(latin.upem).toBe(1000);
  expect(latin.font.nominalGlyph('A'.codePointAt(0)!)).toBeGreaterThan(0);
});

test('a file that is not WOFF, or is cut short, is refused with its name', () => {
  const woff = readFileSync(cardFonts()[0]!.file);
  expect(() => sfntFromWoff(new Uint8Array(60), 'x/police.woff')).toThrow('x/police.woff: not a WOFF font that can be read: no "wOFF" signature');
  expect(() => sfntFromWoff(woff.subarray(0, 100), 'x/court.woff')).toThrow(/x\/court\.woff: .*cut short/);
  expect(() => sfntFromWoff(woff.subarray(0, woff.length - 2000), 'x/tronque.woff')).toThrow(/x\/tronque\.woff: .*outside the file/);
});

test('lines are never wider than the width, and together they are the text, at any width', () => {
  const titles = [
    'Contre l’hégémonie américaine, Dassault et OVH vont plancher sur un projet de Cloud européen',
    'Gaia-X : l’Europe veut-elle vraiment un cloud souverain ? « Oui », répond Bruxelles',
    'SecNumCloud, EUCS, Cloud Act : ce qui change pour les données des administrations en 2025',
  ];
  for (const title of titles) {
    for (const width of [1056, 700, 420, 200]) {
      const lines = setText(title, bold, width);
      expect(textOf(title, lines).join(''), `${width} px`).toBe(title);
      for (const line of lines) expect(line.width, `${width} px: ${title.slice(line.start, line.end)}`).toBeLessThanOrEqual(width);
    }
  }
});

test('a line fills as far as the width allows: the next word would not have fitted', () => {
  const title = 'Le cloud souverain européen entre Bruxelles, Paris et Berlin, de 2013 à 2025';
  const lines = setText(title, bold, 600);
  expect(lines.length).toBeGreaterThan(1);
  for (const [i, line] of lines.slice(0, -1).entries()) {
    const next = lines[i + 1]!;
    const nextWord = title.slice(next.start, next.end).split(' ')[0]!;
    const longer = setText(`${title.slice(line.start, line.end)}${nextWord}`, bold, 100_000)[0]!;
    expect(longer.width, `line ${i + 1} and « ${nextWord} »`).toBeGreaterThan(600);
  }
});

test('a no-break space keeps « ? », « : » and the inside of « » with their words; a line feed ends a line', () => {
  const title = 'Faut-il vraiment quitter Azure\u00a0? La Commission tranche\u202f: «\u00a0oui\u00a0»';
  for (const width of [300, 400, 500, 600, 700]) {
    for (const text of textOf(title, setText(title, bold, width))) {
      expect(text, `${width} px`).not.toMatch(/^[?:»]/);
      expect(text.trimEnd(), `${width} px`).not.toMatch(/«$/);
    }
  }
  expect(textOf('Un\ndeux trois', setText('Un\ndeux trois', bold, 1000))).toEqual(['Un\n', 'deux trois']);
});

test('a word wider than the whole line is cut between its letters, each part within the width', () => {
  const word = 'Anticonstitutionnellementeuropéennement';
  const lines = setText(word, bold, 250);
  expect(lines.length).toBeGreaterThan(2);
  expect(textOf(word, lines).join('')).toBe(word);
  for (const line of lines) expect(line.width).toBeLessThanOrEqual(250);
});

test('a letter the latin face lacks is drawn from another subset, not as a missing glyph; a combining accent stays with its letter', () => {
  for (const text of ['Ελλάδα και Κύπρος', 'Россия', 'Việt Nam', 'Ştefan cu virgulă: Ștefan', 'e\u0301te\u0301']) {
    expect(setText(text, bold, 1000).flatMap((line) => line.glyphs).every((g) => g.glyph !== 0), text).toBe(true);
  }
  // a character no subset has is the font's missing glyph, drawn as a box: still one glyph, in the line
  expect(setText('中', bold, 1000)[0]!.glyphs.map((g) => g.glyph)).toEqual([0]);

  const [latin, ext] = cardFaces().get(700)!;
  const lines = setText('Łukasz Ćwikła, Ștefan', bold, 1000);
  const glyphs = lines.flatMap((line) => line.glyphs);
  expect(glyphs.every((g) => g.glyph !== 0)).toBe(true);
  expect(glyphs.filter((g) => g.face === ext).length).toBe(4); // Ł, Ć, ł and Ș
  expect(glyphs.some((g) => g.face === latin)).toBe(true);
});

test('emoji no face draws are left out of a card\'s text, with the space they leave; pictographs the font has, and letters it lacks, stay', () => {
  expect(withoutMissingEmoji('Thread 🧵 sur le cloud souverain', 700)).toBe('Thread sur le cloud souverain');
  expect(withoutMissingEmoji('Un datacenter à Strasbourg. 🎉', 700)).toBe('Un datacenter à Strasbourg.');
  // a sequence built with a joiner, a skin tone and a variation selector goes as one
  expect(withoutMissingEmoji('Bravo 👏🏽, l’équipe 👩‍💻 ! ❤️', 700)).toBe('Bravo, l’équipe !');
  expect(withoutMissingEmoji('© Le Monde 2024 ™', 700)).toBe('© Le Monde 2024 ™');
  expect(withoutMissingEmoji('Le cloud en Chine (中国)', 700)).toBe('Le cloud en Chine (中国)');
  expect(withoutMissingEmoji('OVHcloud et Scaleway', 400)).toBe('OVHcloud et Scaleway');
  // once left out, nothing is drawn as a missing glyph
  const text = withoutMissingEmoji('Thread 🧵 sur le cloud 🇪🇺 souverain 🚀', 700);
  expect(setText(text, bold, 2000).flatMap((line) => line.glyphs).every((g) => g.glyph !== 0)).toBe(true);
});

test('the font\'s kerning is applied: « AV » is narrower than « A » and « V » set apart', () => {
  const width = (text: string) => setText(text, bold, 1000)[0]!.width;
  expect(width('AV')).toBeLessThan(width('A') + width('V'));
});

test('the canvas adds the coverage of one ink, paints another over, and leaves out what falls outside', () => {
  const canvas = new Canvas(4, 2, '#000000');
  const white = canvas.ink('#ffffff');
  const red = canvas.ink('#ff0000');
  canvas.fill(-1, 0, 2, 1, white); // half outside: one pixel drawn
  canvas.fill(0, 0, 1, 1, white); // the same ink again: still full
  canvas.fill(3, 1, 5, 5, red); // mostly outside: one pixel drawn
  const at = (x: number, y: number) => canvas.rows[y * 5 + 1 + x];
  expect(at(0, 0)).toBe(LEVELS); // white, full coverage: its last entry
  expect([at(1, 0), at(2, 0), at(0, 1)]).toEqual([0, 0, 0]);
  expect(at(3, 1)).toBe(2 * LEVELS);
  expect([...canvas.rows.filter((_, i) => i % 5 === 0)]).toEqual([0, 0]); // the filter bytes
  const palette = canvas.palette();
  expect(palette.length).toBe(3 * (1 + 2 * LEVELS));
  expect([...palette.subarray(3 * LEVELS, 3 * LEVELS + 3)]).toEqual([255, 255, 255]);
  expect([...palette.subarray(3 * 2 * LEVELS, 3 * 2 * LEVELS + 3)]).toEqual([255, 0, 0]);
  expect(() => [canvas.ink('#00ff00'), canvas.ink('#0000ff')]).toThrow('three inks at most');
});

test('a glyph\'s mask covers its outline, and a space draws nothing', () => {
  const face = cardFaces().get(700)![0]!;
  const o = glyphMask(face, face.font.nominalGlyph('O'.codePointAt(0)!)!, 80, 0)!;
  // an « O » at 80 px: about 50 px by 60, full in its ring and empty in its middle
  expect(o.width).toBeGreaterThan(40);
  expect(o.height).toBeGreaterThan(50);
  expect(Math.max(...o.levels)).toBe(LEVELS);
  expect(o.levels[Math.floor(o.height / 2) * o.width + Math.floor(o.width / 2)]).toBe(0);
  expect(glyphMask(face, face.font.nominalGlyph(' '.codePointAt(0)!)!, 80, 0)).toBeNull();
});

test('a line drawn glyph by glyph matches resvg drawing the same text with the same font: same places, same coverage', () => {
  const [width, height, x, baseline] = [1100, 100, 20, 70];
  const text = 'Gaia-X, l’infrastructure européenne AVAT';
  const dir = mkdtempSync(join(tmpdir(), 'og-reference-'));
  try {
    const font = cardFonts().find((f) => f.subset === 'latin' && f.weight === 700)!;
    writeFileSync(join(dir, 'font.ttf'), sfntFromWoff(font.data, font.file));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><text x="${x}" y="${baseline}" font-family="Source Sans 3" font-weight="700" font-size="56" fill="#fff">${text}</text></svg>`;
    const reference = new Resvg(svg, { font: { fontFiles: [join(dir, 'font.ttf')], loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' } }).render().pixels;
    const canvas = new Canvas(width, height, '#000000');
    canvas.text(setText(text, bold, 5000)[0]!, x, baseline, 56, canvas.ink('#ffffff'));
    let [inked, difference, far] = [0, 0, 0];
    for (let y = 0; y < height; y++) {
      for (let column = 0; column < width; column++) {
        const ours = (canvas.rows[y * (width + 1) + 1 + column]! * 255) / LEVELS;
        const theirs = reference[(y * width + column) * 4 + 3]!;
        if (ours === 0 && theirs === 0) continue;
        inked++;
        difference += Math.abs(ours - theirs);
        if (Math.abs(ours - theirs) > 64) far++;
      }
    }
    expect(inked).toBeGreaterThan(10_000);
    // measured: 2.5 levels on average, 0.5 % of the pixels further than a quarter apart (edges
    // where a pen rounded to a quarter pixel differs from resvg's exact one); a glyph a pixel
    // off, upside down or at the wrong size is far beyond
    expect(difference / inked).toBeLessThan(6);
    expect(far / inked).toBeLessThan(0.02);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
