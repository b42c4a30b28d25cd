// Disk → seeds: the ONLY module that reads seeds/. Every entry of the folder is accounted
// for: a text file (`.txt`, in any case) is an article; anything else is set aside with the
// reason, for the report; a folder named like an article is an error. Files are taken in
// name order so that every run sees them in the same order.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from '../lib/errors.ts';

export interface SeedFile {
  /** the seed's name without its extension: the article id used by evidence and sources.yaml */
  name: string;
  /** path relative to the project root, for messages: `seeds/003_x.txt` */
  path: string;
  bytes: Uint8Array;
}

/** What the build did not take from seeds/, and why. */
export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface SeedFolder {
  seeds: SeedFile[];
  skipped: SkippedEntry[];
  problems: Problem[];
}

const ARTICLE = /\.txt$/i;

export function readSeeds(root: string, dir = 'seeds'): SeedFolder {
  const folder = join(root, dir);
  const result: SeedFolder = { seeds: [], skipped: [], problems: [] };
  if (!existsSync(folder)) return result;
  for (const entry of readdirSync(folder).sort()) {
    const path = `${dir}/${entry}`;
    const stat = statSync(join(folder, entry));
    if (stat.isDirectory()) {
      if (ARTICLE.test(entry)) result.problems.push(problem(path, undefined, 'this is a folder, not a text file: an article is a .txt file directly in seeds/; rename the folder or move its texts up'));
      else result.skipped.push({ path: `${path}/`, reason: 'a folder: articles go directly in seeds/, as .txt files (texts inside folders are not read)' });
    } else if (entry.startsWith('.')) {
      result.skipped.push({ path, reason: 'a hidden file (a system or editor file, not an article)' });
    } else if (!ARTICLE.test(entry)) {
      result.skipped.push({ path, reason: 'not a .txt file: save the article as plain text, with a name ending in .txt' });
    } else if (!stat.isFile()) {
      result.skipped.push({ path, reason: 'not a regular file' });
    } else {
      result.seeds.push({ name: entry.replace(ARTICLE, ''), path, bytes: new Uint8Array(readFileSync(join(folder, entry))) });
    }
  }
  return result;
}

/** One seed by its path from the project root (`seeds/x.txt`), for `--explain`. */
export function readSeed(root: string, path: string): SeedFile | undefined {
  const file = join(root, path);
  if (!existsSync(file) || !ARTICLE.test(path) || !statSync(file).isFile()) return undefined;
  const name = path.split('/').pop()!.replace(ARTICLE, '');
  return { name, path, bytes: new Uint8Array(readFileSync(file)) };
}
