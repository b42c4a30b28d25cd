// Light and dark: the system preference by default, a toggle that remembers the
// reader's choice in localStorage (never a cookie).
import { expect, test } from '@playwright/test';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('system preference light', () => {
  test.use({ colorScheme: 'light' });
  test('the toggle switches to dark, remembers it, and switching back follows the system again', async ({ page, context }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Thème sombre' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const light = await background(page);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).not.toBe(light);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
    await page.goto('/glossaire/');
    await expect(page.getByRole('button', { name: 'Thème sombre' })).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).not.toBe(light);
    await page.getByRole('button', { name: 'Thème sombre' }).click();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    expect(await background(page)).toBe(light);
    expect(await context.cookies()).toEqual([]);
  });
});

test.describe('a stored choice', () => {
  test.use({ colorScheme: 'light' });
  test('is applied by the inline <head> script, before (and without) the bundled scripts', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // No bundled module may run: only the inline head script can set the theme now.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto('/a-propos/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const [r, g, b] = (await background(page)).match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
  });
});

test.describe('system preference dark', () => {
  test.use({ colorScheme: 'dark' });
  test('the page is dark without any choice, and the toggle says so', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Thème sombre' })).toHaveAttribute('aria-pressed', 'true');
    const [r, g, b] = (await background(page)).match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  test('the theme follows the system and no useless button shows', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Thème sombre' })).toBeHidden();
    const [r, g, b] = (await background(page)).match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
  });
});
