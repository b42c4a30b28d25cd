// What a reader sees of the layouts the five seeds do not have, on the site built with
// texts of the layout corpus added (dist-layouts/): lists and tables as lists and tables,
// the standfirst as the page's lead, an interview's questions, a date cited in the text as a
// link to its line among the dates of its year, and an article whose date is estimated or unknown said so.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { layoutsPort } from '../../playwright.config.ts';

const layoutsBuilt = (() => {
  try {
    return readFileSync(resolve('dist-layouts/index.html')).length > 0;
  } catch {
    return false;
  }
})();
test.skip(!layoutsBuilt, 'dist-layouts/ is built by npm run build:variants (npm test runs it)');
test.use({ baseURL: `http://127.0.0.1:${layoutsPort}` });

/** The title a case's expectation gives (tests/fixtures/layouts/<case>/expected.json). */
const titleOf = (name: string): string => (JSON.parse(readFileSync(resolve('tests/fixtures/layouts', name, 'expected.json'), 'utf8')) as { title: string }).title;

/** As a reader: from the list of all the articles, by title. */
async function openArticle(page: Page, name: string): Promise<void> {
  await page.goto('/articles/');
  await page.locator('ol.article-list').getByRole('link', { name: titleOf(name), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(name));
}

const body = (page: Page) => page.getByRole('article').locator('.article-body');

test('a list stays a list, numbered where the text numbers it, lettered where it letters it', async ({ page }) => {
  await openArticle(page, 'b-mixed-lists');
  const lists = body(page).getByRole('list');
  expect(await lists.count()).toBeGreaterThanOrEqual(6);
  await expect(body(page).getByRole('listitem').filter({ hasText: 'Où sont physiquement stockées mes données ?' })).toBeVisible();
  await expect(body(page).locator('ol[type="a"]').first()).toBeVisible();
  // no marker of the text is left in an item: the list draws its own
  for (const item of await body(page).getByRole('listitem').allInnerTexts()) expect(item).not.toMatch(/^\s*(?:[•*–-]|\d+[.)]|[a-z]\))\s/);
});

test('a pasted table is a table, its first row the column headers', async ({ page }) => {
  await openArticle(page, 'b-pasted-table');
  const table = body(page).getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Fournisseur', 'Offre concernée', 'SecNumCloud', 'Actionnariat']);
  expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(4);
  // on a phone the table fits the text's width: the page never scrolls sideways
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test('the standfirst leads the article, in a stronger weight than the text under it', async ({ page }) => {
  await openArticle(page, 'a-daily-rubric-paywall');
  const first = body(page).locator('p').first();
  await expect(first).toHaveClass(/standfirst/);
  await expect(first).toContainText('L’incendie qui a ravagé un bâtiment');
  const weight = async (locator: ReturnType<Page['locator']>) => Number(await locator.evaluate((el) => getComputedStyle(el).fontWeight));
  expect(await weight(first)).toBeGreaterThan(await weight(body(page).locator('p').nth(1)));
  // the page chrome the text came with is not there
  const text = await page.getByRole('article').innerText();
  for (const chrome of ['Il vous reste 62', 'Déjà abonné', 'Lire aussi |', 'Temps de Lecture', 'Pixels']) expect(text).not.toContain(chrome);
  await expect(page.getByRole('article').getByText('mis à jour le 11 mars 2021')).toBeVisible();
});

test('an update made the day of publication is not shown as an update', async ({ page }) => {
  // 'Publié le 19/02/20 à 16h42 — Mis à jour le 19/02/20 à 17h01'
  await openArticle(page, 'q-daily-caps-kicker-outlet-avec-afp');
  const byline = page.getByRole('article').locator('.byline');
  await expect(byline.locator('time').first()).toHaveAttribute('datetime', '2020-02-19');
  await expect(byline).not.toContainText('mis à jour');
  // the outlet that signs it is named above the title; its kicker is not in the standfirst
  await expect(page.getByRole('article').locator('.kicker')).toHaveText('Article · 20 Minutes');
  await expect(body(page).locator('p.standfirst')).toHaveText(/^Le commissaire au marché intérieur/);
});

test('an interview shows its questions apart from the answers', async ({ page }) => {
  await openArticle(page, 'a-interview');
  const questions = body(page).locator('p.question');
  expect(await questions.count()).toBeGreaterThanOrEqual(3);
  for (const question of await questions.allInnerTexts()) expect(question.trim()).toMatch(/\?$/);
});

test('a date the text cites is a link to that very date among the dates of its year', async ({ page }) => {
  await openArticle(page, 'a-daily-rubric-paywall');
  const date = body(page).getByRole('link').filter({ has: page.locator('time[datetime]') }).first();
  const datetime = await date.locator('time').getAttribute('datetime');
  expect(datetime).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  await date.click();
  await expect(page).toHaveURL(/\/chronologie\/dates\/\d{4}\/(?:page\/\d+\/)?#date-/);
  const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const mark = page.locator(`[id="${target}"]`);
  await expect(mark).toBeVisible();
  await expect(mark.locator('time')).toHaveAttribute('datetime', datetime!);
});

test('an article without a date says its date is estimated, and from which sentence; or that it is unknown', async ({ page }) => {
  await openArticle(page, 'a-no-date-estimated');
  const header = page.getByRole('article').locator('header');
  await expect(header).toContainText('16 juillet 2020 (date estimée)');
  await header.getByRole('link', { name: 'voir la phrase' }).click();
  await expect(page.locator(':target')).toContainText('16 juillet 2020');

  await openArticle(page, 'b-no-date-unknown');
  await expect(page.getByRole('article').locator('header')).toContainText('date inconnue');
});

for (const name of ['b-mixed-lists', 'b-pasted-table', 'a-interview']) {
  test(`${name}: no WCAG 2.1 AA violation`, async ({ page }) => {
    test.slow();
    await openArticle(page, name);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}
