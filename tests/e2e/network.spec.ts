// The actor network as a reader uses it: without JavaScript, with the mouse, the keyboard,
// a finger, a shared link, and linked to the timeline; and how it is drawn, measured in the
// browser. Elements are found by role and label. The figure is drawn twice (a wide and a
// narrow frame, the stylesheet shows one): drawing details are looked for in the one shown.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { textWidth } from '../../src/charts/vocabulary.ts';
import { holdScript } from './hold-script.ts';

const ovh = (page: Page) => page.getByRole('link', { name: /^OVHcloud, entreprise/ }).first();
const panel = (page: Page) => page.getByRole('complementary');
/** the drawing of the network the screen shows */
const frame = (page: Page) => page.locator('[data-network-frame]:visible');
/** The network's script has its data and every control works (its controls show from the first paint). */
const ready = (page: Page) => expect(page.locator('[data-network-root]').first()).toHaveAttribute('data-ready', '');
/** The relations as the site publishes them for its script (the file the figure's root names), by id:
 *  the drawing's lines carry only their id. */
const relationData = (page: Page) =>
  page.evaluate(async () => {
    const source = document.querySelector<HTMLElement>('[data-network-root]')!.dataset.networkData!;
    const { relations } = (await (await fetch(source)).json()) as { relations: { id: string; source: string; target: string; type: string; since: number; time: string }[] };
    return Object.fromEntries(relations.map((r) => [r.id, r]));
  });
/** the ids of the lines drawn in the frame shown (all, or only those not hidden) */
const edgeIds = (page: Page, onlyShown = false) =>
  frame(page)
    .locator('path[data-relation]')
    .evaluateAll((edges, only) => edges.filter((e) => !only || getComputedStyle(e).display !== 'none').map((e) => (e as SVGElement).dataset.relation!), onlyShown);
const visibleCount = (scope: Page | Locator, selector: string) =>
  scope.locator(selector).evaluateAll((elements) => elements.filter((e) => getComputedStyle(e).display !== 'none').length);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the network is a static SVG of links, with its table', async ({ page }) => {
    await page.goto('/reseau/');
    const svg = frame(page).locator('svg[data-network-svg]');
    await expect(svg).toBeVisible();
    expect(await svg.locator('a[data-actor]').count()).toBeGreaterThan(5);
    await expect(ovh(page)).toBeVisible();
    await expect(ovh(page)).toHaveAttribute('href', /\/acteurs\/ovhcloud\/$/);
    const table = page.getByRole('table', { name: /relations du réseau/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('link', { name: /^« / }).first()).toHaveAttribute('href', /\/articles\/[^/]+\/#p\d+-s\d+$/);
    // controls need JavaScript: they stay out of the way
    await expect(page.getByLabel('Chercher un acteur')).toBeHidden();
  });
});

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto('/reseau/');
    await ready(page);
    await expect(page.getByLabel('Chercher un acteur')).toBeVisible();
  });

  test('a line says its relation, with its time, to the pointer that rests on it', async ({ page }) => {
    const relations = await relationData(page);
    const lines = frame(page).locator('path[data-relation]');
    const ids = await edgeIds(page);
    expect(ids.length).toBeGreaterThan(0);
    for (const [index, id] of ids.entries()) {
      const sentence = (await lines.nth(index).locator('title').textContent()) ?? '';
      expect(sentence).toContain(relations[id]!.time);
      expect(sentence.length).toBeGreaterThan(relations[id]!.time.length + 10);
    }
  });

  test('filters by actor kind and relation type', async ({ page }) => {
    // on a phone the filters fold away under their summary
    const filters = page.getByText('Filtrer par type d’acteur et de relation');
    if (!(await page.getByRole('checkbox', { name: /^Personnes/ }).isVisible())) await filters.click();
    const people = page.getByRole('link', { name: /, personne, / });
    const before = await people.count();
    expect(before).toBeGreaterThan(0);
    await expect(people.first()).toBeVisible();
    await page.getByRole('checkbox', { name: /^Personnes/ }).uncheck();
    for (const person of await people.all()) await expect(person).toBeHidden();
    await expect(page).toHaveURL(/#.*genre=/);
    await page.getByRole('checkbox', { name: /^Personnes/ }).check();
    await expect(people.first()).toBeVisible();

    const edgesBefore = await visibleCount(frame(page), 'path[data-relation]');
    const partnerships = await frame(page).locator('path[data-relation].type-partnership').count();
    expect(partnerships).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /^Partenariat/ }).uncheck();
    await expect.poll(() => visibleCount(frame(page), 'path[data-relation]')).toBe(edgesBefore - partnerships);
    await expect(page).toHaveURL(/#.*type=/);
  });

  test('pointing at an actor lights it and its neighbours over the faded figure, for the eye only', async ({ page }) => {
    const ovhNode = frame(page).locator('a[data-actor="ovhcloud"]');
    const relations = await relationData(page);
    const neighbours = (await edgeIds(page))
      .map((id) => relations[id]!)
      .filter((r) => r.source === 'ovhcloud' || r.target === 'ovhcloud')
      .map((r) => (r.source === 'ovhcloud' ? r.target : r.source));
    expect(neighbours.length).toBeGreaterThan(0);
    // a reader points at the mark itself (the middle of the link's box may fall between the mark and its name)
    await ovhNode.locator('.symbol').hover();
    const overlay = frame(page).locator('[data-network-overlay]');
    // the actor and each neighbour are drawn again on top, with the actor's relations
    await expect(overlay.locator('[data-overlay-nodes] > g')).toHaveCount(new Set(['ovhcloud', ...neighbours]).size);
    await expect(overlay.locator('[data-overlay-edges] > path.is-lit')).toHaveCount(neighbours.length);
    await expect(overlay.locator('text', { hasText: /^OVHcloud$/ })).toHaveCount(1);
    await expect(frame(page).locator('svg[data-network-svg]')).toHaveCSS('opacity', '0.2');
    // the copies are for the eye: hidden from assistive technology, no links, no focus stops, no pointer
    await expect(overlay).toHaveAttribute('aria-hidden', 'true');
    await expect(overlay).toHaveCSS('pointer-events', 'none');
    expect(await overlay.locator('a, [href], [tabindex], [aria-label], [data-actor], [data-relation], [style]').count()).toBe(0);
    // leaving the actor clears the highlight
    await page.getByRole('heading', { name: 'Le réseau des acteurs' }).hover();
    await expect(overlay.locator('[data-overlay-nodes] > g')).toHaveCount(0);
    await expect(frame(page).locator('svg[data-network-svg]')).toHaveCSS('opacity', '1');
  });

  test('search finds OVHcloud and opens its panel', async ({ page }) => {
    await page.getByLabel('Chercher un acteur').fill('ovh');
    await page.getByLabel('Chercher un acteur').press('Enter');
    await expect(panel(page).getByRole('heading', { name: 'OVHcloud' })).toBeVisible();
    await expect(panel(page).getByRole('link', { name: /^Source : « / }).first()).toHaveAttribute('href', /\/articles\/[^/]+\/#p\d+-s\d+$/);
    await expect(page).toHaveURL(/#acteur=ovhcloud/);
    await expect(ovh(page)).toHaveAttribute('aria-current', 'true');
  });

  test('keyboard: Tab into the graph, arrows to a neighbour, Enter opens the panel, Escape closes it', async ({ page }) => {
    // the figure comes first in its section: Tab from its heading enters the graph
    await page.locator('#reseau-titre').evaluate((heading) => {
      heading.tabIndex = -1;
      (heading as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.actor ?? null);
    const start = await focused();
    expect(start).not.toBeNull();
    let moved = start;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      moved = await focused();
      if (moved !== start) break;
    }
    expect(moved).not.toBeNull();
    expect(moved).not.toBe(start);
    // the focus ring is visible: drawn on the focused actor's copy, above the faded figure
    const movedName = (await frame(page).locator(`a[data-actor="${moved}"] text`).textContent())!;
    const ring = frame(page).locator('[data-network-overlay] .is-current');
    await expect(ring).toHaveCount(1);
    await expect(ring.locator('text')).toHaveText(movedName);
    await expect(ring.locator('.symbol')).toHaveCSS('stroke-width', '3px');
    // the move followed an edge (or, for an actor without relations, went to the nearest actor)
    const relations = await relationData(page);
    const drawnRelations = (await edgeIds(page)).map((id) => relations[id]!);
    const linked = drawnRelations.filter((r) => (r.source === start && r.target === moved) || (r.source === moved && r.target === start)).length;
    const startDegree = drawnRelations.filter((r) => r.source === start || r.target === start).length;
    if (startDegree > 0) expect(linked).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    const name = await frame(page).locator(`a[data-actor="${moved}"]`).getAttribute('aria-label');
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(name!.split(',')[0]!);
    await expect(panel(page).getByRole('link').first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#acteur=${moved}`));

    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    expect(await focused()).toBe(moved);
    await expect(page).not.toHaveURL(/acteur=/);
  });

  test('a click on an actor opens the panel with its evidence', async ({ page }) => {
    await ovh(page).locator('.symbol').click();
    await expect(panel(page).getByRole('heading', { name: 'OVHcloud' })).toBeVisible();
    await expect(panel(page).getByRole('link', { name: /Page de l’acteur/ })).toHaveAttribute('href', /\/acteurs\/ovhcloud\/$/);
    // the panel walks the network too: a related actor's name opens its own panel
    const neighbour = panel(page).getByRole('listitem').first().getByRole('button');
    const neighbourName = (await neighbour.textContent())!;
    await neighbour.click();
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(neighbourName);
    await panel(page).getByRole('button', { name: 'Fermer le panneau' }).click();
    await expect(panel(page)).toBeHidden();
  });

  test('zoom buttons zoom the figure', async ({ page }) => {
    await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
    const layer = frame(page).locator('svg[data-network-svg] [data-zoom-layer]');
    await expect(layer).toHaveAttribute('transform', /scale\(1\.5\)/);
    await page.getByRole('button', { name: 'Recentrer' }).click();
    await expect(layer).toHaveAttribute('transform', /scale\(1\)/);
  });
});

test('deep link round trip: the hash restores the state, and changes write it back', async ({ page }) => {
  await page.goto('/reseau/#acteur=ovhcloud&type=partnership&jusqua=2020');
  await ready(page);
  await expect(panel(page).getByRole('heading', { name: 'OVHcloud' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Partenariat/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Mission/ })).not.toBeChecked();
  await expect(page.getByLabel('Jusqu’à')).toHaveValue('2020');
  // only partnerships known by the end of 2020 are drawn
  const relations = await relationData(page);
  const drawn = (await edgeIds(page, true)).map((id) => [relations[id]!.type, relations[id]!.since] as const);
  expect(drawn.length).toBeGreaterThan(0);
  for (const [type, since] of drawn) {
    expect(type).toBe('partnership');
    expect(since).toBeLessThan(2021);
  }
  await page.getByRole('checkbox', { name: /^Mission/ }).check();
  await expect(page).toHaveURL(/#acteur=ovhcloud&type=partnership,mission&jusqua=2020$/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Mission/ })).toBeChecked();
  await expect(panel(page).getByRole('heading', { name: 'OVHcloud' })).toBeVisible();
});

test('a search asked for before the figure’s script has come is made once it has', async ({ page }) => {
  // hold the figure's code back until the reader has typed and pressed Enter
  const release = await holdScript(page, /\/_astro\/network\.[\w-]+\.js$/);
  await page.goto('/reseau/');
  const box = page.getByLabel('Chercher un acteur');
  await box.fill('Thierry Breton');
  await box.press('Enter');
  await expect(page.locator('[data-network-root]').first()).not.toHaveAttribute('data-ready', '');
  release();
  await ready(page);
  await expect(panel(page).getByRole('heading', { name: 'Thierry Breton' })).toBeVisible();
});

test('linked views: a period shows the network as of then', async ({ page }) => {
  await page.goto('/reseau/');
  await ready(page);
  const all = await visibleCount(frame(page), 'path[data-relation]');
  const relations = await relationData(page);
  const known2013 = (await edgeIds(page)).filter((id) => relations[id]!.since < 2014).length;
  expect(known2013).toBeLessThan(all);
  await page.getByLabel('Jusqu’à').fill('2013');
  await expect(page).toHaveURL(/jusqua=2013/);
  await expect.poll(() => visibleCount(frame(page), 'path[data-relation]')).toBe(known2013);
  await expect.poll(() => visibleCount(page, 'tr[data-relation]')).toBe(known2013);
  await page.getByRole('button', { name: 'Toute la période' }).click();
  await expect.poll(() => visibleCount(frame(page), 'path[data-relation]')).toBe(all);
});

test('linked views: an actor lights its events, an event lights its actors', async ({ page }) => {
  await page.goto('/chronologie/');
  await ready(page);
  await page.getByLabel('Chercher un acteur').fill('OVHcloud');
  await page.getByLabel('Chercher un acteur').press('Enter');
  const ovhEvents = page.locator('.event-item[data-actors~="ovhcloud"]');
  expect(await ovhEvents.count()).toBeGreaterThan(0);
  for (const item of await ovhEvents.all()) await expect(item).toHaveClass(/is-linked/);
  await expect(page.locator('.event-item:not([data-actors~="ovhcloud"])').first()).not.toHaveClass(/is-linked/);
  for (const mark of await page.locator('a[data-mark][data-band="event"][data-actors~="ovhcloud"]').all()) await expect(mark).toHaveClass(/is-linked/);

  const first = page.locator('.event-item').first();
  const actors = (await first.getAttribute('data-actors'))!.split(' ');
  await first.getByRole('button', { name: 'Montrer ses acteurs' }).click();
  await expect(first.getByRole('button', { name: 'Montrer ses acteurs' })).toHaveAttribute('aria-pressed', 'true');
  for (const actor of actors) await expect(frame(page).locator(`a[data-actor="${actor}"]`)).toHaveClass(/is-event-actor/);
  await expect(page).toHaveURL(/evenement=/);
});

/** Label and symbol boxes of the shown drawing, as the browser lays them out, and the figure's box. */
async function measure(page: Page) {
  return frame(page).locator('svg[data-network-svg]').evaluate((element) => {
    const svg = element as unknown as SVGSVGElement;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const nodes = [...svg.querySelectorAll<SVGAElement>('a[data-actor]')].map((a) => ({
      id: a.dataset.actor!,
      label: box(a.querySelector('text')!),
      symbol: box(a.querySelector('.symbol')!),
      name: a.querySelector('text')!.textContent!,
      /** in the figure's own units, as the layout counts */
      width: a.querySelector('text')!.getBBox().width,
      /** the size the layout drew it at, in the figure's units (set once on the names' group) */
      size: Number(a.closest('[font-size]')!.getAttribute('font-size')),
      fontSize: parseFloat(getComputedStyle(a.querySelector('text')!).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
    }));
    return { svg: box(svg), nodes, viewport: document.documentElement.clientWidth };
  });
}

type Rect = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.01 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.01;

for (const width of [1280, 390]) {
  test(`at ${width} px every name is whole and clear: over no other name, no symbol, inside the figure`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/reseau/');
    await ready(page);
    await page.evaluate(() => document.fonts.ready);
    const { svg, nodes, viewport } = await measure(page);
    expect(nodes.length).toBeGreaterThan(20);
    expect(svg.right - svg.left, 'the figure fits the screen').toBeLessThanOrEqual(viewport);
    expect(svg.left).toBeGreaterThanOrEqual(0);
    const problems: string[] = [];
    for (const a of nodes) {
      if (a.label.left < svg.left || a.label.right > svg.right || a.label.top < svg.top || a.label.bottom > svg.bottom) problems.push(`${a.id}: label clipped`);
      for (const b of nodes) {
        if (a.id < b.id && overlaps(a.label, b.label)) problems.push(`${a.id} × ${b.id}: labels`);
        if (overlaps(a.label, b.symbol)) problems.push(`${a.id} × ${b.id}: label over symbol`);
      }
    }
    // the layout's estimate of each name's width holds the text the browser drew
    for (const n of nodes) if (n.width > textWidth(n.name, n.size)) problems.push(`${n.id}: ${n.width} wider than estimated ${textWidth(n.name, n.size)}`);
    expect(problems).toEqual([]);
    // names stay legible: about 12 px or more as shown
    expect(Math.min(...nodes.map((n) => n.fontSize))).toBeGreaterThanOrEqual(11.5);
  });
}

test('on a phone, a tap on an actor shows it with its neighbours; a second tap, the button or Escape shows everything again', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'a finger: the phone project');
  await page.goto('/reseau/');
  await ready(page);
  await expect(page.getByLabel('Chercher un acteur')).toBeVisible();
  const node = frame(page).locator('a[data-actor="ovhcloud"]');
  const base = frame(page).locator('svg[data-network-svg]');
  const lit = frame(page).locator('[data-network-overlay] [data-overlay-nodes] > g');
  const bar = page.locator('[data-network-focusbar]');
  const tap = async () => {
    await node.scrollIntoViewIfNeeded();
    await node.locator('.symbol').tap();
  };

  await tap();
  await expect(base).toHaveCSS('opacity', '0.2');
  await expect.poll(() => lit.count()).toBeGreaterThan(1);
  await expect(bar).toBeVisible();
  await expect(bar).toContainText(/^OVHcloud : \d+ voisins affichés\./);
  await expect(page).toHaveURL(/#acteur=ovhcloud/);
  // a second tap
  await tap();
  await expect(base).toHaveCSS('opacity', '1');
  await expect(lit).toHaveCount(0);
  await expect(bar).toBeHidden();
  // the button
  await tap();
  await expect(base).toHaveCSS('opacity', '0.2');
  await bar.getByRole('button', { name: 'Tout afficher' }).tap();
  await expect(base).toHaveCSS('opacity', '1');
  await expect(page).not.toHaveURL(/acteur=/);
  // Escape
  await tap();
  await expect(base).toHaveCSS('opacity', '0.2');
  await page.keyboard.press('Escape');
  await expect(base).toHaveCSS('opacity', '1');
});

test('the figure comes before the text and the controls of its page', async ({ page }) => {
  await page.goto('/reseau/');
  await ready(page);
  const order = await page.evaluate(() => {
    const figure = document.querySelector('[data-network-frame]')!;
    const after = (selector: string) => !!(figure.compareDocumentPosition(document.querySelector(selector)!) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { intro: after('.page-intro'), search: after('[data-network-search]'), filters: after('[data-network-filters]') };
  });
  expect(order).toEqual({ intro: true, search: true, filters: true });
});
