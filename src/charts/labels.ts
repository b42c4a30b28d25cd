// Labels of the figures, placed without a browser: which text a mark shows (its full title when
// it fits, else the editor's short title), how a text breaks into lines, and rows so that no
// two labels overlap. Widths are upper bounds (the font's advances, vocabulary.ts), so what fits
// here fits on screen.
import { advanceWidth as textWidth } from './vocabulary.ts';

/** Room left around a measured text: kerning, rounding, a fallback font a little wider. */
export const LABEL_SLACK = 1.06;

export function labelWidthOf(text: string, fontSize: number): number {
  return Math.ceil(textWidth(text, fontSize) * LABEL_SLACK);
}

export interface ChosenLabel {
  text: string;
  /** the full title is shown */
  full: boolean;
  width: number;
}

/**
 * The full title when it is no wider than `room`, else the short title when there is one
 * (whatever its width: the caller gives it the room it needs), else the full title anyway.
 * Never a title cut with "…".
 */
export function chooseLabel(title: string, short: string | undefined, room: number, fontSize: number): ChosenLabel {
  const fullWidth = labelWidthOf(title, fontSize);
  if (fullWidth <= room || !short) return { text: title, full: true, width: fullWidth };
  return { text: short, full: false, width: labelWidthOf(short, fontSize) };
}

/** Greedy word wrap: lines no wider than `width`; a single word wider than it stays whole, alone. */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const tried = line ? `${line} ${word}` : word;
    if (line && labelWidthOf(tried, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

/** The label in at most `maxLines` lines of `width`: the full title if it can, else the short one. */
export function fitLines(title: string, short: string | undefined, width: number, fontSize: number, maxLines: number): { lines: string[]; full: boolean } {
  const lines = wrapLines(title, width, fontSize);
  if (lines.length <= maxLines || !short) return { lines, full: true };
  return { lines: wrapLines(short, width, fontSize), full: false };
}

export interface Extent {
  left: number;
  right: number;
}

/**
 * Interval packing: each extent, in the order given (sort by `left` first), takes the first
 * row where it starts at least `gap` after the row's last extent ends. Returns the row of each
 * and how many rows there are.
 */
export function packRows(extents: readonly Extent[], gap: number): { rows: number[]; count: number } {
  const ends: number[] = [];
  const rows = extents.map((extent) => {
    let row = ends.findIndex((end) => end + gap <= extent.left);
    if (row === -1) row = ends.push(-Infinity) - 1;
    ends[row] = extent.right;
    return row;
  });
  return { rows, count: ends.length };
}

/** Two boxes overlap when they share more than a hair of area (edges may touch). */
export function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
