// The PNG encoder of the link cards: a file any decoder reads (signature, chunks with their
// CRCs, IHDR, a palette, tRNS when some colours are translucent, one IDAT, IEND), whose rows
// inflate back to exactly the pixels given; and a real card, read back by that decoder.
import { crc32, inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { palettePng } from '../../../src/og/png.ts';
import { isWholePng } from '../../../src/og/card-cache.ts';
import { renderCard } from '../../../src/og/card.ts';

/** A small PNG reader for what palettePng writes: chunks checked, rows unfiltered (filter 0
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
      expect(colourType).toBe(3);
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
      expect(Math.max(...row), `the largest index of row ${y}`).toBeLessThan(palette.length / 3);
      row.forEach((index, x) => {
        const out = (y * width + x) * 4;
        palette.copy(pixels, out, index * 3, index * 3 + 3);
        pixels[out + 3] = index < alphas.length ? alphas[index]! : 255;
      });
    }
  }
  return { width, height, pixels, chunks, colourType };
}

/** Rows of `indices` (width × height, row after row), each after its filter byte 0. */
function rowsOf(indices: number[], width: number): Buffer {
  const height = indices.length / width;
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(indices.slice(y * width, (y + 1) * width), y * (width + 1) + 1);
  return rows;
}

test('every index of a palette of 256, with the alphas of some, comes back as the colour it names', async () => {
  const colours = Buffer.from(Array.from({ length: 256 * 3 }, (_, i) => (i * 37) % 256));
  const alphas = Buffer.from([0, 128, 255, 7]);
  const indices = Array.from({ length: 16 * 16 }, (_, i) => (i * 101) % 256);
  const png = await palettePng(rowsOf(indices, 16), 16, 16, colours, alphas);
  const read = decode(png);
  expect(read.chunks).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
  expect([read.width, read.height]).toEqual([16, 16]);
  indices.forEach((index, i) => {
    expect([...read.pixels.subarray(i * 4, i * 4 + 3)]).toEqual([...colours.subarray(index * 3, index * 3 + 3)]);
    expect(read.pixels[i * 4 + 3]).toBe(index < alphas.length ? alphas[index] : 255);
  });
  expect(isWholePng(png)).toBe(true);
});

test('opaque colours need no tRNS, nor do alphas that are all 255', async () => {
  const colours = Buffer.from([1, 2, 3, 250, 251, 252]);
  for (const alphas of [undefined, Buffer.from([255, 255])]) {
    const read = decode(await palettePng(rowsOf([0, 1, 1, 0], 2), 2, 2, colours, alphas));
    expect(read.chunks).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([...read.pixels]).toEqual([1, 2, 3, 255, 250, 251, 252, 255, 250, 251, 252, 255, 1, 2, 3, 255]);
  }
});

test('a real card decodes to 1200 × 630 pixels of its background, its inks and their blends', async () => {
  const read = decode(await renderCard({ kind: 'Article', title: 'Gaia-X, l’infrastructure de données européenne', detail: '4 juin 2020' }));
  expect([read.width, read.height]).toEqual([1200, 630]);
  const at = (x: number, y: number) => [...read.pixels.subarray((y * 1200 + x) * 4, (y * 1200 + x) * 4 + 4)];
  expect(at(0, 0)).toEqual([0x14, 0x21, 0x3d, 255]); // the background
  expect(at(1199, 629)).toEqual([0x14, 0x21, 0x3d, 255]);
  const colours = new Set<string>();
  for (let i = 0; i < read.pixels.length; i += 4) colours.add(read.pixels.subarray(i, i + 3).toString('hex'));
  for (const ink of ['ffffff', 'c9d3e8', 'f4c95d']) expect(colours.has(ink), ink).toBe(true);
  expect(colours.size).toBeGreaterThan(50); // anti-aliased edges
});

test('rows or a palette that do not make the size given are refused, with the sizes', async () => {
  const colours = Buffer.from([0, 0, 0]);
  await expect(palettePng(Buffer.alloc(5), 2, 2, colours)).rejects.toThrow('5 bytes of rows are not 2 × 2 pixels');
  await expect(palettePng(Buffer.alloc(0), 0, 0, colours)).rejects.toThrow(/not 0 × 0/);
  await expect(palettePng(Buffer.alloc(6), 2, 2, Buffer.alloc(257 * 3))).rejects.toThrow('not 1 to 256 colours');
  await expect(palettePng(Buffer.alloc(6), 2, 2, Buffer.alloc(4))).rejects.toThrow('not 1 to 256 colours');
  await expect(palettePng(Buffer.from([0, 0, 0, 1, 0, 0]), 2, 2, colours)).rejects.toThrow('row 1 does not start with filter byte 0');
});
