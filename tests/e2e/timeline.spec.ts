// The timeline as a reader uses it: static marks without JavaScript, links that land on
// the sentence they come from, keyboard moves, a deep link per event, the period selection;
// labels whole (never cut with "…"), inside the figure and apart, at 1280 and 390 px; and the
// story mode, one event per page, with and without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { expectAnchorsExist } from './anchors.ts';

/** The marks of the view the screen shows (the wide SVG or the narrow list). */
/** The timeline's script runs and every control works (its controls show from the first paint). */
const ready = (page: Page) => expect(page.locator('[data-timeline-root]').first()).toHaveAttribute('data-ready', '');
const visibleMarks = (page: Page) => page.locator('[data-timeline-root] figure [data-mark]').filter({ visible: true });

interface LabelReport {
  count: number;
  ellipsis: string[];
  clipped: string[];
  overlapping: string[];
  figureWidth: number;
  widestSvg: number;
  pageOverflow: number;
}

/** Every label of the shown view, measured in the browser. */
function measureLabels(page: Page): Promise<LabelReport[]> {
  return page.evaluate(() => {
    const visible = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    return [...document.querySelectorAll<HTMLElement>('[data-timeline-root]')].map((root) => {
      const figure = root.querySelector('figure')!;
      const box = figure.getBoundingClientRect();
      const labels = [...figure.querySelectorAll('.mark-label, .band-label, .axis text, .tn-year-label, .tn-date')].filter(visible);
      const ellipsis: string[] = [];
      const clipped: string[] = [];
      const overlapping: string[] = [];
      const rects = labels.map((label) => [...label.getClientRects()]);
      labels.forEach((label, i) => {
        const text = (label.textContent ?? '').trim();
        if (/…$|\.\.\.$/.test(text)) ellipsis.push(text);
        const outer = label instanceof SVGElement ? label.ownerSVGElement!.getBoundingClientRect() : box;
        for (const r of rects[i]!) {
          if (r.left < Math.max(outer.left, 0) - 0.5 || r.right > Math.min(outer.right, innerWidth) + 0.5 || r.top < outer.top - 0.5 || r.bottom > outer.bottom + 0.5) clipped.push(text);
        }
        if (label instanceof SVGGraphicsElement) {
          // inside the viewBox, too: nothing drawn where the SVG does not show it
          const b = label.getBBox();
          const view = label.ownerSVGElement!.viewBox.baseVal;
          if (b.x < view.x - 0.5 || b.x + b.width > view.x + view.width + 0.5 || b.y < view.y - 0.5 || b.y + b.height > view.y + view.height + 0.5) clipped.push(text);
        } else {
          // no block around the label scrolls or hides what it cannot hold
          const block = label.closest('a, li, span.tn-year-label') as HTMLElement;
          if (block.scrollWidth > block.clientWidth + 1 && getComputedStyle(block).display !== 'inline') clipped.push(text);
        }
        for (let j = i + 1; j < labels.length; j++) {
          for (const a of rects[i]!) for (const b of rects[j]!) {
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            // consecutive lines' boxes share a pixel (the font's ascent and descent exceed the line height): not an overlap
            if (w > 0.5 && h > Math.min(a.height, b.height) * 0.25) overlapping.push(`${text} × ${(labels[j]!.textContent ?? '').trim()}`);
          }
        }
      });
      const svgs = [...figure.querySelectorAll('svg')].filter(visible);
      return {
        count: labels.filter((l) => l.classList.contains('mark-label')).length,
        ellipsis,
        clipped: [...new Set(clipped)],
        overlapping,
        figureWidth: box.width,
        widestSvg: Math.max(0, ...svgs.map((s) => s.getBoundingClientRect().width)),
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
  });
}

for (const width of [1280, 390, 320]) {
  test(`at ${width} px every timeline label is whole, inside the figure, apart from the others, and the figure fits the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/chronologie/', '/', '/reseau/']) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const reports = await measureLabels(page);
      expect(reports.length, path).toBeGreaterThan(0);
      for (const report of reports) {
        expect(report.count, `${path}: labels`).toBeGreaterThan(0);
        expect(report.ellipsis, `${path}: labels cut with "…"`).toEqual([]);
        expect(report.clipped, `${path}: labels clipped`).toEqual([]);
        expect(report.overlapping, `${path}: labels overlapping`).toEqual([]);
        expect(report.figureWidth, `${path}: figure wider than the screen`).toBeLessThanOrEqual(width);
        expect(report.widestSvg, `${path}: SVG wider than the screen`).toBeLessThanOrEqual(width);
        expect(report.pageOverflow, `${path}: sideways scrolling`).toBeLessThanOrEqual(0);
      }
    }
  });
}

test('a wide screen sees the figure across, a phone the same events top to bottom', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chronologie/');
  const events = page.getByRole('link', { name: /^Événement, / });
  const count = await events.count();
  await expect(page.locator('svg[data-timeline-svg]')).toBeVisible();
  await expect(page.locator('[data-timeline-narrow]')).toBeHidden();
  await page.setViewportSize({ width: 390, height: 900 });
  await expect(page.locator('svg[data-timeline-svg]')).toBeHidden();
  await expect(page.locator('[data-timeline-narrow]')).toBeVisible();
  await expect(events).toHaveCount(count);
  // the full title stays the mark's accessible name, and is in the list below
  const first = events.first();
  const name = (await first.getAttribute('aria-label'))!.replace(/^Événement, [^:]+ : /, '');
  await expect(page.locator('ol.event-list').getByText(name, { exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is a static figure of marks and an ordered list of events', async ({ page, isMobile }) => {
    await page.goto('/chronologie/');
    const events = page.getByRole('link', { name: /^Événement, / });
    expect(await events.count()).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Les événements, dans l’ordre' })).toBeVisible();
    const list = page.locator('ol.event-list');
    await expect(list).toBeVisible();
    expect(await list.locator('> li').count()).toBe(await events.count());
    const figure = page.locator('[data-timeline-root] figure');
    for (const year of ['2013', '2025']) await expect(figure.locator('.axis text, .tn-year-label').getByText(year, { exact: true }).filter({ visible: true })).toBeVisible();
    await expect(page.locator(isMobile ? '[data-timeline-narrow]' : 'svg[data-timeline-svg]')).toBeVisible();
    await expect(page.getByLabel('Jusqu’à')).toBeHidden();
  });

  test('every event links to a sentence anchor that exists, every group of cited dates to its dates', async ({ page, request }) => {
    await page.goto('/chronologie/');
    const hrefs = (band: string) => page.locator(`a[data-mark][data-band="${band}"]`).evaluateAll((marks) => marks.map((m) => m.getAttribute('href')!));
    const events = await hrefs('event');
    expect(events.length).toBeGreaterThan(0);
    await expectAnchorsExist(request, [...new Set(events)], /^p\d+-s\d+$/);
    const groups = await hrefs('mention');
    expect(groups.length).toBeGreaterThan(0);
    await expectAnchorsExist(request, [...new Set(groups)], /^(?:mois|annee)-\d{4}(?:-\d{2})?$/);
  });
});

test('a mark leads to its sentence, highlighted', async ({ page }) => {
  await page.goto('/chronologie/');
  await ready(page);
  const mark = page.getByRole('link', { name: /^Événement, / }).first();
  const href = (await mark.getAttribute('href'))!;
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const target = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(target).toBeVisible();
  await expect.poll(() => target.evaluate((e) => e.matches(':target'))).toBe(true);
});

test('keyboard moves between marks', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the phone’s list is plain links in reading order; the arrow keys are the wide figure’s');
  await page.goto('/chronologie/');
  await ready(page);
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
  await ready(page);
  const id = (await page.locator('.event-item').nth(1).getAttribute('id'))!;
  await page.goto(`/chronologie/#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toHaveClass(/is-selected/);
  await expect(visibleMarks(page).and(page.locator(`[data-mark="${id}"]`))).toHaveClass(/is-selected/);
  expect(await page.locator(`[id="${id}"]`).evaluate((e) => e.matches(':target'))).toBe(true);
});

test('the period dims what falls outside it and is kept in the URL', async ({ page }) => {
  await page.goto('/chronologie/');
  await ready(page);
  await page.getByLabel('De', { exact: true }).fill('2014');
  await page.getByLabel('Jusqu’à').fill('2019');
  await expect(page).toHaveURL(/#de=2014&jusqua=2019$/);
  const marks = visibleMarks(page);
  const outside = await marks.evaluateAll((all) =>
    all.filter((m) => Number((m as HTMLElement).dataset.until) <= 2014 || Number((m as HTMLElement).dataset.since) >= 2020).map((m) => (m as HTMLElement).dataset.mark),
  );
  expect(outside.length).toBeGreaterThan(0);
  for (const id of outside) await expect(marks.and(page.locator(`[data-mark="${id}"]`))).toHaveClass(/is-outside/);
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

/** The story's counter, "Étape n sur N". */
const counter = (page: Page) => page.getByText(/^Étape \d+ sur \d+$/);

async function expectStep(page: Page, n: number, total: number, title: string) {
  await expect(counter(page)).toHaveText(`Étape ${n} sur ${total}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test.describe('the story mode without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('starts from the timeline and steps through the events with next and previous links', async ({ page, request }) => {
    await page.goto('/chronologie/');
    const titles = await page.locator('ol.event-list .event-head strong').allTextContents();
    await page.getByRole('link', { name: 'Suivre le récit pas à pas' }).click();
    await expect(page).toHaveURL(/\/chronologie\/recit\/[a-z0-9-]+\/$/);
    await expectStep(page, 1, titles.length, titles[0]!);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // the quote, and a link to its very sentence
    await expect(page.locator('blockquote').first()).toBeVisible();
    const sentences = await page.getByRole('link', { name: 'Lire la phrase dans l’article' }).evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(sentences.length).toBeGreaterThan(0);
    await expectAnchorsExist(request, sentences, /^p\d+-s\d+$/);
    const nav = page.getByRole('navigation', { name: 'Étapes du récit' });
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    const next = nav.getByRole('link', { name: /^Étape suivante/ });
    await expect(next).toHaveAttribute('rel', 'next');
    await next.click();
    await expectStep(page, 2, titles.length, titles[1]!);
    const previous = nav.getByRole('link', { name: /^Étape précédente/ });
    await expect(previous).toHaveAttribute('rel', 'prev');
    await previous.click();
    await expectStep(page, 1, titles.length, titles[0]!);
  });

  test('each event of the list opens the story at its own step', async ({ page }) => {
    await page.goto('/chronologie/');
    const titles = await page.locator('ol.event-list .event-head strong').allTextContents();
    await page.locator('ol.event-list > li').nth(2).getByRole('link', { name: `Le récit à partir d’ici (étape 3 sur ${titles.length})` }).click();
    await expectStep(page, 3, titles.length, titles[2]!);
  });

  test('each step has its own address, and the last one ends the story', async ({ page }) => {
    await page.goto('/chronologie/recit/');
    const steps = page.locator('ol.recit-steps a');
    const total = await steps.count();
    expect(total).toBeGreaterThan(2);
    const third = steps.nth(2);
    const title = (await third.textContent())!.trim();
    const href = (await third.getAttribute('href'))!;
    await page.goto(href);
    await expectStep(page, 3, total, title);
    await page.goto('/chronologie/recit/');
    await page.goto((await steps.last().getAttribute('href'))!);
    await expect(counter(page)).toHaveText(`Étape ${total} sur ${total}`);
    const nav = page.getByRole('navigation', { name: 'Étapes du récit' });
    await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
    await expect(nav.getByRole('link', { name: /^Fin du récit/ })).toBeVisible();
  });
});

test('the story mode: ← and → go to the previous and next step, but not from a form field', async ({ page }) => {
  await page.goto('/chronologie/recit/');
  const total = await page.locator('ol.recit-steps a').count();
  // the keys work once the page's script runs; it shows the keyboard help
  const help = page.getByText('Au clavier : flèche gauche pour l’étape précédente, flèche droite pour la suivante.', { exact: false });
  const at = async (n: number) => {
    await expect(counter(page)).toHaveText(`Étape ${n} sur ${total}`);
    await expect(help).toBeVisible();
    await expect(help).toHaveAttribute('data-ready', '');
  };
  await page.locator('ol.recit-steps a').nth(1).click();
  await at(2);
  await page.keyboard.press('ArrowRight');
  await at(3);
  await page.keyboard.press('ArrowLeft');
  await at(2);
  await page.keyboard.press('ArrowLeft');
  await at(1);
  // at the first step, ← has nowhere to go
  await page.keyboard.press('ArrowLeft');
  await at(1);
  await expect(page).toHaveURL(/\/chronologie\/recit\/[a-z0-9-]+\/$/);
  const search = page.getByRole('searchbox').filter({ visible: true });
  if (await search.count()) {
    await search.first().fill('cloud');
    await search.first().press('ArrowLeft');
    await search.first().press('ArrowRight');
    await at(1);
    await expect(search.first()).toBeFocused();
  }
});
