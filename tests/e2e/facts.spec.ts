// Facts as a reader meets them: every relation says when it held, in the network's panel, its
// table and the actor pages; an article that is wrong keeps its words, with the editor's note
// beside them and the note's source a link away.
import { expect, test } from '@playwright/test';

const YEAR = /(?:19|20)\d{2}/;

test('the network panel and the table give each relation its date', async ({ page }) => {
  await page.goto('/reseau/');
  await page.getByLabel('Chercher un acteur').fill('Thierry Breton');
  await page.getByLabel('Chercher un acteur').press('Enter');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { name: 'Thierry Breton' })).toBeVisible();
  const items = panel.getByRole('listitem');
  await expect(items.filter({ hasText: 'est PDG d’Atos (le 15 avril 2014, selon Clubic)' })).toHaveCount(1);
  for (const text of await items.allTextContents()) expect(text).toMatch(new RegExp(`\\([^)]*${YEAR.source}[^)]*\\)`));
  const table = page.getByRole('table', { name: /relations du réseau/ });
  const row = table.getByRole('row').filter({ hasText: 'Thierry Breton est PDG d’Atos' });
  await expect(row.getByRole('cell').nth(1)).toHaveText('le 15 avril 2014, selon Clubic');
});

test('an actor page says when each of its relations held, in French that reads', async ({ page }) => {
  await page.goto('/acteurs/etats-unis/');
  await expect(page.getByRole('heading', { level: 2, name: /^Ses relations/ })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Les États-Unis adoptent le Cloud Act (en 2018)' })).toHaveCount(1);
});

test('an article keeps its words, with the editor’s note beside the sentence it corrects', async ({ page }) => {
  await page.goto('/articles/ovhcloud-s-associe-a-t-systems-pour-un-cloud-public-souverain/');
  const note = page.getByRole('note').filter({ hasText: 'L’offre d’OVHcloud et de T-Systems ne s’appelle pas Gaia-X' });
  await expect(note).toBeVisible();
  await expect(note).toContainText('NDLR');
  // the article's own sentence, as published, right before it
  await expect(page.locator('.sentence', { hasText: 'Baptisé Gaia-X, ce projet s’adresse également' })).toBeVisible();
  const source = note.getByRole('link', { name: /Deutsche Telekom and OVHcloud team up for Gaia-X/ });
  await expect(source).toHaveAttribute('href', /^https:\/\/www\.cloudcomputing-news\.net\//);
  await expect(source).toHaveAttribute('rel', /noopener/);
});
