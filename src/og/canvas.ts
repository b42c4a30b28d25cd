// The link card's pixels, drawn straight into the rows of a palette PNG. A card is flat
// colours: its background and three inks, each over the background at some coverage. So a
// pixel is one byte: 0 for the background, else the ink and its coverage in LEVELS steps, and
// the palette holds every blend. Text is drawn glyph by glyph from masks (coverage, 0-255)
// that resvg rasterises once per glyph, size and quarter-pixel position, then reuses: a card
// costs a few hundred small copies instead of a whole-page rasterisation.
//
//   glyph ─(HarfBuzz outline → SVG path → resvg, once)─► mask ─(blit: coverage added per ink)─► rows ─► png.ts
import { Resvg } from '@resvg/resvg-js';
import type { Face, Line } from './typeset.ts';

/** Coverage steps per ink: 3 inks × 85 levels + the background = the 256 colours of a palette. */
export const LEVELS = 85;
/** Horizontal positions a glyph is rasterised at, per pixel: pen positions are rounded to a quarter. */
const PHASES = 4;

export interface Mask {
  /** from the pen's pixel and the baseline's row to the mask's top-left pixel */
  left: number;
  top: number;
  width: number;
  height: number;
  /** each pixel's coverage in palette steps, 0 to LEVELS */
  levels: Uint8Array;
}

const masks = new Map<string, Mask | null>();

/** The mask of `glyph` of `face` at `size` pixels, its pen at `phase`/PHASES of a pixel; null when it draws nothing (a space). */
export function glyphMask(face: Face, glyph: number, size: number, phase: number): Mask | null {
  const key = `${face.id}/${glyph}/${size}/${phase}`;
  let mask = masks.get(key);
  if (mask !== undefined) return mask;
  const path = face.font.glyphToPath(glyph);
  const extents = face.font.glyphExtents(glyph);
  mask = null;
  if (path && extents && extents.width !== 0 && extents.height !== 0) {
    const scale = size / face.upem;
    const shift = phase / PHASES;
    // a pixel of margin round the outline's box: anti-aliasing reaches it
    const left = Math.floor(extents.xBearing * scale + shift) - 1;
    const right = Math.ceil((extents.xBearing + extents.width) * scale + shift) + 1;
    const top = Math.floor(-extents.yBearing * scale) - 1;
    const bottom = Math.ceil(-(extents.yBearing + extents.height) * scale) + 1;
    const width = right - left;
    const height = bottom - top;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path fill="#fff" transform="translate(${shift - left} ${-top}) scale(${scale} ${-scale})" d="${path}"/></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const levels = new Uint8Array(width * height);
    for (let i = 0; i < levels.length; i++) levels[i] = Math.round((pixels[i * 4 + 3]! * LEVELS) / 255);
    mask = { left, top, width, height, levels };
  }
  masks.set(key, mask);
  return mask;
}

/** A colour as [r, g, b] from `#rrggbb`. */
export function rgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

export class Canvas {
  readonly width: number;
  readonly height: number;
  /** PNG rows: each a filter byte (0: none) and a palette index per pixel */
  readonly rows: Buffer;
  private readonly inks: [number, number, number][] = [];
  private readonly background: [number, number, number];

  constructor(width: number, height: number, background: string) {
    this.width = width;
    this.height = height;
    this.background = rgb(background);
    this.rows = Buffer.alloc((width + 1) * height);
  }

  /** An ink to draw with (at most three a canvas: the palette's 256 colours). */
  ink(colour: string): number {
    if (this.inks.length === 3) throw new Error('a card has three inks at most');
    this.inks.push(rgb(colour));
    return this.inks.length;
  }

  /** The palette: the background, then each ink's blends over it, from lightest coverage to full. */
  palette(): Buffer {
    const colours = Buffer.alloc(3 * (1 + LEVELS * this.inks.length));
    colours.set(this.background, 0);
    this.inks.forEach((ink, i) => {
      for (let level = 1; level <= LEVELS; level++) {
        const at = 3 * (1 + i * LEVELS + level - 1);
        for (let c = 0; c < 3; c++) colours[at + c] = Math.round(this.background[c]! + ((ink[c]! - this.background[c]!) * level) / LEVELS);
      }
    });
    return colours;
  }

  /** `levels` (0 to LEVELS, row after row, `width` a row) of `ink` added from pixel (x, y); what falls outside the canvas is left out. */
  private add(x: number, y: number, width: number, levels: Uint8Array, ink: number): void {
    const base = 1 + (ink - 1) * LEVELS;
    const stride = this.width + 1;
    const height = levels.length / width;
    const [fromX, toX] = [Math.max(0, -x), Math.min(width, this.width - x)];
    const [fromY, toY] = [Math.max(0, -y), Math.min(height, this.height - y)];
    for (let my = fromY; my < toY; my++) {
      const row = (y + my) * stride + 1 + x;
      const offset = my * width;
      for (let mx = fromX; mx < toX; mx++) {
        const level = levels[offset + mx]!;
        if (level === 0) continue;
        const old = this.rows[row + mx]!;
        // the same ink adds up (glyphs that touch); another ink is painted over
        const sum = (old >= base && old < base + LEVELS ? old - base + 1 : 0) + level;
        this.rows[row + mx] = base - 1 + (sum > LEVELS ? LEVELS : sum);
      }
    }
  }

  /** A rectangle of whole pixels, fully covered. */
  fill(x: number, y: number, width: number, height: number, ink: number): void {
    const [left, top] = [Math.round(x), Math.round(y)];
    const [columns, rows] = [Math.round(x + width) - left, Math.round(y + height) - top];
    if (columns > 0 && rows > 0) this.add(left, top, columns, new Uint8Array(columns * rows).fill(LEVELS), ink);
  }

  /** A line of text, its start at `x` and its baseline at `baseline` (rounded to a row). */
  text(line: Line, x: number, baseline: number, size: number, ink: number): void {
    const row = Math.round(baseline);
    for (const glyph of line.glyphs) {
      const quarters = Math.round((x + glyph.x) * PHASES);
      const mask = glyphMask(glyph.face, glyph.glyph, size, ((quarters % PHASES) + PHASES) % PHASES);
      if (mask) this.add(Math.floor(quarters / PHASES) + mask.left, row - Math.round(glyph.y) + mask.top, mask.width, mask.levels, ink);
    }
  }
}
