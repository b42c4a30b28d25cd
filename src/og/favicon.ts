// Favicons rasterised from public/favicon.svg at build time, so the one drawing is the
// only source: PNG at any size, and an .ico that wraps a PNG (valid since Windows Vista;
// what clients that ignore <link rel="icon"> ask for at /favicon.ico).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export function faviconPng(size: number): Uint8Array {
  const svg = readFileSync(join(process.cwd(), 'public/favicon.svg'));
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** ICONDIR (6 bytes) + one ICONDIRENTRY (16 bytes) + the PNG itself. */
export function faviconIco(size: number): Uint8Array {
  const png = faviconPng(size);
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6); // width (0 means 256)
  header.writeUInt8(size >= 256 ? 0 : size, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(22, 18); // image offset
  return new Uint8Array(Buffer.concat([header, png]));
}
