// The crawler itself, on a small site written here: it must catch each kind of break.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { crawl } from './crawl.ts';

const dir = mkdtempSync(join(tmpdir(), 'crawl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(file: string, body: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), `<!doctype html><html lang="fr"><head><title>t</title></head><body>${body}</body></html>`);
}

test('the crawler reports every kind of broken or leaking link, and nothing else', () => {
  page('index.html', `
    <a href="/base/a/">ok</a>
    <a href="/base/a/#here">ok fragment</a>
    <a href="#top">ok local fragment</a><span id="top"></span>
    <a href="/base/a/#missing">missing fragment</a>
    <a href="/base/a/#acteur=x&amp;periode=2020">ok state fragment</a>
    <a href="/base/nowhere/#acteur=x">state fragment on a missing page</a>
    <a href="/base/nowhere/">missing page</a>
    <a href="/base/a">no trailing slash</a>
    <a href="a/">relative</a>
    <a href="/elsewhere/">out of the base</a>
    <a href="https://example.org/">external without rel</a>
    <a href="https://example.org/" rel="noopener noreferrer">external ok</a>
    <script src="https://cdn.example.org/x.js"></script>
    <img src="/base/img.png" alt="">`);
  page('a/index.html', '<h1 id="here">A</h1>');
  writeFileSync(join(dir, 'img.png'), '');
  const { problems } = crawl({ dir, base: '/base/', site: 'https://site.example' });
  expect(problems.map((p) => `${p.link}: ${p.problem.split(' (')[0]!.split(':')[0]}`)).toEqual([
    '<a> /base/a/#missing: no element with id "missing" in a/index.html',
    '<a> /base/nowhere/#acteur=x: no such page',
    '<a> /base/nowhere/: no such page',
    '<a> /base/a: page link without its trailing slash',
    '<a> a/: relative URL',
    '<a> /elsewhere/: leaves the base path /base/',
    '<a> https://example.org/: external link without rel="noopener noreferrer"',
    '<script> https://cdn.example.org/x.js: a resource loaded from another host',
  ]);
});
