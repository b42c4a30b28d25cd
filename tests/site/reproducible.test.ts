// Gate (d): two builds of the same sources are byte-identical, file for file. Nothing is
// excluded: a timestamp, a random id or an unordered map anywhere (pages, search index,
// images, sitemap, feed) would show up here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { listFiles } from '../../scripts/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

test('two builds of the same sources are byte-identical', () => {
  const first = hashes(resolve(root, variants.root.outDir));
  const second = hashes(resolve(root, variants.repro.outDir));
  const differences: string[] = [];
  for (const [file, hash] of first) {
    if (!second.has(file)) differences.push(`${file}: only in the first build`);
    else if (second.get(file) !== hash) differences.push(`${file}: contents differ`);
  }
  for (const file of second.keys()) if (!first.has(file)) differences.push(`${file}: only in the second build`);
  expect(differences).toEqual([]);
  expect(first.size).toBeGreaterThan(20);
});
