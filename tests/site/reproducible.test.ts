// Gate (d): two builds of the same sources are byte-identical, file for file. Nothing is
// excluded: a timestamp, a random id or an unordered map anywhere (pages, search index,
// images, sitemap, feed) would show up here.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { fileHashes } from '../../scripts/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');

test('two builds of the same sources are byte-identical', () => {
  const first = fileHashes(resolve(root, variants.root.outDir));
  const second = fileHashes(resolve(root, variants.repro.outDir));
  const differences: string[] = [];
  for (const [file, hash] of first) {
    if (!second.has(file)) differences.push(`${file}: only in the first build`);
    else if (second.get(file) !== hash) differences.push(`${file}: contents differ`);
  }
  for (const file of second.keys()) if (!first.has(file)) differences.push(`${file}: only in the second build`);
  expect(differences).toEqual([]);
  expect(first.size).toBeGreaterThan(20);
});
