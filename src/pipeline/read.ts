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
