// Disk → SeedFile[]: the ONLY module that reads seeds/. Files are taken in name order so
// that every run sees them in the same order (stable slugs and output).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedFile {
  /** the seed's name without `.txt`: the article id used by evidence and sources.yaml */
  name: string;
  /** path relative to the project root, for messages: `seeds/003_x.txt` */
  path: string;
  bytes: Uint8Array;
}

/** One seed by its path from the project root (`seeds/x.txt`), for `--explain`. */
export function readSeed(root: string, path: string): SeedFile | undefined {
  const file = join(root, path);
  if (!existsSync(file) || !path.endsWith('.txt')) return undefined;
  const name = path.split('/').pop()!.slice(0, -'.txt'.length);
  return { name, path, bytes: new Uint8Array(readFileSync(file)) };
}

export function readSeeds(root: string, dir = 'seeds'): SeedFile[] {
  const folder = join(root, dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((entry) => entry.endsWith('.txt'))
    .sort()
    .map((entry) => ({
      name: entry.slice(0, -'.txt'.length),
      path: `${dir}/${entry}`,
      bytes: new Uint8Array(readFileSync(join(folder, entry))),
    }));
}
