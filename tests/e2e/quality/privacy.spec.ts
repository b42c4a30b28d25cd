// Gate (e): every page type, used with JavaScript, requests nothing from another host,
// sets no cookie, and breaks no Content Security Policy rule.
import { expect, test, type Page } from '@playwright/test';
import { pageTypes, subpath } from './page-types.ts';

async function visit(page: Page, url: string): Promise<{ requests: string[]; violations: string[] }> {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  // Use the page a little, so lazy requests (search index, figures' data) happen too.
  await page.mouse.wheel(0, 4000);
  await page.keyboard.press('Tab');
  await page.waitForLoadState('networkidle');
  return { requests, violations };
}

for (const { name, path } of pageTypes()) {
  test(`${name}: no request to another host, no cookie, no CSP violation`, async ({ page, context, baseURL }) => {
    const { requests, violations } = await visit(page, path);
    const origin = new URL(baseURL!).origin;
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(violations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}

test('the search page loads its index from this site only, under the sub-path too', async ({ page, context }) => {
  test.skip(!subpath.built, 'dist-subpath/ not built (npm run build:variants)');
  const { requests, violations } = await visit(page, `${subpath.origin}${subpath.base}recherche/?q=cloud`);
  expect(requests.some((url) => url.includes(`${subpath.base}pagefind/`))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(`${subpath.origin}${subpath.base}`))).toEqual([]);
  expect(violations).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
