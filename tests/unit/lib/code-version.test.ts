// The version of the build's own code that its caches are keyed by: every file reached by
// relative imports counts, and every package by its installed version.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { packageName, runtimeVersion, sourceGraph } from '../../../src/lib/code-version.ts';

let root: string;
function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'code-version-'));
  write('node_modules/satori/package.json', '{"name":"satori","version":"0.1.0"}');
  write('node_modules/@resvg/resvg-js/package.json', '{"name":"@resvg/resvg-js","version":"2.0.0"}');
  write('src/entry.ts', "import satori from 'satori';\nimport { a } from './a.ts';\nexport { b } from '../lib/b.ts';\nimport type { T } from './types.ts';\nimport { readFileSync } from 'node:fs';\n");
  write('src/a.ts', "import { Resvg } from '@resvg/resvg-js/index.js';\nexport const a = 1;\n");
  write('lib/b.ts', "import { a } from '../src/a.ts';\nexport const b = a;\n");
  write('src/types.ts', 'export type T = string;\n');
  write('src/unrelated.ts', 'export const c = 3;\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('the graph follows relative imports and re-exports, type-only ones too, and names the packages', () => {
  const graph = sourceGraph(root, ['src/entry.ts']);
  expect(graph.files).toEqual(['lib/b.ts', 'src/a.ts', 'src/entry.ts', 'src/types.ts']);
  expect(graph.packages).toEqual({ '@resvg/resvg-js': '2.0.0', satori: '0.1.0' });
  expect(graph.version).toMatch(/^[0-9a-f]{64}$/);
  expect(sourceGraph(root, ['src/entry.ts']).version).toBe(graph.version);
});

test('changing any file of the graph, or a package version, changes the version; other files do not', () => {
  const before = sourceGraph(root, ['src/entry.ts']).version;
  write('src/unrelated.ts', 'export const c = 4;\n');
  expect(sourceGraph(root, ['src/entry.ts']).version).toBe(before);
  write('lib/b.ts', "import { a } from '../src/a.ts';\nexport const b = a + 1;\n");
  const edited = sourceGraph(root, ['src/entry.ts']).version;
  expect(edited).not.toBe(before);
  write('node_modules/@resvg/resvg-js/package.json', '{"name":"@resvg/resvg-js","version":"2.0.1"}');
  expect(sourceGraph(root, ['src/entry.ts']).version).not.toBe(edited);
});

test('a file moved under another name with the same bytes still changes the version', () => {
  const before = sourceGraph(root, ['src/entry.ts']).version;
  write('src/a2.ts', "import { Resvg } from '@resvg/resvg-js/index.js';\nexport const a = 1;\n");
  write('src/entry.ts', "import satori from 'satori';\nimport { a } from './a2.ts';\nexport { b } from '../lib/b.ts';\nimport type { T } from './types.ts';\nimport { readFileSync } from 'node:fs';\n");
  // lib/b.ts still imports a.ts, so both are in the graph now: another set of files
  expect(sourceGraph(root, ['src/entry.ts']).version).not.toBe(before);
});

test('an import that cannot be read is an error naming the file', () => {
  write('src/a.ts', "import { gone } from './gone.ts';\n");
  expect(() => sourceGraph(root, ['src/entry.ts'])).toThrow(/src\/gone\.ts/);
});

test('package names: scoped, deep imports, and what is not a package', () => {
  expect(packageName('satori')).toBe('satori');
  expect(packageName('@resvg/resvg-js')).toBe('@resvg/resvg-js');
  expect(packageName('d3-selection/dist/x.js')).toBe('d3-selection');
  expect(packageName('@a/b/c')).toBe('@a/b');
  expect(packageName('./x.ts')).toBeUndefined();
  expect(packageName('node:fs')).toBeUndefined();
});

test('the project\'s card code has a graph: its shaper, its line breaker, its rasteriser and its own files', () => {
  const graph = sourceGraph(process.cwd(), ['src/og/card.ts']);
  expect(graph.files).toContain('src/og/card.ts');
  expect(graph.files).toContain('src/og/font.ts');
  expect(Object.keys(graph.packages)).toEqual(expect.arrayContaining(['harfbuzzjs', 'linebreak', '@resvg/resvg-js']));
});

test('dynamic imports of a literal are followed; one of a computed name makes the graph unknowable', () => {
  write('src/a.ts', "export const a = 1;\nexport const load = () => import('./lazy.ts');\n// import(notReally) in a comment\n");
  write('src/lazy.ts', 'export const lazy = 1;\n');
  const graph = sourceGraph(root, ['src/entry.ts']);
  expect(graph.files).toContain('src/lazy.ts');
  expect(graph.unknowable).toBeUndefined();
  write('src/lazy.ts', 'const name = "./x.ts";\nexport const lazy = () => import(name);\n');
  expect(sourceGraph(root, ['src/entry.ts']).unknowable).toBe('src/lazy.ts');
  write('src/lazy.ts', 'const x = "y";\nexport const lazy = () => import(`./${x}.ts`);\n');
  expect(sourceGraph(root, ['src/entry.ts']).unknowable).toBe('src/lazy.ts');
  write('src/lazy.ts', 'const x = "y";\nexport const lazy = () => import("./" + x);\n');
  expect(sourceGraph(root, ['src/entry.ts']).unknowable).toBe('src/lazy.ts');
  write('src/lazy.ts', "export const lazy = () => import('./data.json', { with: { type: 'json' } });\nexport type T = typeof import('./x.ts');\n");
  write('src/data.json', '{}');
  write('src/x.ts', 'export const x = 1;\n');
  expect(sourceGraph(root, ['src/entry.ts']).unknowable).toBeUndefined();
});

test('Node\'s own versions are part of the version', () => {
  expect(runtimeVersion()).toContain(`node ${process.versions.node}`);
  expect(runtimeVersion()).toContain(`zlib ${process.versions.zlib}`);
});

describe('a graph written in every import syntax the project uses', () => {
  /** a.ts → b.ts (→ c.ts, type only; → d.ts, re-export; d.ts → e.ts, awaited import) and a JSON package import; z.ts stands apart */
  function graph(): string {
    const dir = mkdtempSync(join(tmpdir(), 'code-graph-'));
    made.push(dir);
    mkdirSync(join(dir, 'src', 'lib'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'some-package'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'some-package', 'package.json'), '{"name":"some-package","version":"1.0.0"}');
    writeFileSync(join(dir, 'src', 'a.ts'), "import { b } from './lib/b.ts';\nimport {\n  thing,\n} from 'some-package/data.json' with { type: 'json' };\nimport { readFileSync } from 'node:fs';\nexport const a = b + thing;\n");
    writeFileSync(join(dir, 'src', 'lib', 'b.ts'), "import type { C } from './c.ts';\nexport * from './d.ts';\nexport const b: C = 1;\n");
    writeFileSync(join(dir, 'src', 'lib', 'c.ts'), 'export type C = number;\n');
    writeFileSync(join(dir, 'src', 'lib', 'd.ts'), "export const d = await import('./e.ts');\n");
    writeFileSync(join(dir, 'src', 'lib', 'e.ts'), 'export const e = 1;\n');
    writeFileSync(join(dir, 'src', 'z.ts'), 'export const z = 1;\n');
    return dir;
  }
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const of = (dir: string) => sourceGraph(dir, ['src/a.ts']);

  test('multi-line imports, import attributes, type imports, export *, awaited import(): all followed', () => {
    const dir = graph();
    expect(of(dir).files).toEqual(['src/a.ts', 'src/lib/b.ts', 'src/lib/c.ts', 'src/lib/d.ts', 'src/lib/e.ts']);
    expect(of(dir).packages).toEqual({ 'some-package': '1.0.0' });
    expect(of(dir).unknowable).toBeUndefined();
  });

  test('every file of the graph counts, each alone; a file outside it does not', () => {
    const dir = graph();
    const before = of(dir).version;
    writeFileSync(join(dir, 'src', 'z.ts'), 'export const z = 2;\n');
    expect(of(dir).version).toBe(before);
    for (const file of ['src/a.ts', 'src/lib/b.ts', 'src/lib/c.ts', 'src/lib/d.ts', 'src/lib/e.ts']) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, `${text}// changed\n`);
      expect(of(dir).version, file).not.toBe(before);
      writeFileSync(path, text);
      expect(of(dir).version).toBe(before);
    }
  });

  test('the same code elsewhere on disk has the same version', () => {
    expect(of(graph()).version).toBe(of(graph()).version);
  });
});

test('what TypeScript lists for a file is kept by the file\'s text: read back while it is unchanged, read again once it changes or its entry is damaged', () => {
  const dir = join(root, 'node_modules/.cache/cloud-souverain/imports');
  const entries = () => readdirSync(dir).filter((name) => name.endsWith('.bin'));
  const graph = sourceGraph(root, ['src/entry.ts']);
  expect(entries()).toHaveLength(4); // one per file of the graph
  expect(sourceGraph(root, ['src/entry.ts'])).toEqual(graph);
  expect(entries()).toHaveLength(4);
  // a.ts now imports unrelated.ts: a new text, a new entry, and the graph follows it
  write('src/a.ts', "import { c } from './unrelated.ts';\nexport const a = c;\n");
  const edited = sourceGraph(root, ['src/entry.ts']);
  expect(edited.files).toContain('src/unrelated.ts');
  expect(edited.packages).toEqual({ satori: '0.1.0' });
  expect(entries()).toHaveLength(6);
  // every entry cut short: each file is read by TypeScript again, and the graph is the same
  for (const name of entries()) writeFileSync(join(dir, name), 'x');
  expect(sourceGraph(root, ['src/entry.ts'])).toEqual(edited);
});

test('past 2,000 entries, the imports folder keeps only those of the graph just read', () => {
  const dir = join(root, 'node_modules/.cache/cloud-souverain/imports');
  sourceGraph(root, ['src/entry.ts']);
  const mine = readdirSync(dir).sort();
  expect(mine).toHaveLength(4);
  // the entries of earlier versions of files, and of other graphs
  for (let i = 0; i < 2_000; i++) writeFileSync(join(dir, `${i.toString(16).padStart(64, '0')}.bin`), 'x');
  sourceGraph(root, ['src/entry.ts']);
  expect(readdirSync(dir).sort()).toEqual(mine);
});
