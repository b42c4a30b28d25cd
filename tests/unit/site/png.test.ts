// The PNG encoder of the link cards: a file any decoder reads (signature, chunks with their
// CRCs, IHDR, a palette when there are at most 256 colours, one IDAT, IEND), whose rows
// inflate back to exactly the pixels given.
import { crc32, inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { encodePng } from '../../../src/og/png.ts';
import { isWholePng } from '../../../src/og/card-cache.ts';
import { Resvg } from '@resvg/resvg-js';
import { cardSvg } from '../../../src/og/card.ts';

/** A small PNG reader for what encodePng writes: chunks checked, rows unfiltered (filter 0
 *  only), palette indices looked up (PLTE, and tRNS for the entries it lists). */
function decode(png: Uint8Array): { width: number; height: number; pixels: Buffer; chunks: string[]; colourType: number } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: string[] = [];
  let at = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  let palette = Buffer.alloc(0);
  let alphas = Buffer.alloc(0);
  const data: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    expect(bytes.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)));
    chunks.push(type);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colourType = body[9]!;
      expect([6, 3]).toContain(colourType);
      expect([body[8], ...body.subarray(10)]).toEqual([8, 0, 0, 0]);
    }
    if (type === 'PLTE') palette = Buffer.from(body);
    if (type === 'tRNS') alphas = Buffer.from(body);
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const bytesPerPixel = colourType === 3 ? 1 : 4;
  const stride = width * bytesPerPixel;
  expect(rows.length).toBe((stride + 1) * height);
  const pixels = Buffer.alloc(width * 4 * height);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (stride + 1)], `filter of row ${y}`).toBe(0);
    const row = rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    if (colourType === 6) row.copy(pixels, y * stride);
    else {
      expect(palette.length % 3).toBe(0);
      expect(palette.length / 3).toBeLessThanOrEqual(256);
      expect(alphas.length).toBeLessThanOrEqual(palette.length / 3);
      row.forEach((index, x) => {
        expect(index, `index at ${x},${y}`).toBeLessThan(palette.length / 3);
        const out = (y * width + x) * 4;
        palette.copy(pixels, out, index * 3, index * 3 + 3);
        pixels[out + 3] = index < alphas.length ? alphas[index]! : 255;
      });
    }
  }
  return { width, height, pixels, chunks, colourType };
}

test('a few pixels, every channel value, come back as they went in (a palette, with their alphas)', async () => {
  const width = 7;
  const height = 3;
  const rgba = new Uint8Array(width * height * 4).map((_, i) => (i * 37) % 256);
  const png = await encodePng(rgba, width, height);
  const read = decode(png);
  expect(read.colourType).toBe(3);
  expect(read.chunks).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
  expect([read.width, read.height]).toEqual([width, height]);
  expect(read.pixels.equals(Buffer.from(rgba))).toBe(true);
  expect(isWholePng(png)).toBe(true);
});

test('an opaque image of few colours has a palette and no tRNS; one of more than 256 colours is RGBA', async () => {
  const opaque = new Uint8Array(4 * 4 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 11) % 7));
  const read = decode(await encodePng(opaque, 4, 4));
  expect(read.chunks).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  expect(read.pixels.equals(Buffer.from(opaque))).toBe(true);
  // 257 colours: one more than a palette holds
  const many = new Uint8Array(257 * 4);
  for (let i = 0; i < 257; i++) many.set([i % 256, Math.floor(i / 256), 0, 255], i * 4);
  const wide = decode(await encodePng(many, 257, 1));
  expect(wide.colourType).toBe(6);
  expect(wide.chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
  expect(wide.pixels.equals(Buffer.from(many))).toBe(true);
  // exactly 256 still fits
  const fits = decode(await encodePng(many.subarray(0, 256 * 4), 256, 1));
  expect(fits.colourType).toBe(3);
  expect(fits.pixels.equals(Buffer.from(many.subarray(0, 256 * 4)))).toBe(true);
});

test('a pixel buffer that is a view into a larger one is read at its own offset, aligned to a word or not', async () => {
  const backing = new Uint8Array(100).map((_, i) => i);
  for (const offset of [20, 21, 22, 23]) {
    const view = backing.subarray(offset, offset + 2 * 2 * 4);
    expect(decode(await encodePng(view, 2, 2)).pixels.equals(Buffer.from(view)), `offset ${offset}`).toBe(true);
  }
});

test('a real card: resvg\'s pixels, encoded, decode to the same pixels', async () => {
  const svg = await cardSvg({ kind: 'Article', title: 'Gaia-X, l’infrastructure de données européenne', detail: '4 juin 2020' });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render();
  const read = decode(await encodePng(image.pixels, image.width, image.height));
  expect([read.width, read.height]).toEqual([1200, 630]);
  expect(read.colourType).toBe(3);
  expect(read.pixels.equals(Buffer.from(image.pixels))).toBe(true);
});

test('pixels that do not make the size given are refused, with the sizes', async () => {
  await expect(encodePng(new Uint8Array(15), 2, 2)).rejects.toThrow('15 bytes are not 2 × 2 RGBA pixels');
  await expect(encodePng(new Uint8Array(0), 0, 0)).rejects.toThrow(/not 0 × 0/);
});
