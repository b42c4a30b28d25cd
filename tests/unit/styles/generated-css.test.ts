// The stylesheets written from code: the font rules name their files under the site's base
// path, the CSP hash is the one a browser computes for that <style>, and the figures'
// stylesheet is served under its virtual name and no other.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspHash, figuresCssPlugin, FIGURES_CSS_ID, fontStyles } from '../../../src/styles/generated-css.ts';
import { vocabularyCss } from '../../../src/charts/vocabulary.ts';
import { FONT_FILES } from '../../../src/styles/fonts.ts';

const fontUrls = (css: string) => [...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1]!);

describe('fontStyles', () => {
  test('at the domain root, every face points at /polices/<file>', () => {
    const urls = fontUrls(fontStyles('/'));
    expect(urls.length).toBeGreaterThanOrEqual(FONT_FILES.length);
    for (const font of FONT_FILES) expect(urls).toContain(`/polices/${font.file}`);
    expect(urls.every((u) => u.startsWith('/polices/'))).toBe(true);
  });

  test('under a sub-path, with or without its trailing slash, the same files under it', () => {
    for (const base of ['/cloud-souverain', '/cloud-souverain/']) {
      const urls = fontUrls(fontStyles(base));
      expect(urls.every((u) => u.startsWith('/cloud-souverain/polices/') && !u.includes('//'))).toBe(true);
    }
  });

  test('a face waits for nothing but the figures’ own family', () => {
    const css = fontStyles('/');
    const displays = [...css.matchAll(/font-family: "([^"]+)";[^}]*font-display: (\w+)/g)].map((m) => [m[1], m[2]]);
    expect(displays.length).toBeGreaterThan(0);
    for (const [family, display] of displays) expect(display).toBe(family!.endsWith('Figures') ? 'block' : 'optional');
  });
});

test('cspHash is the base64 SHA-256 of the exact text', () => {
  const text = '@font-face { font-family: "X"; }\n';
  expect(cspHash(text)).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
  expect(cspHash(text)).not.toBe(cspHash(`${text} `));
});

test('the figures’ stylesheet is served under its virtual name only, and holds no property the HTML checker refuses', () => {
  const plugin = figuresCssPlugin();
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (id: string) => string | undefined;
  const resolved = resolveId(FIGURES_CSS_ID);
  expect(resolved).toBeDefined();
  expect(resolveId('./figures.css')).toBeUndefined();
  expect(load(resolved!)).toBe(vocabularyCss());
  expect(load('/src/styles/global.css')).toBeUndefined();
  expect(vocabularyCss()).not.toMatch(/paint-order/);
  expect(vocabularyCss()).toMatch(/--kind-company:/);
});
