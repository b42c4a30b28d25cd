// The label widths the layouts count with come from the UI font itself: the generated table
// must match the font files the site serves (scripts/ui-font-metrics.ts rewrites it).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { create } from 'fontkitten';
import { UI_FONT_ADVANCES, UI_FONT_UNITS_PER_EM } from '../../../src/charts/ui-font-metrics.ts';
import { FRENCH_GLYPHS } from '../../../src/styles/fonts.ts';
import { UI_WEIGHTS } from '../../../src/charts/ui-weights.ts';

describe('ui-font-metrics', () => {
  it('has the advance width of every character the site’s fonts carry: the wider of Source Sans 3’s cuts the figures use', () => {
    const faces = UI_WEIGHTS.map((weight) => {
      const file = resolve(import.meta.dirname, `../../../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`);
      return create(readFileSync(file)) as unknown as {
        unitsPerEm: number;
        glyphForCodePoint(code: number): { id: number };
        hmtx: { metrics: { get(id: number): { advance: number } | undefined } };
        hhea: { numberOfMetrics: number };
      };
    });
    expect(UI_FONT_UNITS_PER_EM).toBe(faces[0]!.unitsPerEm);
    for (const char of FRENCH_GLYPHS) {
      const advances = faces.map((font) => {
        const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
        return glyph.id === 0 ? undefined : font.hmtx.metrics.get(Math.min(glyph.id, font.hhea.numberOfMetrics - 1))!.advance;
      });
      if (advances.every((a) => a === undefined)) continue;
      expect(UI_FONT_ADVANCES[char.codePointAt(0)!], `U+${char.codePointAt(0)!.toString(16)}`).toBe(Math.max(...advances.map((a) => a ?? 0)));
    }
  });
});
