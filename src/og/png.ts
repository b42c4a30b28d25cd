// A PNG from raw RGBA pixels, with Node's own zlib. Written here because resvg's encoder
// spent twice as long as the rasterising itself on a link card (about 8.5 ms of a 1200×630
// card), with adaptive filters that do little for a card's flat colours. A card has few
// colours (its background, three inks and their anti-aliased blends: under a hundred), so it
// is written with a palette when it has at most 256: one byte a pixel instead of four, the
// same pixels exactly, half the file (about 21 KB instead of 45) for no more time, since there
// is a quarter as much to deflate. An image of more colours is written as RGBA. Rows have no
// filter; palette rows are deflated with zlib's run-length strategy, RGBA rows at level 3, on
// libuv's threads (zlib.deflate), so the caller goes on.
//
//   PNG = signature · IHDR (size, 8-bit palette or RGBA) · [PLTE · tRNS] · IDAT (deflate of rows, each "filter 0" + pixels) · IEND
import { promisify } from 'node:util';
import { constants, crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** the deflate level of RGBA rows: 3 was as small as resvg's own files and twice as fast as level 6 */
export const PNG_LEVEL = 3;
/** palette rows are long runs of one index: deflate's run-length strategy is faster than level 3 on them (0.6 ms against 0.9 for a card) and smaller (22.0 KB against 22.7) */
const PALETTE_DEFLATE = { strategy: constants.Z_RLE };

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** At most 256 colours: the palette (each colour as the first pixel that has it, in order of first use) and the rows of indices, each after its filter byte 0. */
function indexed(rgba: Uint8Array, width: number, height: number): { palette: number[]; rows: Buffer } | undefined {
  // a word per pixel, signed so that V8 keeps each in a small integer (an unsigned word above
  // 2^31 would be a heap number); a view needs the 4-byte alignment a copy gives
  const words = rgba.byteOffset % 4 === 0 ? new Int32Array(rgba.buffer, rgba.byteOffset, width * height) : new Int32Array(rgba.slice().buffer);
  const indexOf = new Map<number, number>();
  const palette: number[] = [];
  // zeroed: a run of index 0 (the first colour met, a card's background) is left as it is
  const rows = Buffer.alloc((width + 1) * height);
  // run by run: a card is long runs of one colour (its background, the insides of letters)
  // between a few thousand anti-aliased edges, and each run is one lookup and one fill
  for (let y = 0; y < height; y++) {
    let pixel = y * width;
    const end = pixel + width;
    let at = y * (width + 1) + 1; // after the row's filter byte, 0
    while (pixel < end) {
      const colour = words[pixel]!;
      let runEnd = pixel + 1;
      while (runEnd < end && words[runEnd] === colour) runEnd++;
      let index = indexOf.get(colour);
      if (index === undefined) {
        if (palette.length === 256) return undefined;
        index = palette.length;
        palette.push(pixel);
        indexOf.set(colour, index);
      }
      if (index !== 0) rows.fill(index, at, at + runEnd - pixel);
      at += runEnd - pixel;
      pixel = runEnd;
    }
  }
  return { palette, rows };
}

/** `rgba`: width × height pixels, 4 bytes each, row after row (what resvg's `pixels` gives). */
export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const stride = width * 4;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || rgba.length !== stride * height) {
    throw new Error(`PNG: ${rgba.length} bytes are not ${width} × ${height} RGBA pixels`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel, or per palette index
  // compression, filter method and interlace stay 0
  const few = indexed(rgba, width, height);
  if (few) {
    header[9] = 3; // colour type: palette
    const colours = Buffer.alloc(few.palette.length * 3);
    const alphas = Buffer.alloc(few.palette.length);
    // each colour read from its pixel's bytes, whatever the machine's byte order of words
    few.palette.forEach((pixel, i) => {
      colours[i * 3] = rgba[pixel * 4]!;
      colours[i * 3 + 1] = rgba[pixel * 4 + 1]!;
      colours[i * 3 + 2] = rgba[pixel * 4 + 2]!;
      alphas[i] = rgba[pixel * 4 + 3]!;
    });
    // tRNS gives the alpha of the first entries; those after the last translucent one are opaque
    let translucent = alphas.length;
    while (translucent > 0 && alphas[translucent - 1] === 255) translucent--;
    const data = await deflateAsync(few.rows, PALETTE_DEFLATE);
    return new Uint8Array(Buffer.concat([
      SIGNATURE, chunk('IHDR', header), chunk('PLTE', colours),
      ...(translucent > 0 ? [chunk('tRNS', alphas.subarray(0, translucent))] : []),
      chunk('IDAT', data), chunk('IEND', Buffer.alloc(0)),
    ]));
  }
  header[9] = 6; // colour type: RGBA
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const data = await deflateAsync(rows, { level: PNG_LEVEL });
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]));
}
