// A folder of cached results for the build, one file per key: what the link cards and the
// conversion of the seeds keep between builds (under node_modules/.cache/cloud-souverain/,
// where tools keep theirs; deleting it costs only time). The key is the caller's: a hash of
// everything its result is a function of, so an entry is never invalidated by hand.
//
// An entry is `<key>.bin`: a tag naming what kind of entry it is, the SHA-256 of the payload,
// the payload. It is written to a temporary name and renamed, so a killed build leaves a
// whole entry or none; one whose tag or hash does not match (cut short, damaged, of another
// kind) is not used, and the result is made again. A folder that cannot be written warns
// once and the build goes on without it. After a successful build, `keepOnly` removes the
// entries it did not use, and the temporary files of killed builds.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HASH_BYTES = 32;
const ENTRY = /^[0-9a-f]{64}\.bin$/;
const KEY = /^[0-9a-f]{64}$/;

export interface FileCache {
  /** the folder, for messages */
  dir: string;
  /** the payload kept under `key`, if there is a whole one */
  get(key: string): Buffer | undefined;
  /** keeps `payload` under `key`; never throws (a folder that cannot be written warns once) */
  put(key: string, payload: Uint8Array): void;
  /** removes every entry but those of `keys`, and what killed builds left */
  keepOnly(keys: ReadonlySet<string>): void;
}

/**
 * The cache in `dir`. `kind`: eight ASCII characters that tag its entries (another kind of
 * entry in the same folder is never read as this one). `warn` is told once if the folder
 * cannot be written, naming the cache by `label`.
 */
export function folderCache(dir: string, kind: string, warn: (message: string) => void, label = 'cache'): FileCache {
  const tag = Buffer.from(kind, 'latin1');
  if (tag.length !== 8 || !/^[\x21-\x7e]{8}$/.test(kind)) throw new Error(`cache kind "${kind}": must be 8 printable ASCII characters`);
  const file = (key: string) => {
    if (!KEY.test(key)) throw new Error(`cache key "${key}": must be a SHA-256 in hexadecimal`);
    return join(dir, `${key}.bin`);
  };
  let made = false;
  let broken = false;
  return {
    dir,
    get(key) {
      const path = file(key);
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        return undefined;
      }
      if (bytes.length < tag.length + HASH_BYTES || !bytes.subarray(0, tag.length).equals(tag)) return undefined;
      const payload = bytes.subarray(tag.length + HASH_BYTES);
      const hash = createHash('sha256').update(payload).digest();
      return hash.equals(bytes.subarray(tag.length, tag.length + HASH_BYTES)) ? payload : undefined;
    },
    put(key, payload) {
      if (broken) return;
      const target = file(key);
      const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        if (!made) {
          mkdirSync(dir, { recursive: true });
          made = true;
        }
        writeFileSync(temporary, Buffer.concat([tag, createHash('sha256').update(payload).digest(), payload]));
        renameSync(temporary, target);
      } catch (error) {
        broken = true;
        try {
          rmSync(temporary, { force: true });
        } catch {
          // there is no temporary file where no folder could be made
        }
        warn(`the ${label} cannot be written in ${dir} (${(error as Error).message}); the build goes on without keeping its results`);
      }
    },
    keepOnly(keys) {
      if (broken) return;
      let entries: string[];
      try {
        entries = readdirSync(dir);
      } catch {
        return;
      }
      for (const entry of entries) {
        const isEntry = ENTRY.test(entry);
        if ((isEntry && keys.has(entry.slice(0, -4))) || !(isEntry || entry.endsWith('.tmp'))) continue;
        try {
          unlinkSync(join(dir, entry));
        } catch {
          // a file that cannot be removed costs only room
        }
      }
    },
  };
}
