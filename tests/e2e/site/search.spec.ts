// Search, as a reader uses it: the field in the header of every page, the results page
// with JavaScript (Pagefind, French stemming, each result saying what it is), and the
// same form with JavaScript off.
import { expect, test, type Page } from '@playwright/test';
import { pathOf, subpath } from '../quality/page-types.ts';
import { holdScript } from '../hold-script.ts';

/** The header's field on a wide screen; on a phone, where it gives way to the search page, the menu's link to it. */
async function searchFromHeader(page: Page, query: string): Promise<void> {
  const header = page.getByRole('search', { name: 'Rechercher sur le site' });
  if (await header.isVisible()) {
    await header.getByLabel('Rechercher sur le site').fill(query);
  } else {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rechercher' }).click();
    await page.getByRole('searchbox', { name: 'Chercher un article, un terme ou un acteur' }).fill(query);
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/recherche\/\?q=/);
}

test('the header field finds articles, and each result says what it is', async ({ page }) => {
  await page.goto('/');
  await searchFromHeader(page, 'cloud');
  const results = page.getByRole('list').filter({ has: page.locator('.kind') });
  await expect(results.getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/\d+ résultats? pour « cloud »/);
  await expect(results.locator('.kind').filter({ hasText: 'Article' }).first()).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Chercher un article, un terme ou un acteur' })).toHaveValue('cloud');
  // A result is a real link into the site.
  await results.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const [kind, type] of [
  ['Terme du glossaire', 'term'],
  ['Acteur', 'actor'],
] as const) {
  test(`a ${type}'s name finds its page, labelled "${kind}"`, async ({ page }) => {
    const path = pathOf(type);
    await page.goto(path);
    const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await searchFromHeader(page, name);
    const result = page.locator('.search-results li').filter({ has: page.locator('.kind', { hasText: new RegExp(`^${kind}$`) }) });
    await expect(result.getByRole('link', { name }).first()).toBeVisible();
  });
}

test('what a reader types before the search script has come is kept, and searched for', async ({ page }) => {
  // hold the page's script back until the reader has typed
  const release = await holdScript(page, /\/_astro\/recherche\.[^/]*\.js$/);
  // the page is there to type in before its module script has run (the load event waits for it)
  await page.goto('/recherche/', { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Chercher un article, un terme ou un acteur' });
  await box.fill('cloud');
  release();
  await expect(page.getByRole('status')).toContainText('Tapez un mot');
  await expect(box).toHaveValue('cloud');
  await box.press('Enter');
  await expect(page.getByRole('status')).toContainText(/\d+ résultats? pour « cloud »/);
});

test('choosing a type of result keeps only that type, and the choice is in the link', async ({ page }) => {
  await page.goto('/recherche/?q=cloud');
  await expect(page.getByRole('status')).toContainText('pour « cloud »');
  await page.getByRole('radio', { name: 'Termes' }).check();
  await page.getByRole('search', { name: 'Chercher un article, un terme ou un acteur' }).getByRole('button', { name: 'Chercher' }).click();
  await expect(page).toHaveURL(/[?&]type=Terme/);
  await expect(page.getByRole('status')).toContainText('(termes)');
  await expect(page.getByRole('radio', { name: 'Termes' })).toBeChecked();
  const kinds = new Set(await page.locator('.search-results .kind').allInnerTexts());
  expect([...kinds].map((k) => k.toLowerCase())).toEqual(['terme du glossaire']);
});

test('French stemming: a plural finds the singular', async ({ page }) => {
  await page.goto('/recherche/?q=souverains');
  await expect(page.getByRole('status')).toContainText(/\d+ résultats? pour « souverains »/);
  await expect(page.locator('.search-results mark').first()).toBeVisible();
});

test('an empty query asks for a word, an unknown one says there is nothing', async ({ page }) => {
  await page.goto('/recherche/');
  await expect(page.getByRole('status')).toContainText('Tapez un mot');
  await page.goto('/recherche/?q=zzzxqwv');
  await expect(page.getByRole('status')).toContainText('Aucun résultat pour « zzzxqwv »');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form still leads to the search page, which offers the lists', async ({ page }) => {
    await page.goto('/');
    await searchFromHeader(page, 'Gaia-X');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Gaia-X');
    await expect(page.getByText('La recherche dans le texte a besoin de JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'le glossaire' }).click();
    await expect(page).toHaveURL(/\/glossaire\/$/);
  });
});

test('under a sub-path, search loads its index and links stay under the base', async ({ page }) => {
  test.skip(!subpath.built, 'dist-subpath/ not built (npm run build:variants)');
  await page.goto(`${subpath.origin}${subpath.base}`);
  await searchFromHeader(page, 'cloud');
  expect(new URL(page.url()).pathname).toBe(`${subpath.base}recherche/`);
  const links = page.locator('.search-results a');
  await expect(links.first()).toBeVisible();
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))
    expect(href.startsWith(subpath.base)).toBe(true);
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
