// Each seed's conversion (./convert.ts), kept between builds: adding one article to a site of a
// thousand converted the thousand again. An entry is found by a key, the SHA-256 of everything
// the conversion is a function of:
//   - the seed: its file name, its path and its bytes;
//   - what it reads of content/: its own content/sources.yaml entry, and the forms of every
//     glossary term and actor name (content/glossary.yaml, content/actors.yaml);
//   - the code that converts: every source file of the module graph of ./convert.ts (and of
//     this file, which writes the entries), found by reading their imports at run time, the
//     version of each package they import, and Node's own versions (its regular expressions'
//     Unicode tables, its case mapping): src/lib/code-version.ts;
// so any change to any of them gives another key, and nothing is ever invalidated by hand.
// The folder is node_modules/.cache/cloud-souverain/conversion/ under the project (outside
// dist/ and outside git, where tools keep their caches); deleting it costs only time.
// The folder is src/lib/file-cache.ts's: an entry cut short or damaged is ignored and the text
// converted again, a folder that cannot be written warns once and the build goes on without
// it, and after a successful run the entries it did not use are removed, so the folder holds
// the current seeds' only.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Conversion, ConversionInputs, MatchForms } from './convert.ts';
import type { SeedFile } from './read.ts';
import { sourceGraph, type SourceGraph } from '../lib/code-version.ts';
import { folderCache } from '../lib/file-cache.ts';

/** Bumped only if the entries' layout changes in a way the code hash would not show. */
const FORMAT = 'cloud-souverain conversion cache 1';

/** The folder of a project's conversion cache. */
export const conversionCacheDir = (root: string): string => join(root, 'node_modules', '.cache', 'cloud-souverain', 'conversion');

export interface ConversionCache {
  /** the folder, for messages */
  dir: string;
  get(key: string): Conversion | undefined;
  put(key: string, conversion: Conversion): void;
  /** after a successful run: remove the entries that no seed used */
  keepOnly(keys: ReadonlySet<string>): void;
}

// ── the key ──────────────────────────────────────────────────────────────────

const formsHash = new WeakMap<MatchForms, string>();

/** The key of the conversion of `seed` with `inputs`, by the code of version `code`. */
export function conversionKey(seed: SeedFile, inputs: ConversionInputs, code: string): string {
  let forms = formsHash.get(inputs.forms);
  if (forms === undefined) {
    forms = createHash('sha256').update(JSON.stringify(inputs.forms)).digest('hex');
    formsHash.set(inputs.forms, forms);
  }
  return createHash('sha256')
    .update(`${FORMAT}\0${code}\0${forms}\0`)
    .update(`${JSON.stringify(seed.name)}\0${JSON.stringify(seed.path)}\0${JSON.stringify(inputs.source ?? null)}\0`)
    .update(seed.bytes)
    .digest('hex');
}

// ── the code version ─────────────────────────────────────────────────────────

let pipelineVersion: SourceGraph | undefined;

/** The version of the conversion's code (src/lib/code-version.ts), computed once per process. */
export function conversionCodeVersion(): SourceGraph {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  pipelineVersion ??= sourceGraph(root, [fileURLToPath(new URL('./convert.ts', import.meta.url)), fileURLToPath(import.meta.url)]);
  return pipelineVersion;
}

// ── the folder ───────────────────────────────────────────────────────────────

/** A cache of conversions in `dir` (src/lib/file-cache.ts), V8-serialised; `warn` is told once if it cannot be written. */
export function folderConversionCache(dir: string, warn: (message: string) => void): ConversionCache {
  const files = folderCache(dir, 'CSCONV01', warn, 'conversion cache');
  return {
    dir,
    get(key) {
      const payload = files.get(key);
      if (!payload) return undefined;
      try {
        return deserialize(payload) as Conversion;
      } catch {
        return undefined;
      }
    },
    put(key, conversion) {
      files.put(key, serialize(conversion));
    },
    keepOnly: (keys) => files.keepOnly(keys),
  };
}
