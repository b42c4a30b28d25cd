// A reader opens an article, meets a glossary term, and reads its definition: with the
// mouse, the keyboard, a tap on a phone, and with JavaScript turned off.
import { expect, test, type Page } from '@playwright/test';

const clubic2019 = 'Contre l’hégémonie américaine, Dassault et OVH vont plancher sur un projet de Cloud européen';

async function openArticle(page: Page, title: string) {
  await page.goto('./');
  await page.getByRole('link', { name: title.replace(/’/g, "'") }).or(page.getByRole('link', { name: title })).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // module scripts (the popover) run before DOMContentLoaded: a reader does not act sooner
  await page.waitForLoadState('domcontentloaded');
}

const article = (page: Page) => page.getByRole('article');
const cloudAct = (page: Page) => article(page).locator('.article-body').getByRole('link', { name: 'Cloud Act', exact: true });
const popover = (page: Page) => page.getByRole('dialog', { name: 'Cloud Act' });

test('every article reads as an article: title, date, terms, no page chrome, no comments', async ({ page }) => {
  await page.goto('./articles/');
  const links = page.locator('ol.article-list').getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i += 1) {
    await page.goto('./articles/');
    const link = page.locator('ol.article-list').getByRole('link').nth(i);
    const title = (await link.innerText()).trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(title).not.toMatch(/^\s*date \d{4}/);
    await expect(page.locator('article time[datetime]').first()).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);
    expect(await article(page).locator('.article-body a.term').count()).toBeGreaterThanOrEqual(3);
    const text = await article(page).innerText();
    for (const chrome of ['Abonnez-vous', 'Laisser un commentaire', 'Commentaires (', 'Suivez-nous', 'Aucun résumé disponible', 'carinae', 'leulapin', '.jpg']) {
      expect(text, `"${chrome}" in ${title}`).not.toContain(chrome);
    }
  }
});

test('the mouse: hovering a term opens its definition, leaving it closes it', async ({ page, isMobile }) => {
  test.skip(isMobile, 'hover is a desktop gesture');
  await openArticle(page, clubic2019);
  await cloudAct(page).hover();
  await expect(popover(page)).toBeVisible();
  await expect(popover(page)).toContainText('Cloud Act');
  await expect(popover(page).getByRole('link', { name: 'Définition complète' })).toHaveAttribute('href', /\/glossaire\/cloud-act\/$/);
  // the pointer can travel into the popover without closing it
  await popover(page).hover();
  await page.waitForTimeout(500);
  await expect(popover(page)).toBeVisible();
  await page.mouse.move(2, 2);
  await expect(popover(page)).toBeHidden();
});

test('the keyboard: focusing a term opens it, Escape closes it', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard run on desktop');
  await openArticle(page, clubic2019);
  await cloudAct(page).focus();
  await expect(popover(page)).toBeVisible();
  await expect(cloudAct(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();
  await expect(cloudAct(page)).toBeFocused();
  // Enter still follows the link to the glossary
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossaire\/#cloud-act$/);
});

test('a tap on a phone opens the definition without covering the line, a tap outside closes it', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'phone gesture');
  await openArticle(page, clubic2019);
  const url = page.url();
  await cloudAct(page).scrollIntoViewIfNeeded();
  await cloudAct(page).tap();
  await expect(popover(page)).toBeVisible();
  expect(page.url()).toBe(url);
  const term = await cloudAct(page).boundingBox();
  const box = await popover(page).boundingBox();
  expect(term && box).toBeTruthy();
  const overlaps = term!.y < box!.y + box!.height && box!.y < term!.y + term!.height;
  expect(overlaps, 'the popover must not cover the line being read').toBe(false);
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(popover(page)).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a term is a plain link to its glossary entry', async ({ page }) => {
    await openArticle(page, clubic2019);
    await cloudAct(page).click();
    await expect(page).toHaveURL(/\/glossaire\/#cloud-act$/);
    await expect(page.getByRole('heading', { name: 'Cloud Act', exact: true })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the article lists the definitions of its terms', async ({ page }) => {
    await openArticle(page, clubic2019);
    const terms = page.getByRole('region', { name: 'Les termes de l’article' });
    await expect(terms.getByRole('term').filter({ hasText: 'Cloud Act' })).toBeVisible();
  });
});

test('the glossary sends the reader back to the sentences that use a term', async ({ page }) => {
  await page.goto('./glossaire/cloud-act/');
  const uses = page.getByRole('heading', { name: 'Apparaît dans' }).locator('xpath=following-sibling::ul[1]');
  const passage = uses.getByRole('link', { name: /passage 1$/ }).first();
  await expect(passage).toBeVisible();
  const href = await passage.getAttribute('href');
  expect(href).toMatch(/\/articles\/[^/]+\/#p\d+-s\d+$/);
  await passage.click();
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const sentence = page.locator(`[id="${anchor}"]`);
  await expect(sentence).toBeVisible();
  await expect(sentence.getByRole('link', { name: 'Cloud Act', exact: true })).toBeVisible();
});
