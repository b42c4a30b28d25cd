// The label widths the layouts count with come from the UI font itself: the generated table
// must match the font file the site serves (scripts/ui-font-metrics.ts rewrites it).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { create } from 'fontkitten';
import { UI_FONT_ADVANCES, UI_FONT_UNITS_PER_EM } from '../../../src/charts/ui-font-metrics.ts';
import { FRENCH_GLYPHS } from '../../../src/styles/fonts.ts';

describe('ui-font-metrics', () => {
  it('has the advance width of every character the site’s fonts carry, as in Source Sans 3 regular', () => {
    const file = resolve(import.meta.dirname, '../../../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff');
    const font = create(readFileSync(file)) as unknown as {
      unitsPerEm: number;
      glyphForCodePoint(code: number): { id: number };
      hmtx: { metrics: { get(id: number): { advance: number } | undefined } };
      hhea: { numberOfMetrics: number };
    };
    expect(UI_FONT_UNITS_PER_EM).toBe(font.unitsPerEm);
    for (const char of FRENCH_GLYPHS) {
      const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
      if (glyph.id === 0) continue;
      const advance = font.hmtx.metrics.get(Math.min(glyph.id, font.hhea.numberOfMetrics - 1))!.advance;
      expect(UI_FONT_ADVANCES[char.codePointAt(0)!], `U+${char.codePointAt(0)!.toString(16)}`).toBe(advance);
    }
  });
});
