// The conversions shared out between threads: the same conversions, in the same order, as one
// thread makes; shares of about the same size; threads only where there are bytes enough.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { Helpers, SHARE_BYTES, convertAll, shares, threadsFor } from '../../../src/pipeline/convert-parallel.ts';
import { conversionInputs, matchForms } from '../../../src/pipeline/convert.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { runPipeline } from '../../../src/pipeline/index.ts';

const repo = resolve(import.meta.dirname, '../../..');
const bytes = (n: number) => ({ seed: { bytes: new Uint8Array(n) } });

describe('shares', () => {
  test('consecutive runs of about the same bytes, all jobs once, in order', () => {
    const jobs = [5, 5, 5, 5, 5, 5, 5, 5].map(bytes);
    const cut = shares(jobs, 2);
    expect(cut.map((s) => s.length)).toEqual([4, 4]);
    expect(cut.flat()).toEqual(jobs);
    const uneven = [100, 1, 1, 1, 1].map(bytes);
    expect(shares(uneven, 2).map((s) => s.length)).toEqual([1, 4]);
  });

  test('never an empty share while there are jobs for it; fewer jobs than shares gives one each', () => {
    expect(shares([1, 1].map(bytes), 5).map((s) => s.length)).toEqual([1, 1]);
    expect(shares([1000, 1, 1].map(bytes), 3).map((s) => s.length)).toEqual([1, 1, 1]);
    expect(shares([], 3)).toEqual([[]]);
    expect(shares([1, 2, 3].map(bytes), 1).map((s) => s.length)).toEqual([3]);
  });
});

test('threads: one per core at most, and none beyond the first for less than a share of bytes', () => {
  expect(threadsFor(10, 8)).toBe(1);
  expect(threadsFor(SHARE_BYTES * 2 - 1, 8)).toBe(1);
  expect(threadsFor(SHARE_BYTES * 2, 8)).toBe(2);
  expect(threadsFor(SHARE_BYTES * 100, 2)).toBe(2);
  expect(threadsFor(SHARE_BYTES * 100, 1)).toBe(1);
});

describe('on the real seeds and the layout corpus', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** the 5 seeds and the layout fixtures in a throw-away project */
  function project(): string {
    const root = mkdtempSync(join(tmpdir(), 'convert-parallel-'));
    dirs.push(root);
    cpSync(join(repo, 'seeds'), join(root, 'seeds'), { recursive: true });
    cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true, filter: (path) => !/content[\\/]generated/.test(path) });
    const layouts = join(repo, 'tests/fixtures/layouts');
    for (const name of readdirSync(layouts)) cpSync(join(layouts, name, 'input.txt'), join(root, 'seeds', `${name}.txt`), { errorOnExist: false });
    return root;
  }
  /** every file the build step wrote, by path */
  function output(root: string): Record<string, string> {
    const dir = join(root, 'content/generated');
    const files: Record<string, string> = {};
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    }
    return files;
  }

  test('three threads make exactly what one makes: every page and every data file', async () => {
    const one = project();
    const three = project();
    const quiet = { log: () => {}, error: () => {}, cache: false } as const;
    const a = await runPipeline({ root: one, ...quiet, threads: 1 });
    const b = await runPipeline({ root: three, ...quiet, threads: 3 });
    expect(b.problems).toEqual(a.problems);
    expect(b.warnings).toEqual(a.warnings);
    expect(Object.keys(output(one)).length).toBeGreaterThan(50);
    expect(output(three)).toEqual(output(one));
  }, 120_000);

  test('a text that fails converts to its problems in a worker thread as on this one', async () => {
    const root = project();
    const { knowledge } = loadKnowledge(root);
    const forms = matchForms(knowledge);
    const seeds = readdirSync(join(root, 'seeds')).sort().map((name) => ({ name: name.replace(/\.txt$/, ''), path: `seeds/${name}`, bytes: new Uint8Array(readFileSync(join(root, 'seeds', name))) }));
    seeds.push({ name: 'vide', path: 'seeds/vide.txt', bytes: new Uint8Array(0) }, { name: 'binaire', path: 'seeds/binaire.txt', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x01]) });
    const jobs = seeds.map((seed) => ({ seed, inputs: conversionInputs(seed, knowledge, forms) }));
    const alone = await convertAll(jobs, forms, 1);
    const shared = await convertAll(jobs, forms, 4);
    expect(shared).toEqual(alone);
    expect(shared.slice(-2).every((c) => !c.ok)).toBe(true);
    // threads started ahead: fewer than needed (the others start then), or more (let go unused)
    for (const started of [1, 5]) {
      const helpers = new Helpers(started);
      expect(await convertAll(jobs, forms, 3, helpers), `${started} started ahead`).toEqual(alone);
      helpers.release();
    }
  }, 120_000);
});
