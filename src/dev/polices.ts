// /polices/<file>.woff2 under `npm run dev` only (astro.config.mjs injects this route there):
// a build makes these files outside Astro (scripts/build-files.ts); the dev server serves the
// same bytes, from the same function and the same cache.
import type { APIRoute, GetStaticPaths } from 'astro';
import { FONT_FILES, type FontFile } from '../styles/fonts.ts';
import { fontCacheDir, fontFile, folderFontCache } from '../styles/font-files.ts';

export const getStaticPaths = (() => FONT_FILES.map((font) => ({ params: { file: font.file }, props: { font } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { bytes } = await fontFile((props as { font: FontFile }).font, { cache: folderFontCache(fontCacheDir()) });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'font/woff2' } });
};
