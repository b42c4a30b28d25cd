// The font files the site serves under /polices/: each face of fonts.ts cut down to the glyphs
// French needs (subset-font, HarfBuzz) and compressed as WOFF2, about a quarter smaller than
// @fontsource's latin files. They do not depend on any article, so they are made outside
// Astro, in the build's process beside it (scripts/build-files.ts), and kept between builds:
// HarfBuzz and the WOFF2 compressor are WebAssembly modules whose memory only ever grows, and
// Astro's process, the largest of the build, no longer holds it.
//
// The cache key is a hash of everything a file's bytes are made from: the source font's bytes,
// the glyphs kept, and the code that cuts them (this module's source graph with the installed
// version of subset-font and its WebAssembly builds, and Node's). `npm run dev` serves the same
// files from the same function (src/dev/polices.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { sourceGraph } from '../lib/code-version.ts';
import { folderCache, type FileCache } from '../lib/file-cache.ts';
import { FONT_FILES, FRENCH_GLYPHS, sourceBytes, type FontFile } from './fonts.ts';

/** The folder of the site the files are served from. */
export const FONT_DIR = 'polices';

/** The face cut down to FRENCH_GLYPHS, as WOFF2. */
export async function cutFont(font: FontFile, root = process.cwd()): Promise<Uint8Array> {
  return new Uint8Array(await subsetFont(sourceBytes(font, root), FRENCH_GLYPHS, { targetFormat: 'woff2' }));
}

/** A whole WOFF2 file: its signature, and the length its header gives is its own (a cut file is shorter). */
export function isWholeWoff2(bytes: Uint8Array): boolean {
  if (bytes.length < 48) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(0) === 0x774f4632 /* wOF2 */ && view.getUint32(8) === bytes.length;
}

/** What, beside the source font and the glyphs, decides the bytes: the code that cuts them. */
export function fontCodeVersion(root = process.cwd()): string {
  const graph = sourceGraph(root, ['src/styles/font-files.ts']);
  if (graph.unknowable) throw new Error(`${graph.unknowable}: imports a module chosen at run time, so the fonts' cache cannot know their code`);
  return graph.version;
}

export function fontKey(font: FontFile, source: Uint8Array, codeVersion: string): string {
  return createHash('sha256').update(codeVersion).update('\0').update(FRENCH_GLYPHS).update('\0').update(source).digest('hex');
}

/** The fonts' folder of a project, beside the link cards': node_modules/.cache/cloud-souverain/polices. */
export const fontCacheDir = (root = process.cwd()) => join(root, 'node_modules', '.cache', 'cloud-souverain', 'polices');

export function folderFontCache(dir: string, warn: (message: string) => void = (message) => console.warn(`fonts: ${message}`)): FileCache {
  return folderCache(dir, 'CSFONT01', warn, 'fonts\' cache');
}

export interface FontsWritten {
  files: number;
  /** cut in this run */
  cut: number;
  /** taken from the cache */
  reused: number;
}

/** The face's file: from `cache` when it holds a whole one made from the same inputs, cut (and kept) otherwise. */
export async function fontFile(font: FontFile, options: { root?: string; cache: FileCache | null; codeVersion?: string }): Promise<{ bytes: Uint8Array; key: string; cached: boolean }> {
  const root = options.root ?? process.cwd();
  const key = fontKey(font, sourceBytes(font, root), options.codeVersion ?? fontCodeVersion(root));
  const kept = options.cache?.get(key);
  if (kept && isWholeWoff2(kept)) return { bytes: new Uint8Array(kept), key, cached: true };
  const bytes = await cutFont(font, root);
  options.cache?.put(key, bytes);
  return { bytes, key, cached: false };
}

/** Writes every face of FONT_FILES as `<outDir>/polices/<file>`; then the cache keeps only these. */
export async function writeFontFiles(outDir: string, options: { root?: string; cache: FileCache | null }): Promise<FontsWritten> {
  const root = options.root ?? process.cwd();
  const codeVersion = fontCodeVersion(root);
  const dir = join(outDir, FONT_DIR);
  mkdirSync(dir, { recursive: true });
  const result: FontsWritten = { files: 0, cut: 0, reused: 0 };
  const keys = new Set<string>();
  for (const font of FONT_FILES) {
    const { bytes, key, cached } = await fontFile(font, { root, cache: options.cache, codeVersion });
    writeFileSync(join(dir, font.file), bytes);
    keys.add(key);
    result.files++;
    if (cached) result.reused++;
    else result.cut++;
  }
  options.cache?.keepOnly(keys);
  return result;
}
