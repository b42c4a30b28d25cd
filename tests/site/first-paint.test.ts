// Nothing a page needs for its first paint is a request of its own: no page links a
// stylesheet (every stylesheet is inlined: the bundled ones, the figures' colours, the font
// rules) and no script in the head blocks parsing (each is a module, deferred by nature).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { listFiles, parsePage } from '../../scripts/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');

function blockingRequests(html: string): string[] {
  const page = parsePage(html);
  return [
    ...page.references
      .filter((ref) => ref.tag === 'link' && (ref.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
      .map((ref) => `<link rel="stylesheet" href="${ref.url}">`),
    ...page.scripts
      .filter((script) => script.inHead && script.src !== undefined && script.type !== 'module' && !script.defer && !script.async)
      .map((script) => `<script src="${script.src}"> in the head`),
  ];
}

test('the parser finds what would block the first paint', () => {
  expect(blockingRequests('<html><head><link rel="stylesheet" href="/a.css"><script src="/b.js"></script><script type="module" src="/c.js"></script></head><body><script src="/d.js"></script></body></html>')).toEqual([
    '<link rel="stylesheet" href="/a.css">',
    '<script src="/b.js"> in the head',
  ]);
});

test.each([variants.root, variants.subpath])('no page of the $name build waits for a stylesheet or a script file before its first paint', (variant) => {
  const dir = resolve(root, variant.outDir);
  const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  const problems = pages.flatMap((file) => blockingRequests(readFileSync(join(dir, file), 'utf8')).map((what) => `${file}: ${what}`));
  expect(problems).toEqual([]);
});
