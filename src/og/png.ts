// A palette PNG from rows of indices, with Node's own zlib. A link card is flat colours (its
// background and three inks over it at some coverage: canvas.ts), so each pixel is one byte,
// an index into at most 256 colours: a quarter of the RGBA bytes to deflate, and half the file
// (about 22 KB a card instead of 45 for resvg's RGBA). Rows have no filter and are deflated with
// zlib's run-length strategy, which suits long runs of one index (faster than level 3 on a card,
// 0.6 ms against 0.9, and smaller, 22.0 KB against 22.7), on libuv's threads (zlib.deflate), so
// the caller goes on.
//
//   PNG = signature · IHDR (size, 8-bit palette) · PLTE · [tRNS] · IDAT (deflate of rows, each "filter 0" + indices) · IEND
import { promisify } from 'node:util';
import { constants, crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PALETTE_DEFLATE = { strategy: constants.Z_RLE };

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** IHDR's 13 bytes: the size, 8 bits per palette index, colour type 3 (palette); compression, filter method and interlace stay 0. */
function ihdr(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 3;
  return header;
}

/**
 * A palette PNG from its rows (each its filter byte 0, then one index a pixel), its colours
 * (3 bytes each, at most 256, every index of the rows among them) and, if some are translucent, their alphas (one byte each, the
 * entries not listed are opaque).
 */
export async function palettePng(rows: Buffer, width: number, height: number, colours: Buffer, alphas?: Buffer): Promise<Uint8Array> {
  const count = colours.length / 3;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || rows.length !== (width + 1) * height) {
    throw new Error(`PNG: ${rows.length} bytes of rows are not ${width} × ${height} pixels after their filter bytes`);
  }
  if (!Number.isInteger(count) || count < 1 || count > 256 || (alphas?.length ?? 0) > count) {
    throw new Error(`PNG: a palette of ${colours.length} bytes (and ${alphas?.length ?? 0} alphas) is not 1 to 256 colours of 3 bytes`);
  }
  // the filter bytes are checked, not every index (a pass over the pixels would cost as much as the deflate)
  for (let y = 0; y < height; y++) if (rows[y * (width + 1)] !== 0) throw new Error(`PNG: row ${y} does not start with filter byte 0`);
  // tRNS gives the alpha of the first entries; those after the last translucent one are opaque
  let translucent = alphas?.length ?? 0;
  while (translucent > 0 && alphas![translucent - 1] === 255) translucent--;
  const data = await deflateAsync(rows, PALETTE_DEFLATE);
  return new Uint8Array(Buffer.concat([
    SIGNATURE, chunk('IHDR', ihdr(width, height)), chunk('PLTE', colours),
    ...(translucent > 0 ? [chunk('tRNS', alphas!.subarray(0, translucent))] : []),
    chunk('IDAT', data), chunk('IEND', Buffer.alloc(0)),
  ]));
}
