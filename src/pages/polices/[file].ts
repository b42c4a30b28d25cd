// /polices/<file>.woff2: each font of src/styles/fonts.ts, cut down at build time to the glyphs
// French needs (subset-font, HarfBuzz), about a quarter smaller than @fontsource's latin files.
import type { APIRoute, GetStaticPaths } from 'astro';
import subsetFont from 'subset-font';
import { FONT_FILES, FRENCH_GLYPHS, sourceBytes, type FontFile } from '../../styles/fonts.ts';

export const getStaticPaths = (() => FONT_FILES.map((font) => ({ params: { file: font.file }, props: { font } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const font = (props as { font: FontFile }).font;
  const bytes = await subsetFont(sourceBytes(font), FRENCH_GLYPHS, { targetFormat: 'woff2' });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'font/woff2' } });
};
