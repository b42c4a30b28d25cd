// The site's two typefaces, self-hosted from their npm packages (@fontsource) and cut down at
// build time to the glyphs French text needs, with fallbacks whose metrics are adjusted to
// match them, and font-display: optional: the text never waits more than a moment for a font,
// and a font that comes later is kept for the next page instead of moving this one (no layout
// shift); the faces a page's first screen draws on a phone are preloaded, so they are nearly
// always in time. One place: the @font-face rules every page carries (src/styles/generated-css.ts)
// and the font files (src/pages/polices/) are made from the list below.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_WEIGHTS } from '../charts/ui-weights.ts';
import { createFontStack } from '@capsizecss/core';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import sourceSans3 from '@capsizecss/metrics/sourceSans3';
import georgia from '@capsizecss/metrics/georgia';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import notoSerif from '@capsizecss/metrics/notoSerif';
import arial from '@capsizecss/metrics/arial';
import helvetica from '@capsizecss/metrics/helvetica';
import segoeUI from '@capsizecss/metrics/segoeUI';
import roboto from '@capsizecss/metrics/roboto';
import notoSans from '@capsizecss/metrics/notoSans';

/**
 * What French text needs, and the rest of Western European Latin for names (« Müller »,
 * « Núñez »): printable ASCII, Latin-1 (letters, « », NBSP, °), Œ œ Ÿ, and the typographic
 * punctuation of French (’ ‘ “ ” – — … ‹ › € ‰ • − ™, thin and narrow no-break spaces). A
 * character outside it is drawn by the fallback font.
 */
export const FRENCH_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], [0xa0, 0xff], [0x152, 0x153], [0x178, 0x178], [0x2bc, 0x2bc], [0x2009, 0x2009],
  [0x2010, 0x2014], [0x2018, 0x201e], [0x2020, 0x2022], [0x2026, 0x2026], [0x202f, 0x2030],
  [0x2039, 0x203a], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2212, 0x2212],
];

export const FRENCH_GLYPHS = FRENCH_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

/** CSS unicode-range of the same characters. */
export const FRENCH_UNICODE_RANGE = FRENCH_RANGES.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');

export interface FontFile {
  family: 'Source Serif 4' | 'Source Sans 3';
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
  /** the file name under /polices/ */
  file: string;
  /** the @fontsource file it is cut from */
  source: string;
}

const serif = (weight: FontFile['weight'], style: FontFile['style']): FontFile => ({
  family: 'Source Serif 4', weight, style,
  file: `source-serif-4-${weight}-${style}.woff2`,
  source: `@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-${style}.woff2`,
});
const sans = (weight: FontFile['weight']): FontFile => ({
  family: 'Source Sans 3', weight, style: 'normal',
  file: `source-sans-3-${weight}-normal.woff2`,
  source: `@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`,
});

/** Body text in Source Serif 4 (regular, italic, bold); interface and headings in Source Sans 3. */
export const FONT_FILES: FontFile[] = [serif(400, 'normal'), serif(400, 'italic'), serif(700, 'normal'), sans(400), sans(600), sans(700)];

const face = (family: FontFile['family'], weight: FontFile['weight'], style: FontFile['style'] = 'normal'): FontFile =>
  FONT_FILES.find((font) => font.family === family && font.weight === weight && font.style === style)!;

/** The faces every page preloads: those every page's first screen draws on a phone, the
 *  interface's regular and bold (the header, the menus, the title) and the text's regular.
 *  Preloaded, a face is fetched with the page instead of being found at the first layout, so
 *  `optional` has it in time for the first paint. A face no preload names is found at layout:
 *  in time, or drawn in its fallback on that page and taken from the cache on the next. The
 *  fewer the better: every byte preloaded shares the line with the page itself (44 KB for these
 *  three, 98 for all six), and Lighthouse's simulated slow 4G counts them in the first paint. */
export const PRELOADED: FontFile[] = [face('Source Sans 3', 400), face('Source Sans 3', 700), face('Source Serif 4', 400)];

/** The other faces, which a page type preloads too when its first screen draws them. */
export const FIRST_SCREEN_FACES = {
  /** the text's bold: a standfirst, a term's short definition, a table's headers */
  bold: face('Source Serif 4', 700),
  /** the text's italic: a quotation, a cited title */
  italic: face('Source Serif 4', 400, 'italic'),
  /** the interface's semibold: a counter, a list's label */
  semibold: face('Source Sans 3', 600),
} as const;
export type FirstScreenFace = keyof typeof FIRST_SCREEN_FACES;

/** What a page preloads: the faces of every first screen, and those its own first screen adds. */
export function preloadedFaces(faces: readonly FirstScreenFace[] = []): FontFile[] {
  return [...new Set([...PRELOADED, ...faces.map((name) => FIRST_SCREEN_FACES[name])])];
}

/** The font's bytes as @fontsource ships them (latin subset), from this project's packages. */
export function sourceBytes(font: FontFile, root = process.cwd()): Buffer {
  return readFileSync(join(root, 'node_modules', font.source));
}

const serifStack = createFontStack([sourceSerif4, georgia, timesNewRoman, notoSerif]);
const sansStack = createFontStack([sourceSans3, arial, helvetica, segoeUI, roboto, notoSans]);

/** The family of the figures' names (Source Sans 3's files, waited for). */
export const FIGURE_FAMILY = 'Source Sans 3 Figures';

/** The families, web font first, then the metric-matched fallbacks, then the generic family. */
export const FONT_STACKS = { body: `${serifStack.fontFamily}, serif`, ui: `${sansStack.fontFamily}, sans-serif` };

/** The stylesheet: @font-face for each file and each fallback, and the two stacks as custom properties. */
export function fontCss(url: (file: string) => string): string {
  const face = (font: FontFile, family: string, display: 'optional' | 'block') => `@font-face {
  font-family: "${family}";
  src: url("${url(font.file)}") format("woff2");
  font-weight: ${font.weight};
  font-style: ${font.style};
  font-display: ${display};
  unicode-range: ${FRENCH_UNICODE_RANGE};
}`;
  const faces = FONT_FILES.map((font) => face(font, font.family, 'optional'));
  // The figures' names are placed at build time for this face's advance widths: they wait for
  // it (font-display: block, the same files, a family of their own) rather than be drawn a
  // moment in a fallback whose letters are wider and would run into one another.
  const figureFaces = FONT_FILES.filter((font) => font.family === 'Source Sans 3' && (UI_WEIGHTS as readonly number[]).includes(font.weight)).map((font) =>
    face(font, FIGURE_FAMILY, 'block'),
  );
  return [
    '/* Generated by src/styles/fonts.ts at build time. */',
    ...faces,
    ...figureFaces,
    serifStack.fontFaces,
    sansStack.fontFaces,
    // :root:root outranks the system stacks of tokens.css whatever the order of the sheets
    `:root:root {\n  --font-body: ${FONT_STACKS.body};\n  --font-ui: ${FONT_STACKS.ui};\n  --font-figure: "${FIGURE_FAMILY}", ${FONT_STACKS.ui};\n}`,
    '',
  ].join('\n');
}

function hex(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}
