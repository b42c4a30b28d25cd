// The font files /polices/ serves, made outside Astro: each face cut down to the glyphs French
// needs, a whole WOFF2; kept in a cache by what decides their bytes, taken from it the next
// time, made again when an entry is cut short or its inputs change.
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cutFont, fontCodeVersion, fontFile, fontKey, folderFontCache, isWholeWoff2, writeFontFiles } from '../../../src/styles/font-files.ts';
import { FONT_FILES, FRENCH_GLYPHS, sourceBytes } from '../../../src/styles/fonts.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'polices-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const font = FONT_FILES[0]!;
const quiet = () => {};

test('a face is cut to a whole WOFF2, smaller than the source, the same bytes each time', async () => {
  const bytes = await cutFont(font);
  expect(isWholeWoff2(bytes)).toBe(true);
  expect(bytes.length).toBeLessThan(sourceBytes(font).length);
  expect(Buffer.from(await cutFont(font)).equals(Buffer.from(bytes))).toBe(true);
  // a file cut short is not whole, nor is another format
  expect(isWholeWoff2(bytes.subarray(0, bytes.length - 1))).toBe(false);
  expect(isWholeWoff2(new Uint8Array(sourceBytes(font)).subarray(0, 8))).toBe(false);
  expect(isWholeWoff2(new TextEncoder().encode('wOFF'.padEnd(64, '\0')))).toBe(false);
});

test('the key changes with the source font, the code, and nothing else gives the same key', () => {
  const source = new Uint8Array(sourceBytes(font));
  const version = fontCodeVersion();
  const key = fontKey(font, source, version);
  expect(key).toMatch(/^[0-9a-f]{64}$/);
  expect(fontKey(font, source, version)).toBe(key);
  expect(fontKey(font, source, `${version}x`)).not.toBe(key);
  const changed = source.slice();
  changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 1;
  expect(fontKey(font, changed, version)).not.toBe(key);
  expect(FRENCH_GLYPHS).toContain('œ');
});

test('a file cut once is taken from the cache, byte for byte; an entry cut short is cut again', async () => {
  const cache = folderFontCache(dir, quiet);
  const made = await fontFile(font, { cache });
  expect(made.cached).toBe(false);
  const again = await fontFile(font, { cache });
  expect(again.cached).toBe(true);
  expect(Buffer.from(again.bytes).equals(Buffer.from(made.bytes))).toBe(true);
  const [entry] = readdirSync(dir).filter((name) => name.endsWith('.bin'));
  truncateSync(join(dir, entry!), 100);
  const remade = await fontFile(font, { cache });
  expect(remade.cached).toBe(false);
  expect(Buffer.from(remade.bytes).equals(Buffer.from(made.bytes))).toBe(true);
});

test('every face is written under polices/, then only their entries stay in the cache', async () => {
  const out = join(dir, 'site');
  const cache = folderFontCache(join(dir, 'cache'), quiet);
  cache.put('0'.repeat(64), new Uint8Array([1, 2, 3]));
  const first = await writeFontFiles(out, { cache });
  expect(first).toEqual({ files: FONT_FILES.length, cut: FONT_FILES.length, reused: 0 });
  expect(readdirSync(join(out, 'polices')).sort()).toEqual(FONT_FILES.map((f) => f.file).sort());
  for (const f of FONT_FILES) expect(isWholeWoff2(readFileSync(join(out, 'polices', f.file))), f.file).toBe(true);
  expect(readdirSync(join(dir, 'cache')).filter((name) => name.endsWith('.bin'))).toHaveLength(FONT_FILES.length);
  const second = await writeFontFiles(join(dir, 'site2'), { cache });
  expect(second).toEqual({ files: FONT_FILES.length, cut: 0, reused: FONT_FILES.length });
  for (const f of FONT_FILES) expect(readFileSync(join(dir, 'site2', 'polices', f.file)).equals(readFileSync(join(out, 'polices', f.file))), f.file).toBe(true);
});
