// Actor pages: the index grouped by kind, and a page per actor whose every evidence and
// mention link lands on a sentence that exists.
import { expect, test } from '@playwright/test';
import { expectAnchorsExist } from './anchors.ts';

test('the actor index groups actors by kind with their mention counts', async ({ page }) => {
  await page.goto('/acteurs/');
  await expect(page.getByRole('heading', { level: 1, name: 'Les acteurs' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Entreprises \(\d+\)$/ })).toBeVisible();
  const ovh = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'OVHcloud', exact: true }) });
  await expect(ovh).toContainText(/\d+ mentions?/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an actor page links each relation, event and mention to an existing sentence', async ({ page, request }) => {
    await page.goto('/acteurs/ovhcloud/');
    await expect(page.getByRole('heading', { level: 1, name: 'OVHcloud' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Ses relations \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Ses événements \(\d+\)$/ })).toBeVisible();
    const mentions = page.getByRole('heading', { level: 2, name: /^Les phrases qui le citent \((\d+)\)$/ });
    await expect(mentions).toBeVisible();
    expect(Number(/\((\d+)\)/.exec((await mentions.textContent())!)![1])).toBeGreaterThan(3);

    const hrefs = await page.locator('main a[href*="/articles/"][href*="#p"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(3);
    await expectAnchorsExist(request, hrefs);
  });
});

test('an actor page leads to the network with the actor chosen', async ({ page }) => {
  await page.goto('/acteurs/ovhcloud/');
  await page.getByRole('link', { name: 'Voir OVHcloud dans le réseau' }).click();
  await expect(page).toHaveURL(/\/reseau\/#acteur=ovhcloud$/);
  await expect(page.getByRole('complementary').getByRole('heading', { name: 'OVHcloud' })).toBeVisible();
});
