// The version of a piece of the build's own code, for the keys of its caches: a hash of the
// source files reachable from an entry module through its imports (relative imports are
// followed; a package import counts by the package's installed version), so that changing
// any of them, or upgrading a package they use, gives another version. Nothing to bump by
// hand. TypeScript's own pre-processor lists the imports (type-only ones and `import('…')`
// too, which only makes the version change more often, never less). Node's own versions count
// as well (its regular expressions' Unicode tables, its case mapping, its zlib). A module
// that imports a name computed at run time (`import(name)`) makes the graph unknowable: the
// result says which, and a cache must then not be trusted.
//
// TypeScript is a large module (about 200 ms to load, in each process of the build that keys a
// cache), so what it lists for a file is kept, by the hash of the file's text and TypeScript's
// version, in node_modules/.cache/cloud-souverain/imports/ (src/lib/file-cache.ts): it is loaded
// only when a file it has not read before is met.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { folderCache, type FileCache } from './file-cache.ts';

/** The package a bare import names: `linebreak`, `@resvg/resvg-js` (not `node:fs`, not `./x.ts`). */
export function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function installedVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // a Node built-in without the node: prefix, or a package not installed: its name stands
    return 'not installed';
  }
}

export interface SourceGraph {
  /** every source file reached, relative to the project root, in a stable order */
  files: string[];
  /** every package imported, with its installed version */
  packages: Record<string, string>;
  /** sha256 (hex) of all of the above, the files' bytes and Node's versions */
  version: string;
  /** the first file that imports a name computed at run time, if any */
  unknowable?: string;
}

/** What of Node itself can change a result: the engine, its Unicode data, its zlib. */
export const runtimeVersion = (): string =>
  ['node', 'v8', 'icu', 'unicode', 'zlib'].map((name) => `${name} ${process.versions[name] ?? '-'}`).join(', ');

/** `import(` whose argument is anything but one quoted string (then `)` or import attributes). */
const COMPUTED_IMPORT = /\bimport\s*\(\s*(?!(['"])[^'"\n]*\1\s*[,)])/;

/** The source graph of `entries` (paths relative to `root`, the project root). */
export function sourceGraph(root: string, entries: readonly string[]): SourceGraph {
  const seen = new Map<string, string>();
  const packages = new Map<string, string>();
  const pending = entries.map((entry) => resolve(root, entry));
  let unknowable: string | undefined;
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // a graph already unknowable is not trusted anyway (and `import('./' + x)` reads as './')
      if (unknowable) continue;
      throw new Error(`${relative(root, file)}: imported by the build's code but cannot be read`);
    }
    seen.set(file, text);
    if (!unknowable && COMPUTED_IMPORT.test(withoutComments(text))) unknowable = relative(root, file);
    for (const fileName of importsOf(root, text)) {
      const name = packageName(fileName);
      if (name) packages.set(name, installedVersion(root, name));
      else if (fileName.startsWith('.')) pending.push(resolve(dirname(file), fileName));
    }
  }
  pruneImports(root, [...seen.values()]);
  const files = [...seen.keys()].map((file) => relative(root, file)).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`file ${file}\0`).update(seen.get(resolve(root, file))!).update('\0');
  for (const name of [...packages.keys()].sort()) hash.update(`package ${name}@${packages.get(name)}\0`);
  hash.update(`runtime ${runtimeVersion()}`);
  return {
    files,
    packages: Object.fromEntries([...packages].sort(([a], [b]) => a.localeCompare(b))),
    version: hash.digest('hex'),
    ...(unknowable ? { unknowable } : {}),
  };
}

type TypeScript = typeof import('typescript');
let typescript: TypeScript | undefined;
const importCaches = new Map<string, { cache: FileCache; version: string }>();

/** The imports cache of the project at `root`, and the TypeScript version its keys hold. */
function importCache(root: string): { cache: FileCache; version: string } {
  let kept = importCaches.get(root);
  if (!kept) {
    // a cache that cannot be written only costs time: TypeScript reads every file again
    const cache = folderCache(join(root, 'node_modules', '.cache', 'cloud-souverain', 'imports'), 'imports1', () => {}, 'imports cache');
    importCaches.set(root, (kept = { cache, version: installedVersion(root, 'typescript') }));
  }
  return kept;
}

const importKey = (version: string, text: string): string => createHash('sha256').update(`typescript ${version}\0`).update(text).digest('hex');

/**
 * Each edit of a source file leaves an entry: past IMPORT_ENTRIES, the folder keeps only the
 * entries of the graph just read (the other graphs' files are read by TypeScript again, once).
 */
const IMPORT_ENTRIES = 2_000;

function pruneImports(root: string, texts: string[]): void {
  const { cache, version } = importCache(root);
  let count: number;
  try {
    count = readdirSync(cache.dir).length;
  } catch {
    return; // no folder: nothing kept
  }
  if (count > IMPORT_ENTRIES) cache.keepOnly(new Set(texts.map((text) => importKey(version, text))));
}

/** The module specifiers `text` imports, as TypeScript's pre-processor lists them, from the cache of the project at `root` when it has them. */
function importsOf(root: string, text: string): string[] {
  const kept = importCache(root);
  const key = importKey(kept.version, text);
  const cached = kept.cache.get(key);
  if (cached) return JSON.parse(cached.toString('utf8')) as string[];
  typescript ??= createRequire(import.meta.url)('typescript') as TypeScript;
  const imports = typescript.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
  kept.cache.put(key, Buffer.from(JSON.stringify(imports)));
  return imports;
}

/** The text without its comments, roughly: enough not to take `// import(x)` for an import. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}
