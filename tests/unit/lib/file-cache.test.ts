// The build's folder caches: what is put is got back whole, or not at all; another kind of
// entry, a damaged or cut entry, is never returned; a folder that cannot be written warns once
// and costs nothing else; keepOnly leaves the folder with the entries named and nothing else.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { folderCache } from '../../../src/lib/file-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const key = (n: number) => n.toString(16).padStart(64, '0');
const noWarning = (message: string) => {
  throw new Error(`unexpected warning: ${message}`);
};

test('an entry put is got back byte for byte, in a folder made when first needed', () => {
  const cache = folderCache(join(dir, 'a', 'b'), 'TESTKIND', noWarning);
  expect(cache.get(key(1))).toBeUndefined();
  const payload = new Uint8Array([0, 1, 2, 255, 254]);
  cache.put(key(1), payload);
  expect([...cache.get(key(1))!]).toEqual([...payload]);
  cache.put(key(2), new Uint8Array(0));
  expect(cache.get(key(2))!.length).toBe(0);
  expect(readdirSync(join(dir, 'a', 'b')).sort()).toEqual([`${key(1)}.bin`, `${key(2)}.bin`]);
});

test('a damaged, cut or foreign entry is not returned', () => {
  const cache = folderCache(dir, 'TESTKIND', noWarning);
  const file = join(dir, `${key(1)}.bin`);
  cache.put(key(1), Buffer.from('une charge utile assez longue pour être coupée'));
  const whole = readFileSync(file);
  whole[whole.length - 1]! ^= 1;
  writeFileSync(file, whole);
  expect(cache.get(key(1))).toBeUndefined();
  cache.put(key(1), Buffer.from('une charge utile assez longue pour être coupée'));
  truncateSync(file, readFileSync(file).length - 3);
  expect(cache.get(key(1))).toBeUndefined();
  truncateSync(file, 4);
  expect(cache.get(key(1))).toBeUndefined();
  // the same folder, another kind of entry: never read as this one
  folderCache(dir, 'OTHERKND', noWarning).put(key(3), Buffer.from('x'));
  expect(cache.get(key(3))).toBeUndefined();
});

test('keys and kinds that could escape the folder or mislabel entries are refused', () => {
  const cache = folderCache(dir, 'TESTKIND', noWarning);
  expect(() => cache.put('../x', Buffer.from('x'))).toThrow(/must be a SHA-256/);
  expect(() => cache.get(key(1).toUpperCase().replace(/0/g, 'G'))).toThrow(/must be a SHA-256/);
  expect(() => folderCache(dir, 'short', noWarning)).toThrow(/8 printable ASCII/);
});

test('a folder that cannot be written warns once, and the cache then does nothing', () => {
  writeFileSync(join(dir, 'a-file'), '');
  const warnings: string[] = [];
  const cache = folderCache(join(dir, 'a-file', 'cache'), 'TESTKIND', (message) => warnings.push(message));
  cache.put(key(1), Buffer.from('x'));
  cache.put(key(2), Buffer.from('y'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain(join(dir, 'a-file', 'cache'));
  expect(cache.get(key(1))).toBeUndefined();
  cache.keepOnly(new Set());
  expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('');
});

test('a read-only folder: entries already there are still read, new ones only warn', () => {
  const cache = folderCache(dir, 'TESTKIND', noWarning);
  cache.put(key(1), Buffer.from('gardé'));
  chmodSync(dir, 0o500);
  try {
    const warnings: string[] = [];
    const readOnly = folderCache(dir, 'TESTKIND', (message) => warnings.push(message));
    expect(readOnly.get(key(1))!.toString()).toBe('gardé');
    readOnly.put(key(2), Buffer.from('x'));
    // root may write anyway: then there is nothing to warn about
    expect(warnings.length).toBe(existsSync(join(dir, `${key(2)}.bin`)) ? 0 : 1);
  } finally {
    chmodSync(dir, 0o700);
  }
});

test('keepOnly removes the other entries and what killed builds left, and nothing else', () => {
  const cache = folderCache(dir, 'TESTKIND', noWarning);
  for (const n of [1, 2, 3]) cache.put(key(n), Buffer.from(String(n)));
  writeFileSync(join(dir, `${key(4)}.bin.123.abc.tmp`), 'cut');
  writeFileSync(join(dir, 'LISEZMOI.txt'), 'not an entry');
  cache.keepOnly(new Set([key(1), key(3)]));
  expect(readdirSync(dir).sort()).toEqual([`${key(1)}.bin`, `${key(3)}.bin`, 'LISEZMOI.txt'].sort());
  expect(cache.get(key(3))!.toString()).toBe('3');
});
