// The page shell: skip link, link cards (the tags a chat app reads, and the image they
// point to), the 404 page, phone width, print.
import { expect, test } from '@playwright/test';
import { pageTypes, pathOf, subpath } from '../quality/page-types.ts';

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an article carries its own link card, and its image exists', async ({ page, request }) => {
  const path = pathOf('article');
  await page.goto(path);
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  expect(await meta('og:title')).toBe(title);
  expect(await meta('og:type')).toBe('article');
  expect((await meta('og:description'))!.length).toBeGreaterThan(20);
  expect(await meta('og:url')).toMatch(new RegExp(`^https?://[^/]+${path}$`));
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(await meta('og:url'));
  expect(await meta('twitter:card')).toBe('summary_large_image');
  const image = new URL((await meta('og:image'))!);
  expect(image.pathname).toBe(`/og${path.replace(/\/$/, '')}.png`);
  const response = await request.get(image.pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
  const png = await response.body();
  expect(png.readUInt32BE(16)).toBe(1200); // IHDR width
  expect(png.readUInt32BE(20)).toBe(630); // IHDR height
  // the browser's own decoder reads it: its size, and the card's background in a corner
  const decoded = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    return { width: img.naturalWidth, height: img.naturalHeight, corner: [...context.getImageData(4, 4, 1, 1).data] };
  }, image.pathname);
  expect(decoded).toEqual({ width: 1200, height: 630, corner: [0x14, 0x21, 0x3d, 255] });
});

test('an unknown address gets a useful 404 page', async ({ page }) => {
  const response = await page.goto('/nulle-part/ici/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Chercher un article, un terme ou un acteur' })).toBeVisible();
  await page.getByRole('link', { name: 'Le glossaire' }).click();
  await expect(page).toHaveURL(/\/glossaire\/$/);
});

test('under a sub-path, the 404 page links stay under the base', async ({ page }) => {
  test.skip(!subpath.built, 'dist-subpath/ not built (npm run build:variants)');
  const response = await page.goto(`${subpath.origin}${subpath.base}nulle-part/`);
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Les acteurs' }).click();
  await expect(page).toHaveURL(`${subpath.origin}${subpath.base}acteurs/`);
});

for (const width of [320, 390, 1280]) test(`at ${width} px nothing is wider than the screen: no page, no figure`, async ({ page }) => {
  await page.setViewportSize({ width, height: 800 });
  for (const { path } of pageTypes()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    // figures (svg) are drawn for the width they are shown at: none wider than the viewport
    const wide = await page.locator('svg').evaluateAll((svgs, w) => svgs.filter((s) => s.getBoundingClientRect().width > w + 1 && getComputedStyle(s).display !== 'none').length, width);
    expect(wide, `${path}: figures wider than the screen`).toBe(0);
  }
});

test('print hides the navigation and the controls, and keeps the text', async ({ page }) => {
  await page.goto(pathOf('article'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('search', { name: 'Rechercher sur le site' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a host that serves /x without redirecting to /x/ still gives a working page', async ({ page }) => {
  test.skip(!subpath.built, 'dist-subpath/ not built (npm run build:variants)');
  // tests/e2e's sub-path server does not redirect: the page is served at .../glossaire
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${subpath.origin}${subpath.base}glossaire`);
  expect(new URL(page.url()).pathname).toBe(`${subpath.base}glossaire`);
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px'); // the stylesheet loaded
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Chronologie' }).click();
  await expect(page).toHaveURL(`${subpath.origin}${subpath.base}chronologie/`);
});
