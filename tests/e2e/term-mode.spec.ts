// The reader chooses how many glossary terms an article marks, and the site remembers it.
import { expect, test } from '@playwright/test';
import { pathOf } from './quality/page-types.ts';

test('glossary terms: every mention, the first only, or none, remembered on the next page', async ({ page }) => {
  await page.goto(pathOf('article'));
  const body = page.locator('.article-body');
  // the term links among the text's links (dates are links too, to the timeline)
  const links = body.getByRole('link').and(body.locator('a.term'));
  expect(await links.count()).toBeGreaterThan(3);
  const choice = page.getByRole('group', { name: 'Souligner les termes du glossaire' });
  await expect(choice.getByRole('radio', { name: 'à chaque mention' })).toBeChecked();

  await choice.getByRole('radio', { name: 'jamais' }).check();
  await expect(links).toHaveCount(0);
  // the words stay, as plain text
  await expect(body.locator('a.term').first()).toBeVisible();

  await choice.getByRole('radio', { name: 'à la première mention' }).check();
  const ids = await body.locator('a.term').evaluateAll((terms) => terms.map((t) => (t as HTMLElement).dataset.term));
  await expect(links).toHaveCount(new Set(ids).size);

  // remembered: the next article opens with the same choice
  await page.reload();
  await expect(page.getByRole('group', { name: 'Souligner les termes du glossaire' }).getByRole('radio', { name: 'à la première mention' })).toBeChecked();
  await expect(page.locator('.article-body').getByRole('link').and(page.locator('.article-body a.term'))).toHaveCount(new Set(ids).size);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every mention is a link, and no choice is offered', async ({ page }) => {
    await page.goto(pathOf('article'));
    await expect(page.getByRole('group', { name: 'Souligner les termes du glossaire' })).toBeHidden();
    const body = page.locator('.article-body');
    expect(await body.getByRole('link').and(body.locator('a.term')).count()).toBe(await body.locator('a.term').count());
  });
});
