// The timeline as a reader uses it: static marks without JavaScript, links that land on
// the sentence they come from, keyboard moves, a deep link per event, the period selection.
import { expect, test } from '@playwright/test';
import { expectAnchorsExist } from './anchors.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is a static SVG of marks and an ordered list of events', async ({ page }) => {
    await page.goto('/chronologie/');
    const svg = page.locator('svg[data-timeline-svg]');
    await expect(svg).toBeVisible();
    const events = page.getByRole('link', { name: /^Événement, / });
    expect(await events.count()).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Les événements, dans l’ordre' })).toBeVisible();
    const list = page.locator('ol.event-list');
    await expect(list).toBeVisible();
    expect(await list.locator('> li').count()).toBe(await events.count());
    for (const year of ['2013', '2025']) await expect(svg.getByText(year, { exact: true })).toBeVisible();
    await expect(page.getByLabel('Jusqu’à')).toBeHidden();
  });

  test('every mark links to a sentence anchor that exists', async ({ page, request }) => {
    await page.goto('/chronologie/');
    const hrefs = await page.locator('a[data-mark]').evaluateAll((marks) => marks.map((m) => m.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    await expectAnchorsExist(request, hrefs, /^p\d+-s\d+$/);
  });
});

test('a mark leads to its sentence, highlighted', async ({ page }) => {
  await page.goto('/chronologie/');
  const mark = page.getByRole('link', { name: /^Événement, / }).first();
  const href = (await mark.getAttribute('href'))!;
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const target = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(target).toBeVisible();
  await expect.poll(() => target.evaluate((e) => e.matches(':target'))).toBe(true);
});

test('keyboard moves between marks', async ({ page }) => {
  await page.goto('/chronologie/');
  await page.getByRole('button', { name: 'Toute la période' }).focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.mark ?? null);
  const first = await focused();
  expect(first).not.toBeNull();
  await page.keyboard.press('ArrowRight');
  const second = await focused();
  expect(second).not.toBeNull();
  expect(second).not.toBe(first);
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe(first);
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.band)).toBe('mention');
});

test('deep link per event: #<event-id> highlights it in the list and on the axis', async ({ page }) => {
  await page.goto('/chronologie/');
  const id = (await page.locator('.event-item').nth(1).getAttribute('id'))!;
  await page.goto(`/chronologie/#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toHaveClass(/is-selected/);
  await expect(page.locator(`a[data-mark="${id}"]`)).toHaveClass(/is-selected/);
  expect(await page.locator(`[id="${id}"]`).evaluate((e) => e.matches(':target'))).toBe(true);
});

test('the period dims what falls outside it and is kept in the URL', async ({ page }) => {
  await page.goto('/chronologie/');
  await page.getByLabel('De', { exact: true }).fill('2014');
  await page.getByLabel('Jusqu’à').fill('2019');
  await expect(page).toHaveURL(/#de=2014&jusqua=2019$/);
  const outside = await page.locator('a[data-mark]').evaluateAll((marks) =>
    marks.filter((m) => Number((m as SVGElement).dataset.until) <= 2014 || Number((m as SVGElement).dataset.since) >= 2020).map((m) => (m as SVGElement).dataset.mark),
  );
  expect(outside.length).toBeGreaterThan(0);
  for (const id of outside) await expect(page.locator(`a[data-mark="${id}"]`)).toHaveClass(/is-outside/);
  // the list follows: events inside the period stay, the others are dimmed
  for (const item of await page.locator('.event-item').all()) {
    const [since, until] = [Number(await item.getAttribute('data-since')), Number(await item.getAttribute('data-until'))];
    if (until <= 2014 || since >= 2020) await expect(item).toHaveClass(/is-outside/);
    else await expect(item).not.toHaveClass(/is-outside/);
  }
  await page.reload();
  await expect(page.getByLabel('De', { exact: true })).toHaveValue('2014');
  await expect(page.getByRole('status').filter({ hasText: /marques entre 2014 et 2019/ })).toBeVisible();
});
