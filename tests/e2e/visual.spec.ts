// Visual regression: what the reader sees on the first screen of the pages that carry the
// site's look — home, an article, an open glossary popover, the network, the timeline, the
// glossary — in both themes, on a desktop and a phone (the two Playwright projects), compared
// with the approved screenshots in tests/e2e/visual.spec.ts-snapshots/.
//
// After a deliberate change of look: `npm run test:visual -- --update-snapshots`, look at the
// new images, and commit them with the change.
import { expect, test, type Page } from '@playwright/test';
import { pathOf } from './quality/page-types.ts';

const pages: Array<{ name: string; path: () => string; ready?: (page: Page) => Promise<void> }> = [
  { name: 'accueil', path: () => '/' },
  { name: 'article', path: () => pathOf('article') },
  {
    name: 'definition',
    path: () => pathOf('article'),
    ready: async (page) => {
      await page.locator('.article-body a.term').first().focus();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'reseau', path: () => '/reseau/' },
  { name: 'chronologie', path: () => '/chronologie/' },
  { name: 'glossaire', path: () => '/glossaire/' },
];

// The site's faces are font-display: optional, so whether a page is drawn in them or in their
// fallbacks depends on how fast they came (on a busy machine, a moment too late). What is
// compared here is the look in the site's fonts: the faces are made to wait for (block), so
// that timing is out of the picture. The @font-face rules are inlined in each page, allowed by
// their hash in the page's CSP: the edited rules would be refused, so the CSP is set aside here.
test.use({ bypassCSP: true });
test.beforeEach(async ({ page }) => {
  await page.route(
    (url) => url.pathname.endsWith('/'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replaceAll('font-display: optional', 'font-display: block') });
    },
  );
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme === 'light' ? 'thème clair' : 'thème sombre'}`, () => {
    test.use({ colorScheme: theme });
    for (const { name, path, ready } of pages) {
      test(name, async ({ page }) => {
        await page.goto(path());
        await page.evaluate(() => document.fonts.ready);
        if (ready) await ready(page);
        await expect(page).toHaveScreenshot(`${name}-${theme}.png`, { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.002 });
      });
    }
  });
}
