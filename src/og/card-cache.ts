// The link cards' PNGs, kept between builds: drawing a card costs about 3 ms (setting its text,
// drawing its glyphs, deflating its rows), and a build of many articles makes one per page, so a
// build after one more article would otherwise draw a thousand for one new.
// The key (cardKey in card.ts) is a hash of everything the PNG is made from: what the card
// shows, the code that draws it (its source files, the installed versions of the shaper, the
// line breaker and the rasteriser, Node's zlib) and the fonts' bytes. Any change of input therefore
// gives another key; nothing is ever invalidated by hand. The folder is src/lib/file-cache.ts's
// (node_modules/.cache/cloud-souverain/cartes/): deleting it costs only time, an entry cut short
// is drawn again, and a card step that succeeded removes the cards no page uses any more.
import { join } from 'node:path';
import { folderCache } from '../lib/file-cache.ts';

export interface CardCache {
  get(key: string): Uint8Array | undefined;
  put(key: string, png: Uint8Array): void;
  /** removes every card but those of `keys` */
  keepOnly(keys: ReadonlySet<string>): void;
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

/** A cache of PNGs in `dir`; `warn` is told once if it cannot be written. */
export function folderCardCache(dir: string, warn: (message: string) => void = (message) => console.warn(`link cards: ${message}`)): CardCache {
  const files = folderCache(dir, 'CSCARD01', warn, 'link cards\' cache');
  return {
    get(key) {
      const payload = files.get(key);
      // what is kept is a PNG, whole, or it is drawn again
      return payload && isWholePng(payload) ? new Uint8Array(payload) : undefined;
    },
    put: (key, png) => files.put(key, png),
    keepOnly: (keys) => files.keepOnly(keys),
  };
}
