// The font the link-card images are drawn with: Source Sans 3 from the @fontsource
// package, read from disk (satori takes TTF/OTF/WOFF, not WOFF2; no network at build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

// The build runs from the project root; bundled endpoints cannot rely on import.meta.url.
const fontDir = join(process.cwd(), 'node_modules/@fontsource/source-sans-3/files');

let cached: CardFont[] | undefined;

export function cardFonts(): CardFont[] {
  cached ??= ([400, 700] as const).map((weight) => {
    const file = join(fontDir, `source-sans-3-latin-${weight}-normal.woff`);
    try {
      return { name: 'Source Sans 3', data: readFileSync(file), weight, style: 'normal' as const };
    } catch {
      throw new Error(`${file}: font for the Open Graph images is missing; run \`npm install\``);
    }
  });
  return cached;
}
