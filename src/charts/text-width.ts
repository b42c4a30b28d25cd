// How wide a line of the interface font (Source Sans 3) can be, without a browser: the
// advance width of each character the site's fonts carry (src/styles/fonts.ts, FRENCH_RANGES),
// in thousandths of an em, the larger of the regular (400) and semibold (600) cuts, read from
// the @fontsource files. Kerning moves a line of Latin text by a few units at most, so the sum,
// with the small margin the figures add, bounds what the browser draws; a character outside the
// table counts as the widest one. The figures use it to decide if a label fits; the browser tests are the final judge.

/** [first code point, widths of it and the code points after it] */
const table: ReadonlyArray<readonly [number, readonly number[]]> = [
  [0x20, [200, 315, 482, 513, 513, 841, 639, 275, 324, 324, 438, 513, 275, 322, 275, 350, 513, 513, 513, 513, 513, 513, 513, 513, 513, 513, 275, 275, 513, 513, 513, 444, 875, 558, 597, 576, 625, 538, 510, 628, 663, 282, 494, 597, 502, 745, 657, 674, 582, 674, 592, 545, 546, 655, 536, 800, 541, 501, 540, 324, 350, 324, 513, 500, 549, 516, 563, 462, 564, 507, 317, 520, 558, 262, 263, 522, 271, 843, 560, 549, 564, 564, 373, 431, 361, 556, 495, 748, 481, 495, 443, 324, 255, 324, 513]],
  [0xa0, [200, 315, 513, 513, 513, 513, 255, 513, 549, 747, 352, 455, 513, 322, 443, 549, 348, 513, 372, 372, 549, 578, 599, 275, 549, 372, 369, 455, 795, 827, 807, 444, 558, 558, 558, 558, 558, 558, 834, 576, 538, 538, 538, 538, 282, 282, 282, 282, 651, 656, 674, 674, 674, 674, 674, 513, 674, 655, 655, 655, 655, 501, 600, 604, 516, 516, 516, 516, 516, 516, 780, 462, 507, 507, 507, 507, 262, 262, 262, 262, 552, 560, 549, 549, 549, 549, 549, 513, 549, 556, 556, 556, 556, 495, 564, 495]],
  [0x152, [859, 839]],
  [0x178, [672]],
  [0x2bc, [280]],
  [0x2009, [100]],
  [0x2010, [672, 672, 672, 480, 800]],
  [0x2018, [275, 275, 275, 672, 482, 482, 482]],
  [0x2020, [672, 672, 325]],
  [0x2026, [964]],
  [0x202f, [672, 672]],
  [0x2039, [282, 282]],
  [0x20ac, [513]],
  [0x2122, [660]],
  [0x2212, [513]],
];

const advance = new Map<number, number>();
for (const [first, widths] of table) widths.forEach((w, i) => advance.set(first + i, w));
const widest = Math.max(...advance.values());

/** Upper bound of the width of `text` in the UI font at `fontSize` (px or SVG units). */
export function textWidth(text: string, fontSize: number): number {
  let sum = 0;
  for (const char of text) sum += advance.get(char.codePointAt(0)!) ?? widest;
  return (sum * fontSize) / 1000;
}
