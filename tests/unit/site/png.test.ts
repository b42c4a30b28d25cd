// The PNG encoder of the link cards: a file any decoder reads (signature, chunks with their
// CRCs, IHDR, one IDAT, IEND), whose rows inflate back to exactly the pixels given.
import { crc32, inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { encodePng } from '../../../src/og/png.ts';
import { isWholePng } from '../../../src/og/card-cache.ts';
import { Resvg } from '@resvg/resvg-js';
import { cardSvg } from '../../../src/og/card.ts';

/** A small PNG reader for what encodePng writes: chunks checked, rows unfiltered (filter 0 only). */
function decode(png: Uint8Array): { width: number; height: number; pixels: Buffer; chunks: string[] } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: string[] = [];
  let at = 8;
  let width = 0;
  let height = 0;
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
      expect([...body.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  expect(rows.length).toBe((stride + 1) * height);
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (stride + 1)], `filter of row ${y}`).toBe(0);
    rows.copy(pixels, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, pixels, chunks };
}

test('a few pixels, every channel value, come back as they went in', async () => {
  const width = 7;
  const height = 3;
  const rgba = new Uint8Array(width * height * 4).map((_, i) => (i * 37) % 256);
  const png = await encodePng(rgba, width, height);
  const read = decode(png);
  expect(read.chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
  expect([read.width, read.height]).toEqual([width, height]);
  expect(read.pixels.equals(Buffer.from(rgba))).toBe(true);
  expect(isWholePng(png)).toBe(true);
});

test('a pixel buffer that is a view into a larger one is read at its own offset', async () => {
  const backing = new Uint8Array(100).map((_, i) => i);
  const view = backing.subarray(20, 20 + 2 * 2 * 4);
  expect(decode(await encodePng(view, 2, 2)).pixels.equals(Buffer.from(view))).toBe(true);
});

test('a real card: resvg\'s pixels, encoded, decode to the same pixels', async () => {
  const svg = await cardSvg({ kind: 'Article', title: 'Gaia-X, l’infrastructure de données européenne', detail: '4 juin 2020' });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render();
  const read = decode(await encodePng(image.pixels, image.width, image.height));
  expect([read.width, read.height]).toEqual([1200, 630]);
  expect(read.pixels.equals(Buffer.from(image.pixels))).toBe(true);
});

test('pixels that do not make the size given are refused, with the sizes', async () => {
  await expect(encodePng(new Uint8Array(15), 2, 2)).rejects.toThrow('15 bytes are not 2 × 2 RGBA pixels');
  await expect(encodePng(new Uint8Array(0), 0, 0)).rejects.toThrow(/not 0 × 0/);
});
