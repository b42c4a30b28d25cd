// The lists that grow with the corpus, as a reader goes through them: the latest articles on the
// home page and all of them on numbered pages (without JavaScript), and a group of cited dates
// on the timeline opened to its dates, without JavaScript (its year's page) and with it (a panel).
// E2E_LARGE_URL=<url of a served build of a large corpus> runs the same tests there, where the
// lists take several pages.
import { expect, test, type Page } from '@playwright/test';
import { expectAnchorsExist } from './anchors.ts';

if (process.env.E2E_LARGE_URL) test.use({ baseURL: process.env.E2E_LARGE_URL });

/** A number as the page writes it ("1 000") */
const numberIn = (text: string) => Number(/([\d\u202f\u00a0 ]+)\s*articles?/.exec(text)![1]!.replace(/[\s\u202f\u00a0]/g, ''));
const groupMarks = (page: Page) => page.locator('[data-timeline-root] figure').first().getByRole('link', { name: /^Dates citées, / }).filter({ visible: true });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('from the home page’s latest articles, every article is reached through the numbered pages', async ({ page }) => {
    await page.goto('/');
    const latest = page.getByRole('region', { name: 'Les derniers articles' });
    const shown = await latest.getByRole('listitem').count();
    expect(shown).toBeGreaterThan(0);
    const all = latest.getByRole('link', { name: /, du plus récent au plus ancien$|^L’article du corpus$/ });
    const total = numberIn((await all.textContent())!.replace(/^L’article du corpus$/, '1 article'));
    expect(shown).toBeLessThanOrEqual(total);
    await all.click();
    await expect(page).toHaveURL(/\/articles\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tous les articles' })).toBeVisible();

    const seen = new Set<string>();
    for (let n = 1; ; n++) {
      const links = await page.locator('ol.article-list > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of links) seen.add(href);
      const pager = page.getByRole('navigation', { name: 'Pages de la liste des articles', exact: true });
      if ((await pager.count()) === 0) break;
      await expect(pager.getByRole('link', { name: `Page ${n}`, exact: true })).toHaveAttribute('aria-current', 'page');
      const next = pager.getByRole('link', { name: /^Page suivante/ });
      if ((await next.count()) === 0) break;
      await expect(next).toHaveAttribute('rel', 'next');
      await next.click();
      await expect(page).toHaveURL(new RegExp(`/articles/page/${n + 1}/$`));
      await expect(page.getByRole('navigation', { name: 'Pages de la liste des articles', exact: true }).getByRole('link', { name: /^Page précédente/ })).toHaveAttribute('rel', 'prev');
    }
    expect(seen.size).toBe(total);
    // an article of the list opens
    await page.goto([...seen][0]!);
    await expect(page.getByRole('article')).toBeVisible();
  });

  test('a group of cited dates on the timeline leads to its dates, each to its sentence', async ({ page, request }) => {
    await page.goto('/chronologie/');
    const mark = groupMarks(page).first();
    const name = (await mark.getAttribute('aria-label'))!;
    const label = /^Dates citées, (.+) : /.exec(name)![1]!;
    await mark.click();
    await expect(page).toHaveURL(/\/chronologie\/dates\/\d{4}\/(?:page\/\d+\/)?#(?:mois|annee)-[\d-]+$/);
    const heading = page.locator(':target');
    await expect(heading).toBeVisible();
    await expect(heading).toContainText(label.replace(/^./, (c) => c.toUpperCase()).replace(/, sans mois précis$/, ''));
    const dates = page.locator(':target + ol > li');
    expect(await dates.count()).toBeGreaterThan(0);
    const hrefs = await dates.getByRole('link').evaluateAll((as) => as.slice(0, 20).map((a) => a.getAttribute('href')!));
    await expectAnchorsExist(request, hrefs, /^p\d+-s\d+$/);
  });
});

test('with JavaScript, a group of cited dates opens in a panel, its dates a link each, and Échap closes it', async ({ page }) => {
  await page.goto('/chronologie/');
  await expect(page.locator('[data-timeline-root]').first()).toHaveAttribute('data-ready', '');
  const mark = groupMarks(page).first();
  const label = /^Dates citées, (.+) : /.exec((await mark.getAttribute('aria-label'))!)![1]!;
  await mark.click();
  await expect(page).toHaveURL(/\/chronologie\/$/);
  const panel = page.getByRole('complementary', { name: `Dates citées, ${label}` });
  await expect(panel).toBeVisible();
  await expect(mark).toHaveAttribute('aria-expanded', 'true');
  const links = panel.getByRole('listitem').getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  await expect(links.first()).toHaveAttribute('href', /\/articles\/[^/]+\/#p\d+-s\d+$/);
  await expect(panel.getByRole('link', { name: /^(?:Les .+ de |Ces dates sur la page de )/ })).toHaveAttribute('href', /\/chronologie\/dates\/\d{4}\//);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(mark).toBeFocused();
  await expect(mark).toHaveAttribute('aria-expanded', 'false');
  // the panel's link to a sentence works as any link
  await mark.click();
  await expect(panel).toBeVisible();
  const href = (await links.first().getAttribute('href'))!;
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});
