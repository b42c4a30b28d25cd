// Each seed's conversion (./convert.ts), kept between builds: adding one article to a site of a
// thousand converted the thousand again. An entry is found by a key, the SHA-256 of everything
// the conversion is a function of:
//   - the seed: its file name, its path and its bytes;
//   - what it reads of content/: its own content/sources.yaml entry, and the forms of every
//     glossary term and actor name (content/glossary.yaml, content/actors.yaml);
//   - the code that converts: every source file of the module graph of ./convert.ts (and of
//     this file, which writes the entries), found by reading their imports at run time, the
//     version of each package they import, and Node's own versions (its regular expressions'
//     Unicode tables, its case mapping);
// so any change to any of them gives another key, and nothing is ever invalidated by hand.
// The folder is node_modules/.cache/cloud-souverain/conversion/ under the project (outside
// dist/ and outside git, where tools keep their caches); deleting it costs only time.
// An entry is written to a temporary name, then renamed; it starts with its own SHA-256, and
// one that does not match it (cut short, damaged) is ignored and converted again. A cache that
// cannot be written warns once, and the build goes on without it. After a successful run the
// entries it did not use are removed, so the folder holds the current seeds' only.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Conversion, ConversionInputs, MatchForms } from './convert.ts';
import type { SeedFile } from './read.ts';

/** Bumped only if the entries' layout changes in a way the code hash would not show. */
const FORMAT = 'cloud-souverain conversion cache 1';
const MAGIC = Buffer.from('CSCONV01');
const HASH_BYTES = 32;
const ENTRY = /^[0-9a-f]{64}\.bin$/;

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

/** `import … from '…'`, `import '…'`, `export … from '…'` at the start of a line. */
const STATIC_IMPORT = /^[ \t]*(?:import|export)\s+(?:[^;'"]*?\bfrom\s*)?['"]([^'"\n]+)['"]/gm;
/** `import('…')`; an `import(` with anything else in it is a graph nobody can read ahead. */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(?:(['"])([^'"\n]+)\1\s*\))?/g;

export interface CodeVersion {
  /** the SHA-256 of the module graph's sources, the packages' versions and Node's */
  hash: string;
  /** the source files read, relative to `base` (the first entry's folder by default) */
  files: string[];
  /** a module imports something that cannot be known before it runs (`import(name)`) */
  unknowable?: string;
}

/**
 * The version of the code reachable from `entries` (file URLs or paths): every local source
 * file of their module graph, by content, each package they import, by name and version, and
 * Node's versions. Computed from the files as they are on disk now.
 */
export function codeVersion(entries: string[], base?: string): CodeVersion {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node} v8 ${process.versions.v8} icu ${process.versions.icu ?? '-'} unicode ${process.versions.unicode ?? '-'}\0`);
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((entry) => (entry.startsWith('file:') ? fileURLToPath(entry) : resolve(entry)));
  // paths relative to the first entry's folder: the same code elsewhere on disk has the same version
  const root = base ?? dirname(queue[0] ?? '.');
  let unknowable: string | undefined;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      hash.update(`missing ${relative(root, file)}\0`);
      continue;
    }
    hash.update(`file ${relative(root, file)} ${source.length}\0`).update(source).update('\0');
    const specifiers = [...source.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
    for (const m of withoutComments(source).matchAll(DYNAMIC_IMPORT)) {
      if (m[2] === undefined) unknowable ??= relative(root, file);
      else specifiers.push(m[2]);
    }
    for (const specifier of specifiers) {
      if (specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.') || specifier.startsWith('/')) queue.push(resolve(dirname(file), specifier));
      else packages.add(`${packageName(specifier)}@${packageVersion(packageName(specifier), dirname(file))}`);
    }
  }
  for (const name of [...packages].sort()) hash.update(`package ${name}\0`);
  const files = [...seen].map((file) => relative(root, file)).sort();
  return { hash: hash.digest('hex'), files, ...(unknowable ? { unknowable } : {}) };
}

/** The source without its comments, roughly (a comment marker inside a string or a regular expression cuts more). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The version in the package's package.json, looked up as Node would: node_modules up from `from`. */
function packageVersion(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      try {
        return String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version ?? 'unversioned');
      } catch {
        return 'unreadable';
      }
    }
    if (dirname(dir) === dir) return 'missing';
  }
}

let pipelineVersion: CodeVersion | undefined;

/** The version of the conversion's code, as this process loaded it (computed once per process). */
export function conversionCodeVersion(): CodeVersion {
  pipelineVersion ??= codeVersion([new URL('./convert.ts', import.meta.url).href, import.meta.url]);
  return pipelineVersion;
}

// ── the folder ───────────────────────────────────────────────────────────────

/** A cache of conversions in `dir`, one file per key; `warn` is told once if it cannot be written. */
export function folderConversionCache(dir: string, warn: (message: string) => void): ConversionCache {
  let made = false;
  let broken = false;
  const file = (key: string) => join(dir, `${key}.bin`);
  return {
    dir,
    get(key) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file(key));
      } catch {
        return undefined;
      }
      if (bytes.length <= MAGIC.length + HASH_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
      const payload = bytes.subarray(MAGIC.length + HASH_BYTES);
      if (!createHash('sha256').update(payload).digest().equals(bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES))) return undefined;
      try {
        return deserialize(payload) as Conversion;
      } catch {
        return undefined;
      }
    },
    put(key, conversion) {
      if (broken) return;
      const target = file(key);
      const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        if (!made) {
          mkdirSync(dir, { recursive: true });
          made = true;
        }
        const payload = serialize(conversion);
        writeFileSync(temporary, Buffer.concat([MAGIC, createHash('sha256').update(payload).digest(), payload]));
        renameSync(temporary, target);
      } catch (error) {
        broken = true;
        try {
          rmSync(temporary, { force: true });
        } catch {
          // there is no temporary file where no folder could be made
        }
        warn(`the conversion cache cannot be written in ${dir} (${(error as Error).message}); the build goes on without keeping its conversions`);
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
        // entries of other keys, and the temporary files of a killed run
        if ((ENTRY.test(entry) && keys.has(entry.slice(0, -4))) || !(ENTRY.test(entry) || entry.endsWith('.tmp'))) continue;
        try {
          unlinkSync(join(dir, entry));
        } catch {
          // a file that cannot be removed costs only room
        }
      }
    },
  };
}
