// The fonts the link-card images are drawn with: Source Sans 3 from the @fontsource package,
// read from disk (no network at build), in two weights. Each weight is two files: the latin
// subset (French and the rest of western Europe) and latin-ext (Polish, Czech, Romanian…
// names), where a character the first lacks is looked for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CardFont {
  /** the font's file, for errors */
  file: string;
  subset: 'latin' | 'latin-ext';
  data: Buffer;
  weight: 400 | 700;
}

// The build runs from the project root; bundled endpoints cannot rely on import.meta.url.
const fontDir = join(process.cwd(), 'node_modules/@fontsource/source-sans-3/files');

let cached: CardFont[] | undefined;

/** Every card font, each weight's subsets in the order characters are looked for in them. */
export function cardFonts(): CardFont[] {
  cached ??= ([400, 700] as const).flatMap((weight) =>
    (['latin', 'latin-ext'] as const).map((subset) => {
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
