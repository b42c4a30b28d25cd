// The link cards' PNGs, kept between builds: drawing a card costs about 25 ms (laying it
// out, then rasterising it), and a build of many articles makes one per page.
// The key (cardKey in card.ts) is a hash of everything the PNG is made from: what the card
// shows, the code that draws it (its source files and the installed versions of the layout
// engine and the rasteriser) and the font's bytes. Any change of input therefore gives
// another key; nothing is ever invalidated by hand. The folder sits
// outside dist/ (node_modules/.cache/, where tools keep theirs); deleting it costs only time.
// An entry is written to a temporary name and renamed, so a killed build leaves either a
// whole PNG or none, and an entry that is not a whole PNG is ignored and made again.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CardCache {
  get(key: string): Uint8Array | undefined;
  put(key: string, png: Uint8Array): void;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** the IEND chunk every PNG ends with: length 0, type, CRC */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** A whole PNG: its signature first and its end chunk last (a cut file has no end chunk). */
export function isWholePng(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.length > PNG_SIGNATURE.length + PNG_END.length && buffer.subarray(0, 8).equals(PNG_SIGNATURE) && buffer.subarray(-PNG_END.length).equals(PNG_END);
}

/** The cards' folder of a project: node_modules/.cache/cloud-souverain/cartes under `root`. */
export const cardCacheDir = (root = process.cwd()) => join(root, 'node_modules', '.cache', 'cloud-souverain', 'cartes');

/** A cache of PNGs in `dir`, one file per key. */
export function folderCardCache(dir: string): CardCache {
  let made = false;
  return {
    get(key) {
      try {
        const bytes = readFileSync(join(dir, `${key}.png`));
        return isWholePng(bytes) ? new Uint8Array(bytes) : undefined;
      } catch {
        return undefined;
      }
    },
    put(key, png) {
      if (!made) {
        mkdirSync(dir, { recursive: true });
        made = true;
      }
      const file = join(dir, `${key}.png`);
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
    },
  };
}
