// The fonts the link-card images are drawn with: Source Sans 3 from the @fontsource package,
// read from disk (no network at build), in two weights. Each weight is every subset the package
// ships: latin first (French and the rest of western Europe), then the others a name may need
// (latin-ext for Polish or Romanian, Vietnamese, Greek, Cyrillic), where a character the ones
// before lack is looked for. A character none has (an emoji, Chinese) is drawn as the font's
// box for a missing glyph, as a browser would without a font for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CardFont {
  /** the font's file, for errors */
  file: string;
  subset: (typeof SUBSETS)[number];
  data: Buffer;
  weight: 400 | 700;
}

// The build runs from the project root; bundled endpoints cannot rely on import.meta.url.
/** in the order characters are looked for in them */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'] as const;

const fontDir = join(process.cwd(), 'node_modules/@fontsource/source-sans-3/files');

let cached: CardFont[] | undefined;

/** Every card font, each weight's subsets in the order characters are looked for in them. */
export function cardFonts(): CardFont[] {
  cached ??= ([400, 700] as const).flatMap((weight) =>
    SUBSETS.map((subset) => {
      const file = join(fontDir, `source-sans-3-${subset}-${weight}-normal.woff`);
      try {
        return { file, subset, data: readFileSync(file), weight };
      } catch {
        throw new Error(`${file}: font for the Open Graph images is missing; run \`npm install\``);
      }
    }),
  );
  return cached;
}
