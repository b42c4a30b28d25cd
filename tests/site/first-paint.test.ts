// Nothing a page needs for its first paint is a request of its own: no page links a
// stylesheet (every stylesheet is inlined: the bundled ones, the figures' colours, the font
// rules) and no script in the head blocks parsing (each is a module, deferred by nature).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { listFiles } from './built-site.ts';

const root = resolve(import.meta.dirname, '../..');

function blockingRequests(html: string): string[] {
  const found: string[] = [];
  let inHead = false;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'head') inHead = true;
      if (name === 'link' && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet')) found.push(`<link rel="stylesheet" href="${attrs.href}">`);
      if (inHead && name === 'script' && attrs.src !== undefined && attrs.type !== 'module' && attrs.defer === undefined && attrs.async === undefined)
        found.push(`<script src="${attrs.src}"> in the head`);
    },
    onclosetag(name) {
      if (name === 'head') inHead = false;
    },
  });
  parser.end(html);
  return found;
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
