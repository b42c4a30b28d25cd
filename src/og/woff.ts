// A WOFF 1.0 font turned back into the OpenType (sfnt) file it wraps, which HarfBuzz reads:
// the font package ships WOFF and WOFF2 only, and WOFF is each table of the sfnt deflated on
// its own (W3C, "WOFF File Format 1.0", sections 3 to 5). Checked as it is read: a truncated or
// foreign file is an error that names it, not a font that draws nothing.
//
//   WOFF = header (44 bytes) · table directory (20 bytes a table) · tables (zlib, or stored when no smaller)
//   sfnt = offset table (12 bytes) · table records (16 bytes a table) · tables, each padded to 4 bytes
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

export function sfntFromWoff(woff: Uint8Array, file: string): Uint8Array {
  const bytes = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  const fail = (why: string): never => {
    throw new Error(`${file}: not a WOFF font that can be read: ${why}`);
  };
  if (bytes.length < 44 || bytes.readUInt32BE(0) !== WOFF_SIGNATURE) fail('no "wOFF" signature');
  const flavor = bytes.readUInt32BE(4);
  const count = bytes.readUInt16BE(12);
  if (count === 0 || bytes.length < 44 + 20 * count) fail(`its directory of ${count} tables is cut short`);
  let at = 12 + 16 * count;
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + 20 * i;
    const [tag, offset, compressed, original, checksum] = [0, 4, 8, 12, 16].map((field) => bytes.readUInt32BE(entry + field)) as [number, number, number, number, number];
    if (offset + compressed > bytes.length || compressed > original) fail(`table ${i + 1} lies outside the file`);
    const stored = bytes.subarray(offset, offset + compressed);
    const data = compressed < original ? inflateSync(stored) : stored;
    if (data.length !== original) fail(`table ${i + 1} inflates to ${data.length} bytes instead of ${original}`);
    const table = { tag, checksum, data, at };
    at += (data.length + 3) & ~3;
    return table;
  });
  const sfnt = Buffer.alloc(at);
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(count, 4);
  // searchRange, entrySelector and rangeShift: the binary-search hints of the table records
  const power = 2 ** Math.floor(Math.log2(count));
  sfnt.writeUInt16BE(power * 16, 6);
  sfnt.writeUInt16BE(Math.log2(power), 8);
  sfnt.writeUInt16BE(count * 16 - power * 16, 10);
  tables.forEach((table, i) => {
    const record = 12 + 16 * i;
    sfnt.writeUInt32BE(table.tag, record);
    sfnt.writeUInt32BE(table.checksum, record + 4);
    sfnt.writeUInt32BE(table.at, record + 8);
    sfnt.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(sfnt, table.at);
  });
  return new Uint8Array(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
}
