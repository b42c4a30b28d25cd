// Text set for the link cards: shaped by HarfBuzz (kerning, ligatures: what the font asks
// for), broken into lines where the Unicode line-breaking algorithm allows (UAX #14, the
// `linebreak` package: a no-break space, as French puts before « ? » and inside « », holds
// together what it separates), and filled greedily into a width, as a browser fills a
// left-aligned block.
//
//   text ─► runs (each character in the first face that has it: latin, else latin-ext, …: font.ts)
//        ─► glyphs (HarfBuzz, each with its cluster: the UTF-16 index of its text)
//        ─► lines (break opportunities, greedy fill; a word wider than the line is cut between glyphs)
import * as hb from 'harfbuzzjs';
import LineBreaker from 'linebreak';
import { cardFonts, type CardFont } from './font.ts';
import { sfntFromWoff } from './woff.ts';
import { EMOJI_CHARACTERS } from '../lib/text.ts';

export type Weight = 400 | 700;

export interface TextStyle {
  /** in pixels */
  size: number;
  weight: Weight;
  /** added after every character, in pixels (CSS letter-spacing) */
  letterSpacing?: number;
}

/** One font face ready to shape and draw: `id` tells faces apart in caches. */
export interface Face {
  id: string;
  weight: Weight;
  font: hb.Font;
  upem: number;
  /** above and below the baseline, in font units (hhea: what a browser's line box uses) */
  ascender: number;
  descender: number;
}

export interface PlacedGlyph {
  face: Face;
  glyph: number;
  /** pen position from the line's start and offset from its baseline (up), in pixels */
  x: number;
  y: number;
}

export interface Line {
  /** the line's text: [start, end) of the text set, in UTF-16 units, its trailing spaces included */
  start: number;
  end: number;
  glyphs: PlacedGlyph[];
  /** the advance of the line without its trailing spaces, in pixels */
  width: number;
}

interface Shaped {
  face: Face;
  glyph: number;
  cluster: number;
  advance: number;
  dx: number;
  dy: number;
}

let faces: Map<Weight, Face[]> | undefined;

const ATTACHED = /^[\p{M}\u200c\u200d\ufe00-\ufe0f]$/u;

/** The faces of each weight, in the order a character is looked for in them. */
export function cardFaces(): Map<Weight, Face[]> {
  faces ??= new Map(
    ([400, 700] as const).map((weight) => [
      weight,
      cardFonts()
        .filter((font) => font.weight === weight)
        .map((font) => faceOf(font)),
    ]),
  );
  return faces;
}

function faceOf(font: CardFont): Face {
  const face = new hb.Face(new hb.Blob(sfntFromWoff(font.data, font.file)));
  const shaper = new hb.Font(face);
  const extents = shaper.hExtents();
  return { id: `${font.subset}-${font.weight}`, weight: font.weight, font: shaper, upem: face.upem, ascender: extents.ascender, descender: extents.descender };
}

/**
 * The first face that draws `cluster`: all its characters, or the one character they compose
 * into (« e » and a combining acute: « é »); else the first that has its letter; else the first.
 */
function faceFor(cluster: string, faces: readonly Face[]): Face {
  let chosen = chosenFaces.get(faces);
  if (!chosen) chosenFaces.set(faces, (chosen = new Map()));
  let face = chosen.get(cluster);
  if (!face) chosen.set(cluster, (face = firstFaceFor(cluster, faces)));
  return face;
}

const chosenFaces = new WeakMap<readonly Face[], Map<string, Face>>();

function firstFaceFor(cluster: string, faces: readonly Face[]): Face {
  const has = (face: Face, text: string) => [...text].every((c) => face.font.nominalGlyph(c.codePointAt(0)!) !== undefined);
  const composed = cluster.normalize('NFC');
  const letter = String.fromCodePoint(cluster.codePointAt(0)!);
  return faces.find((f) => has(f, cluster) || ([...composed].length === 1 && has(f, composed))) ?? faces.find((f) => has(f, letter)) ?? faces[0]!;
}

/** A run of emoji, however they are built (lib/text.ts). */
const EMOJI_RUN = new RegExp(`[${EMOJI_CHARACTERS}]+`, 'gu');

/**
 * `text` without the emoji that no face of `weight` draws: in their place the card would show
 * the font's empty box, as if it were broken, where a page shows them (they are decoration, not
 * words). A pictograph a face has (©, ™) stays; so does any letter no face has, which is the
 * text's own. A space the emoji leave doubled is one, and none is left before a comma or a stop.
 */
export function withoutMissingEmoji(text: string, weight: Weight): string {
  const candidates = cardFaces().get(weight)!;
  const drawn = (run: string) => [...run].some((c) => /\p{Extended_Pictographic}/u.test(c) && candidates.some((face) => face.font.nominalGlyph(c.codePointAt(0)!) !== undefined));
  const left = text.replace(EMOJI_RUN, (run) => (drawn(run) ? run : ''));
  // (a space before « , . … ) » is the emoji's, not French typography's, which puts one before ; : ! ? »)
  return left === text ? text : left.replace(/[ \t]{2,}/g, ' ').replace(/ ([,.…)])/g, '$1').trim();
}

/** The line box of a style (CSS): ascent and descent of its first face, in pixels. */
export function metrics(style: TextStyle): { ascent: number; descent: number } {
  const face = cardFaces().get(style.weight)![0]!;
  return { ascent: (face.ascender * style.size) / face.upem, descent: (-face.descender * style.size) / face.upem };
}

/** `text` shaped in `style`: its glyphs in order, each face's run shaped on its own. */
function shape(text: string, style: TextStyle): Shaped[] {
  const candidates = cardFaces().get(style.weight)!;
  const spacing = style.letterSpacing ?? 0;
  const result: Shaped[] = [];
  // runs of the characters one face draws, a cluster (a letter and the marks, joiners or
  // variation selectors after it) never split between two; a character no face has stays with the first (its .notdef)
  const runs: { face: Face; start: number; end: number }[] = [];
  for (let i = 0; i < text.length; ) {
    let end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    while (end < text.length && ATTACHED.test(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    const face = faceFor(text.slice(i, end), candidates);
    const last = runs.at(-1);
    if (last && last.face === face) last.end = end;
    else runs.push({ face, start: i, end });
    i = end;
  }
  for (const run of runs) {
    const buffer = new hb.Buffer();
    buffer.addText(text, run.start, run.end - run.start);
    buffer.guessSegmentProperties();
    // left to right whatever the script: the lines are filled by clusters in the text's order
    // (no face here writes right to left: such letters are missing glyphs anyway)
    buffer.setDirection(hb.Direction.LTR);
    hb.shape(run.face.font, buffer);
    const scale = style.size / run.face.upem;
    for (const g of buffer.getGlyphInfosAndPositions()) {
      result.push({
        face: run.face, glyph: g.codepoint, cluster: g.cluster,
        advance: (g.xAdvance ?? 0) * scale + spacing, dx: (g.xOffset ?? 0) * scale, dy: (g.yOffset ?? 0) * scale,
      });
    }
  }
  return result;
}

const isSpace = (text: string, at: number): boolean => /\s/.test(text[at] ?? '');

/**
 * `text` set in `style` and filled into lines of at most `width` pixels. Lines end where
 * UAX #14 allows (or must: a line feed); a word wider than a whole line is cut between
 * glyphs, so that nothing runs off the card.
 */
export function setText(text: string, style: TextStyle, width: number): Line[] {
  const glyphs = shape(text, style);
  // the break opportunities, as indices into `glyphs` (the first glyph of the next line)
  const breaks: { at: number; required: boolean }[] = [];
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    const at = glyphs.findIndex((g) => g.cluster >= next.position);
    breaks.push({ at: at === -1 ? glyphs.length : at, required: next.required });
  }
  const lines: Line[] = [];
  let start = 0;
  while (start < glyphs.length) {
    // the furthest opportunity whose line fits, or the first one if none does
    let end = -1;
    for (const opportunity of breaks) {
      if (opportunity.at <= start) continue;
      if (end !== -1 && visibleWidth(glyphs, start, opportunity.at, text) > width) break;
      end = opportunity.at;
      if (opportunity.required) break;
    }
    if (end === -1) end = glyphs.length;
    if (visibleWidth(glyphs, start, end, text) > width) end = cutWord(glyphs, start, end, width);
    lines.push(placed(glyphs, start, end, text));
    start = end;
  }
  return lines;
}

/** The advance of glyphs [start, end) without the spaces that end them (they hang, as in CSS). */
function visibleWidth(glyphs: readonly Shaped[], start: number, end: number, text: string): number {
  let last = end;
  while (last > start && isSpace(text, glyphs[last - 1]!.cluster)) last--;
  let sum = 0;
  for (let i = start; i < last; i++) sum += glyphs[i]!.advance;
  return sum;
}

/** The end of the longest run of whole clusters from `start` that fits, one cluster at least. */
function cutWord(glyphs: readonly Shaped[], start: number, end: number, width: number): number {
  let sum = 0;
  let cut = start;
  for (let i = start; i < end; i++) {
    sum += glyphs[i]!.advance;
    const clusterEnds = i + 1 === end || glyphs[i + 1]!.cluster !== glyphs[i]!.cluster;
    if (sum > width && cut > start) break;
    if (clusterEnds) cut = i + 1;
  }
  return Math.max(cut, start + 1);
}

function placed(glyphs: readonly Shaped[], start: number, end: number, text: string): Line {
  const line: PlacedGlyph[] = [];
  let pen = 0;
  for (let i = start; i < end; i++) {
    const g = glyphs[i]!;
    if (!isSpace(text, g.cluster)) line.push({ face: g.face, glyph: g.glyph, x: pen + g.dx, y: g.dy });
    pen += g.advance;
  }
  const first = glyphs[start]!.cluster;
  const last = end < glyphs.length ? glyphs[end]!.cluster : text.length;
  return { start: first, end: last, glyphs: line, width: visibleWidth(glyphs, start, end, text) };
}
