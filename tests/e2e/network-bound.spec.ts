// The network figure with more actors than it draws (PAGE_SIZES.networkActors): the count
// sentence, the link to every actor and relation, and an actor the figure leaves out, found with
// « Trouver », with and without JavaScript. By role and label. On a site whose figure draws every
// actor (today's curated knowledge), the same specs check that nothing of this shows; serve a
// bigger site on E2E_PORT (the bench's 300-actor site, say) to see the bound at work.
import { expect, test, type Page } from '@playwright/test';

interface Data { actors: Array<{ id: string; name: string; href: string }> }

/** the actors the figure shown draws, and every actor the site knows */
async function census(page: Page): Promise<{ drawn: Set<string>; data: Data }> {
  const drawn = new Set(await page.locator('[data-network-frame]:visible a[data-actor]').evaluateAll((nodes) => nodes.map((n) => (n as SVGElement).dataset.actor!)));
  const source = (await page.locator('[data-network-root]').first().getAttribute('data-network-data'))!;
  const data = (await (await page.request.get(source)).json()) as Data;
  return { drawn, data };
}
const figureCount = (page: Page) => page.getByText(/acteurs sur [\d\u202f ]+, les plus reliés/);
const allLink = (page: Page) => page.getByRole('link', { name: /^Voir les [\d\u202f ]+ acteurs et les [\d\u202f ]+ relations$/ });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the figure says how many actors it draws of how many, and links to all of them', async ({ page }) => {
    await page.goto('/reseau/');
    const { drawn, data } = await census(page);
    if (drawn.size === data.actors.length) {
      await expect(figureCount(page)).toHaveCount(0);
      await expect(allLink(page)).toHaveCount(0);
      expect((await page.request.get('/reseau/tous/')).status()).toBe(404);
      return;
    }
    await expect(figureCount(page)).toBeVisible();
    await expect(figureCount(page)).toContainText(`${drawn.size} acteurs sur `);
    await allLink(page).click();
    await expect(page).toHaveURL(/\/reseau\/tous\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tous les acteurs et toutes les relations' })).toBeVisible();
    const table = page.getByRole('table', { name: /acteurs, des plus reliés aux moins reliés/ });
    await expect(table.getByRole('row')).toHaveCount(data.actors.length + 1);
    // an actor the figure leaves out: listed, marked, and its page answers
    const left = data.actors.find((a) => !drawn.has(a.id))!;
    const row = table.getByRole('row', { name: new RegExp(`^${left.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });
    await expect(row.getByRole('cell').last()).toHaveText('non');
    await row.getByRole('link', { name: left.name }).click();
    await expect(page).toHaveURL(new RegExp(`${left.href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(left.name);
  });

  test('the relations of every actor are on numbered pages, each with its sources', async ({ page }) => {
    await page.goto('/reseau/');
    const { drawn, data } = await census(page);
    test.skip(drawn.size === data.actors.length, 'the figure draws every actor: its own table lists every relation');
    await page.goto('/reseau/tous/');
    const relations = page.getByRole('table', { name: /relations/i });
    await expect(relations.getByRole('link', { name: /^« / }).first()).toHaveAttribute('href', /\/articles\/[^/]+\/#p\d+-s\d+$/);
    const pages = page.getByRole('navigation', { name: 'Pages des relations du réseau', exact: true });
    await pages.getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL(/\/reseau\/tous\/page\/2\/$/);
    await expect(page.getByRole('heading', { level: 2, name: /^Les relations \d+ à \d+ sur / })).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    page.on('pageerror', (error) => {
      throw error;
    });
  });

  test('« Trouver » an actor the figure leaves out says so, and leads to its page and to every actor', async ({ page }) => {
    await page.goto('/reseau/');
    await expect(page.locator('[data-network-root]').first()).toHaveAttribute('data-ready', '');
    const { drawn, data } = await census(page);
    const status = page.getByRole('status').first();
    if (drawn.size === data.actors.length) {
      // every actor is drawn: the search finds it in the figure
      const first = data.actors[0]!;
      await page.getByLabel('Chercher un acteur').first().fill(first.name);
      await page.getByRole('button', { name: 'Trouver' }).first().click();
      await expect(status).not.toContainText('n’est pas dans la figure');
      return;
    }
    const left = data.actors.find((a) => !drawn.has(a.id))!;
    await page.getByLabel('Chercher un acteur').first().fill(left.name);
    await page.getByRole('button', { name: 'Trouver' }).first().click();
    await expect(status).toContainText(`${left.name} n’est pas dans la figure, qui montre les ${drawn.size} acteurs les plus reliés`);
    await expect(status.getByRole('link', { name: `la page de l’acteur ${left.name}` })).toHaveAttribute('href', left.href);
    await expect(status.getByRole('link', { name: 'tous les acteurs et toutes les relations' })).toHaveAttribute('href', '/reseau/tous/');
    // its panel still tells its relations and their sources
    await expect(page.getByRole('complementary').getByRole('heading', { name: left.name })).toBeVisible();
    // the figure's tab stop stays on an actor it draws
    const stop = page.locator('[data-network-frame]:visible a[data-actor][tabindex="0"]');
    await expect(stop).toHaveCount(1);
    expect(drawn.has((await stop.getAttribute('data-actor'))!)).toBe(true);
    await status.getByRole('link', { name: `la page de l’acteur ${left.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`${left.href}$`));
  });

  test('a shared link to an actor the figure leaves out opens its panel and says it is not drawn', async ({ page }) => {
    await page.goto('/reseau/');
    const { drawn, data } = await census(page);
    const left = data.actors.find((a) => !drawn.has(a.id));
    test.skip(!left, 'the figure draws every actor');
    await page.goto(`/reseau/#acteur=${left!.id}`);
    await expect(page.locator('[data-network-root]').first()).toHaveAttribute('data-ready', '');
    await expect(page.getByRole('status').first()).toContainText(`${left!.name} n’est pas dans la figure`);
    await expect(page.getByRole('complementary').getByRole('heading', { name: left!.name })).toBeVisible();
  });

  test('the status counts what the figure draws, not every actor', async ({ page }) => {
    await page.goto('/reseau/');
    await expect(page.locator('[data-network-root]').first()).toHaveAttribute('data-ready', '');
    const { drawn } = await census(page);
    await expect(page.getByRole('status').first()).toContainText(`${drawn.size} acteurs et `);
  });
});
